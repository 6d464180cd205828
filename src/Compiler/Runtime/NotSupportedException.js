class $NotSupportedException extends $Exception {}
$NotSupportedException.$tn = "System.NotSupportedException";
$NotSupportedException.$defaultMessage = "Specified method is not supported.";
