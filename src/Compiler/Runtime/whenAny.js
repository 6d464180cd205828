// Task.WhenAny: a promise of [winner]; the one-item array keeps the winning promise from being flattened,
// so `await Task.WhenAny(ts)` is emitted as `(await $whenAny(ts))[0]`.
function $whenAny(ts) {
  const a = Array.from(ts);
  return new Promise(resolve => a.forEach(t => Promise.resolve(t).then(() => resolve([t]), () => resolve([t]))));
}
