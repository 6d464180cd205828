// OperationCanceledException.CancellationToken: the token that cancelled (CancellationToken.None is null).
function $octk(e) { return e.ct || null; }
