// Uri.EscapeDataString: encodeURIComponent also leaves !'()* alone; .NET escapes them.
function $escData(s) {
  return encodeURIComponent(s).replace(/[!'()*]/g, c => "%" + c.charCodeAt(0).toString(16).toUpperCase());
}
