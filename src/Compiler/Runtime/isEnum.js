// `o is Enum`: a boxed enum value.
function $isEnum(x) { return x instanceof $Boxed && !!x.t.e; }
