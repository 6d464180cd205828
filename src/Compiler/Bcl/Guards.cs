namespace Cs2Js.Bcl
{
    // Argument guards (ArgumentNullException.ThrowIfNull, ArgumentException.ThrowIfNullOrEmpty,
    // ArgumentOutOfRangeException.ThrowIf*): .NET's messages; the parameter name is the
    // [CallerArgumentExpression] text Roslyn passes as a constant. Enum.CompareTo compares the values.
    static partial class BclMap
    {
        static void RegisterGuards()
        {
            const string s = "System.String", o = "System.Object";
            Add($"M:System.ArgumentNullException.ThrowIfNull({o},{s})", "$tnull({0}, {1})");
            Add($"M:System.ArgumentException.ThrowIfNullOrEmpty({s},{s})", "$tempty({0}, {1}, false)");
            Add($"M:System.ArgumentException.ThrowIfNullOrWhiteSpace({s},{s})", "$tempty({0}, {1}, true)");
            const string AO = "M:System.ArgumentOutOfRangeException.";
            foreach (var (name, code) in new[] { ("Negative", 0), ("Zero", 1), ("NegativeOrZero", 2) })
                Add($"{AO}ThrowIf{name}``1(``0,{s})", $"$trange({{0}}, null, {{1}}, {code})");
            foreach (var (name, code) in new[] { ("GreaterThan", 3), ("GreaterThanOrEqual", 4), ("LessThan", 5), ("LessThanOrEqual", 6), ("Equal", 7), ("NotEqual", 8) })
                Add($"{AO}ThrowIf{name}``1(``0,``0,{s})", $"$trange({{0}}, {{1}}, {{2}}, {code})");
            Add("M:System.Enum.CompareTo(System.Object)", "$ncmp({this}, +{0})");
        }
    }
}
