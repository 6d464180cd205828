// long << n (the count masked to 6 bits, as .NET does); $ushl is the ulong form.
function $lshl(a, n) { return $i64w(BigInt(a) << BigInt(n & 63)); }
