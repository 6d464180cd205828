// A long/ulong headed for composite formatting: formats with its 64-bit rules ($lfmt).
function $lfv(v) { return v == null ? v : { ToString: (f) => f ? $lfmt(v, f) : String(v) }; }
