// A method group as a delegate: the same (target, method) pair gives the same function, so `-=` works.
function $bind(target, method) {
  let cache = $bind.cache.get(target);
  if (!cache) $bind.cache.set(target, cache = new Map());
  let f = cache.get(method);
  if (!f) cache.set(method, f = method.bind(target));
  return f;
}
$bind.cache = new WeakMap();
