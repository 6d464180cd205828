// A string prepared for a StringComparison: odd values (…IgnoreCase) compare upper-cased forms.
function $ic(s, c) { return c & 1 ? s.toUpperCase() : s; }
