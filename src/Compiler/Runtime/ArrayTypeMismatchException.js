class $ArrayTypeMismatchException extends $SystemException {
  static get $defaultMessage() { return "Attempted to access an element as a type incompatible with the array."; }
}
$ArrayTypeMismatchException.$tn = "System.ArrayTypeMismatchException";
