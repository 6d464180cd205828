// Convert.ToInt32(string, base) for bases 2, 8, 10, 16.
function $pradix(s, b) {
  const t = b === 16 ? s.replace(/^0x/i, "") : s;
  const ok = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[+-]?\d+$/, 16: /^[0-9a-f]+$/i }[b];
  if (!ok || !ok.test(t)) throw new $FormatException("Could not find any recognizable digits.");
  const v = parseInt(t, b);
  return b === 10 ? v | 0 : v | 0;
}
