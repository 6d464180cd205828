class $NotImplementedException extends $Exception {}
$NotImplementedException.$tn = "System.NotImplementedException";
$NotImplementedException.$defaultMessage = "The method or operation is not implemented.";
