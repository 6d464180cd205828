// Steps a lowered async body (a generator whose `yield x` are the awaits) with it[k](v), k "next",
// "throw" or "return": an already completed task continues at once, as .NET's awaiter does; an
// incomplete one resumes the body from its continuation. Stops at an async iterator's item
// (`yield [v]`: y(v)), at the end (d(result)) or on an exception (f(e)).
function $step(it, k, v, y, d, f) {
  for (;;) {
    let r;
    try { r = it[k](v); } catch (e) { f(e); return; }
    if (r.done) { d(r.value); return; }
    if (Array.isArray(r.value)) { y(r.value[0]); return; }
    const a = $Task.of(r.value);
    if (a.s < 5) { a.$on(() => $step(it, a.s === 5 ? "next" : "throw", a.s === 5 ? a.r : a.$err(), y, d, f)); return; }
    k = a.s === 5 ? "next" : "throw";
    v = k === "next" ? a.r : a.$err();
  }
}
