namespace Cs2Js.Bcl
{
    // decimal as $Dec (Runtime/Dec.js): members, Math, Convert and LINQ aggregates.
    static partial class BclMap
    {
        static void RegisterDecimals()
        {
            const string T = "System.Decimal", s = "System.String", fp = "System.IFormatProvider", ns = "System.Globalization.NumberStyles";
            const string M = "System.Math", C = "System.Convert", i = "System.Int32", mr = "System.MidpointRounding";
            Add($"T:{T}", "$Dec");
            Add($"M:{T}.ToString", "{this}.ToString()");
            Add($"M:{T}.ToString({fp})", "{this}.ToString()");
            Add($"M:{T}.ToString({s})", "{this}.ToString({0})");
            Add($"M:{T}.ToString({s},{fp})", "{this}.ToString({0})");
            Add($"M:{T}.Equals({T})", "{this}.Equals({0})");
            Add($"M:{T}.Equals(System.Object)", "$eq({this}, {0})");
            Add($"M:{T}.CompareTo({T})", "{this}.cmp({0})");
            Add($"M:{T}.GetHashCode", "{this}.GetHashCode()");
            Add($"M:{T}.Compare({T},{T})", "{0}.cmp({1})");
            Add($"M:{T}.Parse({s})", "$Dec.parse({0})");
            Add($"M:{T}.Parse({s},{fp})", "$Dec.parse({0})");
            Add($"M:{T}.Parse({s},{ns})", "$Dec.parse({0}, ({1} & 128) !== 0)");
            Add($"M:{T}.Parse({s},{ns},{fp})", "$Dec.parse({0}, ({1} & 128) !== 0)");
            Add($"M:{T}.TryParse({s},{T}@)", "$Dec.parse({0}, false, {1})");
            Add($"M:{T}.TryParse({s},{ns},{fp},{T}@)", "$Dec.parse({0}, ({1} & 128) !== 0, {3})");
            foreach (var (name, js) in new[] { ("Add", "add"), ("Subtract", "sub"), ("Multiply", "mul"), ("Divide", "div"), ("Remainder", "mod") })
                Add($"M:{T}.{name}({T},{T})", $"{{0}}.{js}({{1}})");
            Add($"M:{T}.Negate({T})", "{0}.neg()");
            Add($"M:{T}.Floor({T})", "{0}.floor()");
            Add($"M:{T}.Ceiling({T})", "{0}.ceil()");
            Add($"M:{T}.Truncate({T})", "{0}.trunc()");
            Add($"M:{T}.Round({T})", "{0}.round(0)");
            Add($"M:{T}.Round({T},{i})", "{0}.round({1})");
            Add($"M:{T}.Round({T},{mr})", "{0}.round(0, {1})");
            Add($"M:{T}.Round({T},{i},{mr})", "{0}.round({1}, {2})");
            Add($"M:{T}.GetBits({T})", "$decBits({0})");
            Add($"M:{M}.Round({T})", "{0}.round(0)");
            Add($"M:{M}.Round({T},{i})", "{0}.round({1})");
            Add($"M:{M}.Round({T},{mr})", "{0}.round(0, {1})");
            Add($"M:{M}.Round({T},{i},{mr})", "{0}.round({1}, {2})");
            Add($"M:{M}.Floor({T})", "{0}.floor()");
            Add($"M:{M}.Ceiling({T})", "{0}.ceil()");
            Add($"M:{M}.Truncate({T})", "{0}.trunc()");
            Add($"M:{M}.Abs({T})", "{0}.abs()");
            Add($"M:{M}.Sign({T})", "{0}.sign()");
            Add($"M:{M}.Max({T},{T})", "$dmax({0}, {1}, 1)");
            Add($"M:{M}.Min({T},{T})", "$dmax({0}, {1}, -1)");
            Add($"M:{C}.ToDecimal({s})", "$Dec.parse({0})");
            Add($"M:{C}.ToDecimal(System.Double)", "$Dec.from({0})");
            Add($"M:{C}.ToDecimal({i})", "$Dec.from({0})");
            Add($"M:{C}.ToDouble({T})", "{0}.num()");
            Add($"M:{C}.ToInt32({T})", "{0}.round(0).int(-2147483648, 2147483647)");
            Add($"M:{C}.ToInt64({T})", "{0}.round(0).int(-9223372036854775808n, 9223372036854775807n)");
            Add($"M:{C}.ToString({T})", "{0}.ToString()");
            const string En = "M:System.Linq.Enumerable.", IE0 = "System.Collections.Generic.IEnumerable{``0}";
            foreach (var nullable in new[] { false, true })
            {
                var t = nullable ? $"System.Nullable{{{T}}}" : T;
                var nu = nullable ? "true" : "false";
                Add($"{En}Sum(System.Collections.Generic.IEnumerable{{{t}}})", "$dsum({0})");
                Add($"{En}Sum``1({IE0},System.Func{{``0,{t}}})", "$dsum({0}, {1})");
                Add($"{En}Average(System.Collections.Generic.IEnumerable{{{t}}})", $"$daverage({{0}}, null, {nu})");
                Add($"{En}Average``1({IE0},System.Func{{``0,{t}}})", $"$daverage({{0}}, {{1}}, {nu})");
                Add($"{En}Min(System.Collections.Generic.IEnumerable{{{t}}})", $"$minMax({{0}}, null, -1, {nu})");
                Add($"{En}Min``1({IE0},System.Func{{``0,{t}}})", $"$minMax({{0}}, {{1}}, -1, {nu})");
                Add($"{En}Max(System.Collections.Generic.IEnumerable{{{t}}})", $"$minMax({{0}}, null, 1, {nu})");
                Add($"{En}Max``1({IE0},System.Func{{``0,{t}}})", $"$minMax({{0}}, {{1}}, 1, {nu})");
            }
        }
    }
}
