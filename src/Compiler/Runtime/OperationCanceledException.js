class $OperationCanceledException extends $Exception {}
$OperationCanceledException.$tn = "System.OperationCanceledException";
$OperationCanceledException.$defaultMessage = "The operation was canceled.";
