class $TaskCanceledException extends $OperationCanceledException {}
$TaskCanceledException.$tn = "System.Threading.Tasks.TaskCanceledException";
$TaskCanceledException.$defaultMessage = "A task was canceled.";
