// KeyValuePair<K,V>.ToString(): "[key, value]".
function $kvStr(p) {
  return "[" + $str(p[0]) + ", " + $str(p[1]) + "]";
}
