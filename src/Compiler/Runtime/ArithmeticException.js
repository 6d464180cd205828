class $ArithmeticException extends $Exception {}
$ArithmeticException.$tn = "System.ArithmeticException";
$ArithmeticException.$defaultMessage = "Overflow or underflow in the arithmetic operation.";
