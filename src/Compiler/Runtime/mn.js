// IEnumerator.MoveNext() on a user enumerator, or on a JS iterator (its current item kept in $c).
function $mn(e) {
  if (typeof e.MoveNext === "function") return e.MoveNext();
  const r = e.next();
  e.$c = r.done ? undefined : r.value;
  return !r.done;
}
