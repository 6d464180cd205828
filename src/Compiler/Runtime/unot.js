// ~ulong: 2^64 - 1 - x.
function $unot(a) { return $i64(18446744073709551615n - BigInt(a)); }
