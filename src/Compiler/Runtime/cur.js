// IEnumerator.Current on a user enumerator or on a JS iterator advanced by $mn.
function $cur(e) { return typeof e.MoveNext === "function" ? e.Current : e.$c; }
