// Math.Sign for long/ulong.
function $lcmp0(x) { return x > 0 ? 1 : x < 0 ? -1 : 0; }
