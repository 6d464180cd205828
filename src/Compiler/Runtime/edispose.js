// IEnumerator.Dispose on a library enumerator: a class's own Dispose, or an iterator's generator closed
// (its pending finally blocks run, as .NET's iterator Dispose does).
function $edispose(e) {
  if (typeof e.Dispose === "function") e.Dispose();
  else if (typeof e.return === "function") e.return();
}
