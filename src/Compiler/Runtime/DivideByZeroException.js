class $DivideByZeroException extends $ArithmeticException {}
$DivideByZeroException.$tn = "System.DivideByZeroException";
$DivideByZeroException.$defaultMessage = "Attempted to divide by zero.";
