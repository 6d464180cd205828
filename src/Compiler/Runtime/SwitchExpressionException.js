// What a switch expression throws when no arm matches.
class $SwitchExpressionException extends $InvalidOperationException {
}
$SwitchExpressionException.$tn = "System.Runtime.CompilerServices.SwitchExpressionException";
$SwitchExpressionException.$defaultMessage = "Non-exhaustive switch expression failed to match its input.";
