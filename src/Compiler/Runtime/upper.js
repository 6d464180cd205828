// .NET's invariant ToUpper: simple case mapping, one code point to one: "ß", "ŉ", "ﬀ" stay (JavaScript
// expands them), "ᾳ" is "ᾼ", and the dotless "ı" and long "ſ" stay (.NET keeps them out of ASCII).
function $upper(s) {
  return s.replace(/[^]/gu, (ch) => {
    const u = ch.toUpperCase(), c = ch.charCodeAt(0);
    return u.length === ch.length && c !== 0x131 && c !== 0x17f ? u
      : c === 0x1fb3 || c === 0x1fc3 || c === 0x1ff3 ? String.fromCharCode(c + 9)
      : c >= 0x1f80 && c <= 0x1faf && (c & 15) < 8 ? String.fromCharCode(c + 8) : ch;
  });
}
