// An explicit downcast: null passes, a wrong type throws InvalidCastException as in .NET.
function $cast(value, type) {
  if (value == null || value instanceof type) return value;
  throw new $InvalidCastException("Unable to cast object of type '" + $typeFullName(value) + "' to type '" + (type.$tn || type.name) + "'.");
}
