// StringComparer.OrdinalIgnoreCase: compares code units upper-cased one by one (simple case mapping, as
// .NET: "ß" stays "ß" where JS's toUpperCase would make it "SS").
const $ordinalIc = {
  up: (s) => (s == null ? s : s.replace(/[^\0-\x60\x7b-\x7f]/g, (c) => { const u = c.toUpperCase(); return u.length === 1 ? u : c; })),
  Compare: (a, b) => $ordinal.Compare($ordinalIc.up(a), $ordinalIc.up(b)),
  Equals: (a, b) => $ordinalIc.Compare(a, b) === 0,
  GetHashCode: (s) => (s == null ? 0 : $ordinalIc.up(s)),
};
