class $FormatException extends $Exception {}
$FormatException.$tn = "System.FormatException";
$FormatException.$defaultMessage = "One of the identified items was in an invalid format.";
