// An async method where the program observes its Task: the lowered generator runs synchronously until
// it awaits an incomplete task ($step); the returned $Task completes when the body ends.
function $run(it) {
  const t = new $Task();
  $step(it, "next", undefined, null, v => t.$end(5, v, null), e => t.$fail(e));
  return t;
}
