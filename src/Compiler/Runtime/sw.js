// StartsWith (e falsy) / EndsWith (e set) with a StringComparison.
function $sw(s, v, c, e) { s = $ic(s, c); v = $ic(v, c); return e ? s.endsWith(v) : s.startsWith(v); }
