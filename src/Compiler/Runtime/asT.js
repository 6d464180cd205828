// `x as int[]` / `x as List<int>` in a tagging program: x where $isT says it is one, else null.
function $asT(x, names, k) { return $isT(x, names, k) ? x : null; }
