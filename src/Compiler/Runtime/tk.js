// A tick count (a number) as a long: past 2^53 its exact BigInt.
function $tk(x) { return Number.isSafeInteger(x) ? x : BigInt(x); }
