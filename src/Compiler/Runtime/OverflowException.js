class $OverflowException extends $ArithmeticException {}
$OverflowException.$tn = "System.OverflowException";
$OverflowException.$defaultMessage = "Arithmetic operation resulted in an overflow.";
