class $IndexOutOfRangeException extends $Exception {}
$IndexOutOfRangeException.$tn = "System.IndexOutOfRangeException";
$IndexOutOfRangeException.$defaultMessage = "Index was outside the bounds of the array.";
