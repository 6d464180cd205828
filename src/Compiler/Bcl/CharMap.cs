namespace Cs2Js.Bcl
{
    // System.Char: a char is a number (UTF-16 code unit). Classification uses Unicode property
    // regexes, matching .NET's categories (IsDigit = Nd, IsLetter = L, ...).
    static partial class BclMap
    {
        static void RegisterCharMap()
        {
            const string C = "System.Char", c = "System.Char", s = "System.String", i = "System.Int32";
            Add($"T:{C}", "Number");
            foreach (var (name, re) in new[]
            {
                ("IsDigit", @"/\p{Nd}/u"), ("IsLetter", @"/\p{L}/u"), ("IsLetterOrDigit", @"/[\p{L}\p{Nd}]/u"),
                ("IsUpper", @"/\p{Lu}/u"), ("IsLower", @"/\p{Ll}/u"), ("IsPunctuation", @"/\p{P}/u"), ("IsSymbol", @"/\p{S}/u"),
                ("IsNumber", @"/\p{N}/u"), ("IsSeparator", @"/\p{Z}/u"), ("IsControl", @"/\p{Cc}/u"),
                ("IsWhiteSpace", @"/[\p{Z}\t-\r\x85]/u"), ("IsSurrogate", @"/[\uD800-\uDFFF]/"),
                ("IsHighSurrogate", @"/[\uD800-\uDBFF]/"), ("IsLowSurrogate", @"/[\uDC00-\uDFFF]/"),
            })
            {
                Add($"M:{C}.{name}({c})", $"{re}.test(String.fromCharCode({{0}}))");
                Add($"M:{C}.{name}({s},{i})", $"{re}.test({{0}}.charAt({{1}}))");
            }
            foreach (var (name, re) in new[] { ("IsAsciiDigit", "/[0-9]/"), ("IsAsciiLetter", "/[A-Za-z]/"), ("IsAsciiLetterOrDigit", "/[0-9A-Za-z]/"),
                ("IsAsciiHexDigit", "/[0-9A-Fa-f]/"), ("IsAsciiLetterUpper", "/[A-Z]/"), ("IsAsciiLetterLower", "/[a-z]/") })
                Add($"M:{C}.{name}({c})", $"{re}.test(String.fromCharCode({{0}}))");
            Add($"M:{C}.IsAscii({c})", "({0} < 128)");
            Add($"M:{C}.ToUpper({c})", "$upper(String.fromCharCode({0})).charCodeAt(0)");
            Add($"M:{C}.ToUpperInvariant({c})", "$upper(String.fromCharCode({0})).charCodeAt(0)");
            Add($"M:{C}.ToLower({c})", "$lower(String.fromCharCode({0})).charCodeAt(0)");
            Add($"M:{C}.ToLowerInvariant({c})", "$lower(String.fromCharCode({0})).charCodeAt(0)");
            Add($"M:{C}.ToString", "String.fromCharCode({this})");
            Add($"M:{C}.ToString({c})", "String.fromCharCode({0})");
            Add($"M:{C}.Equals({c})", "({this} === {0})");
            Add($"M:{C}.CompareTo({c})", "({this} - {0})");
            Add($"M:{C}.GetNumericValue({c})", "$cnum({0})");
        }
    }
}
