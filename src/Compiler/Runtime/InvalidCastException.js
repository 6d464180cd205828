class $InvalidCastException extends $Exception {}
$InvalidCastException.$tn = "System.InvalidCastException";
$InvalidCastException.$defaultMessage = "Specified cast is not valid.";
