class $NullReferenceException extends $Exception {}
$NullReferenceException.$tn = "System.NullReferenceException";
$NullReferenceException.$defaultMessage = "Object reference not set to an instance of an object.";
