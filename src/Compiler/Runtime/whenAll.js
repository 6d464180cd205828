// Task.WhenAll: waits for every task (like .NET, even after a failure), then throws the failure that
// happened first in time, which is what awaiting a .NET WhenAll task rethrows.
function $whenAll(ts) {
  let failed = false, first;
  const ps = Array.from(ts, t => Promise.resolve(t).catch(e => { if (!failed) { failed = true; first = e; } }));
  return Promise.all(ps).then(() => {
    if (failed) throw first;
    return Promise.all(ts);
  });
}
