// Throws one of the common .NET exceptions as a plain Error tagged with its type, so that small
// bundles need no exception classes; $exc turns it into the real class where it is caught.
function $fail(type, message, param) {
  const e = new Error(message);
  e.name = type;
  e.$param = param;
  throw e;
}
