// Console.Write/WriteLine: console.log always ends a line, so Write text waits in $cw.b.
function $cw(s, nl) {
  s = $cw.b + (s == null ? "" : s);
  if (nl) { $cw.b = ""; console.log(s); } else $cw.b = s;
}
$cw.b = "";
