// .NET's invariant ToUpper: one code point to one (simple case mapping: "ß" stays, "ᾳ" is "ᾼ"), and no
// non-ASCII letter maps into ASCII (ı, ſ stay).
function $upper(s) {
  return s.replace(/[^]/gu, (ch) => {
    const u = ch.toUpperCase(), c = ch.charCodeAt(0);
    return u.length === ch.length && (u > "\x7f" || c < 128) ? u
      : c === 0x1fb3 || c === 0x1fc3 || c === 0x1ff3 ? String.fromCharCode(c + 9)
      : c >= 0x1f80 && c <= 0x1faf && (c & 15) < 8 ? String.fromCharCode(c + 8) : ch;
  });
}
