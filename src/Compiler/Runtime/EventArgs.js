// System.EventArgs: the base of event payloads; EventArgs.Empty is one shared instance.
class $EventArgs {
}
$EventArgs.$tn = "System.EventArgs";
$EventArgs.Empty = new $EventArgs();
