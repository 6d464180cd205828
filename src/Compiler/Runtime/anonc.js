// The equality of anonymous types (plain objects): member by member, as .NET's generated Equals.
const $anonc = {
  Equals: (a, b) => a === b || a != null && b != null && Object.keys(a).every((k) => $eq(a[k], b[k])),
  GetHashCode: (a) => (a == null ? 0 : $hashAll(Object.values(a))),
};
