// .NET's invariant ToLower: one code point to one (simple case mapping: "İ" stays, a final "Σ" is "σ"),
// and no non-ASCII letter maps into ASCII (K stays).
function $lower(s) {
  return s.replace(/[^]/gu, (c) => {
    const l = c.toLowerCase();
    return l.length === c.length && (l > "\x7f" || c < "\x80") ? l : c;
  });
}
