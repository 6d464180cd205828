// A bucket key as an int: integers as is, strings and other numbers by their characters, objects by identity.
function $hnum(k) {
  switch (typeof k) {
    case "number": if (k === (k | 0)) return k; k = String(k); break;
    case "boolean": return k ? 1 : 0;
    case "bigint": return Number(BigInt.asIntN(32, k));
    case "object": {
      const ids = $hnum.ids || ($hnum.ids = new WeakMap());
      let id = ids.get(k);
      if (id === undefined) ids.set(k, (id = ids.n = (ids.n | 0) + 1));
      return id;
    }
    case "string": break;
    default: return 0;
  }
  let h = 5381;
  for (let i = 0; i < k.length; i++) h = (Math.imul(h, 33) ^ k.charCodeAt(i)) | 0;
  return h;
}
