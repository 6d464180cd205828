// IsPow2: exactly one bit set (and positive).
function $lpow2(x) { const b = BigInt(x); return b > 0n && (b & b - 1n) === 0n; }
