class $InvalidOperationException extends $Exception {}
$InvalidOperationException.$tn = "System.InvalidOperationException";
$InvalidOperationException.$defaultMessage = "Operation is not valid due to the current state of the object.";
