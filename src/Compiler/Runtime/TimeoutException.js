class $TimeoutException extends $Exception {}
$TimeoutException.$tn = "System.TimeoutException";
$TimeoutException.$defaultMessage = "The operation has timed out.";
