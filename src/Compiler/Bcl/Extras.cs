namespace Cs2Js.Bcl
{
    // Small mappings found missing by the differential samples: ordinal string comparers, radix
    // conversions, DivRem, IndexOfAny, array copies, Nullable.Compare/Equals.
    public static partial class BclMap
    {
        static void RegisterExtras()
        {
            // StringComparer.Ordinal is exactly what Map/Set and the default string order already do.
            Add("P:System.StringComparer.Ordinal", "$ordinal");
            Add("P:System.StringComparer.OrdinalIgnoreCase", "$ordinalIc");
            const string D = "System.Collections.Generic.Dictionary`2", H = "System.Collections.Generic.HashSet`1";
            AddCustom($"M:{D}.#ctor(System.Collections.Generic.IEqualityComparer{{`0}})", c => OrdinalOnly(c, "new Map()"));
            AddCustom($"M:{H}.#ctor(System.Collections.Generic.IEqualityComparer{{`0}})", c => OrdinalOnly(c, "new Set()"));
            AddCustom($"M:{H}.#ctor(System.Collections.Generic.IEnumerable{{`0}},System.Collections.Generic.IEqualityComparer{{`0}})",
                c => c.Source(1) == "$ordinal" ? $"new Set({c.Args[0]})" : Refuse(c));
            Add("M:System.Convert.ToString(System.Int32,System.Int32)", "$radix({0}, {1})");
            Add("M:System.Convert.ToInt32(System.String,System.Int32)", "$pradix({0}, {1})");
            Add("M:System.Math.DivRem(System.Int32,System.Int32,System.Int32@)", "$divRem({0}, {1}, {2})");
            Add("M:System.String.IndexOfAny(System.Char[])", "$indexOfAny({this}, {0})");
            Add("M:System.Array.Clone", "{this}.slice()");
            // Sequences of chars are code units in JS: turn them back into letters when joined.
            AddCustom("M:System.String.Concat``1(System.Collections.Generic.IEnumerable{``0})",
                c => c.TypeArgs[0] == "char" ? $"$join(\"\", $letters({c.Args[0]}))" : $"$join(\"\", {c.Args[0]})");
            AddCustom("M:System.String.Join``1(System.String,System.Collections.Generic.IEnumerable{``0})",
                c => c.TypeArgs[0] == "char" ? $"$join({c.Args[0]}, $letters({c.Args[1]}))" : $"$join({c.Args[0]}, {c.Args[1]})");
            AddCustom("M:System.String.Join``1(System.Char,System.Collections.Generic.IEnumerable{``0})",
                c => c.TypeArgs[0] == "char" ? $"$join(String.fromCharCode({c.Args[0]}), $letters({c.Args[1]}))" : $"$join(String.fromCharCode({c.Args[0]}), {c.Args[1]})");
            Add("M:System.Collections.Generic.List`1.BinarySearch(`0)", "$bsearch({this}, {0})");
            Add("M:System.Array.BinarySearch``1(``0[],``0)", "$bsearch({0}, {1})");
            Add("M:System.DateTimeOffset.#ctor(System.DateTime)", "$dto({0})");
            foreach (var arity in new[] { "`2", "`3", "`4" })
            {
                var args = arity switch { "`2" => "`0,`1", "`3" => "`0,`1,`2", _ => "`0,`1,`2,`3" };
                Add($"M:System.ValueTuple{arity}.CompareTo(System.ValueTuple{{{args}}})", "$tcmp({this}, {0})");
            }
            Add("T:System.EventArgs", "$EventArgs");
            Add("M:System.EventArgs.#ctor", "new $EventArgs()");
            Add("F:System.EventArgs.Empty", "$EventArgs.Empty");
            Add("M:System.Nullable.Compare``1(System.Nullable{``0},System.Nullable{``0})", "$cmp({0}, {1})");
            Add("M:System.Nullable.Equals``1(System.Nullable{``0},System.Nullable{``0})", "({0} === {1})");
        }

        static string? OrdinalOnly(TemplateContext c, string js) => c.Args.Count == 1 && c.Source(0) == "$ordinal" ? js : Refuse(c);

        static string? Refuse(TemplateContext c)
        {
            c.RefusalReason = "only StringComparer.Ordinal is supported as an equality comparer (JS Map/Set compare keys by identity)";
            return null;
        }
    }
}
