class $KeyNotFoundException extends $Exception {}
$KeyNotFoundException.$tn = "System.Collections.Generic.KeyNotFoundException";
$KeyNotFoundException.$defaultMessage = "The given key was not present in the dictionary.";
