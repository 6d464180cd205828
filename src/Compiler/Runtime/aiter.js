// IAsyncEnumerable<T> of an async iterator method: every GetAsyncEnumerator runs a fresh generator.
function $aiter(g) {
  return { GetAsyncEnumerator: () => new $AsyncEnum(g()) };
}
