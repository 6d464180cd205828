// CompareTo for numbers, .NET style: -1/0/1, NaN below everything and equal to itself.
function $ncmp(a, b) { return a < b ? -1 : a > b ? 1 : a === b ? 0 : a === a ? 1 : b === b ? -1 : 0; }
