// Enumerable.DefaultIfEmpty: d when the source has no items.
function $defaultIfEmpty(xs, d) {
  return $seq(function* () {
    let any = false;
    for (const x of xs) { any = true; yield x; }
    if (!any) yield d;
  });
}
