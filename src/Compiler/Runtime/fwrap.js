// A value headed for composite formatting whose type formats by its own rules (a TimeSpan or
// DateTimeOffset held as a number): g(v, format) makes its text.
function $fwrap(v, g) { return v == null ? v : { ToString: (f) => g(v, f) }; }
