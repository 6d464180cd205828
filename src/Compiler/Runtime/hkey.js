// A bucket key for $HMap/$HSet (EqualityComparer<T>.Default): strings, numbers and bools are their own key,
// objects with GetHashCode use it, tuples and objects with Equals but no GetHashCode (records, structs)
// mix their fields, anything else (a class overriding only Equals: $idh) is its own identity.
function $hkey(x) {
  if (x == null) return 0;
  if (typeof x !== "object") return x;
  if (typeof x.GetHashCode === "function") return x.GetHashCode();
  if (Array.isArray(x)) return x.$tuple !== false ? $hashAll(x) : x;
  return typeof x.Equals === "function" && !x.$idh ? $hashAll(Object.values(x)) : x;
}
