// bool.Parse: "True"/"False" in any case, surrounding spaces allowed. With an out box o: TryParse.
function $pbool(s, o) {
  const t = s == null ? "" : s.trim().toLowerCase(), ok = t === "true" || t === "false";
  if (o) { o.v = t === "true"; return ok; }
  if (ok) return t === "true";
  throw s == null ? new $ArgumentNullException("value") : new $FormatException("String '" + s + "' was not recognized as a valid Boolean.");
}
