namespace Cs2Js.Bcl
{
    // long and ulong: numbers while safe, BigInts past 2^53 (see Lower/Emitter.Longs.cs). Text,
    // parsing, comparison, Math, Convert, BitOperations, BitConverter and LINQ aggregates.
    static partial class BclMap
    {
        static void RegisterLongs()
        {
            const string s = "System.String", fp = "System.IFormatProvider", ns = "System.Globalization.NumberStyles";
            const string M = "System.Math", C = "System.Convert", BO = "System.Numerics.BitOperations", d = "System.Double", i = "System.Int32", u = "System.UInt32";
            foreach (var (T, un, hi, name) in new[] { ("System.Int64", "false", "9223372036854775807n", "an Int64"), ("System.UInt64", "true", "18446744073709551615n", "a UInt64") })
            {
                Add($"T:{T}", "Number");
                Add($"M:{T}.ToString", "String({this})");
                Add($"M:{T}.ToString({fp})", "String({this})");
                Add($"M:{T}.ToString({s})", "$lfmt({this}, {0})");
                Add($"M:{T}.ToString({s},{fp})", "$lfmt({this}, {0})");
                Add($"M:{T}.CompareTo({T})", "$ncmp({this}, {0})");
                Add($"M:{T}.Equals({T})", "({this} === {0})");
                Add($"M:{T}.GetHashCode", "$lhash({this})");
                Add($"M:{T}.Parse({s})", $"$lparse({{0}}, {un})");
                Add($"M:{T}.Parse({s},{fp})", $"$lparse({{0}}, {un})");
                Add($"M:{T}.Parse({s},{ns})", $"$lparse({{0}}, {un}, {{1}} === 515)");
                Add($"M:{T}.Parse({s},{ns},{fp})", $"$lparse({{0}}, {un}, {{1}} === 515)");
                Add($"M:{T}.TryParse({s},{T}@)", $"$lparse({{0}}, {un}, false, {{1}})");
                Add($"M:{T}.TryParse({s},{fp},{T}@)", $"$lparse({{0}}, {un}, false, {{2}})");
                Add($"M:{T}.TryParse({s},{ns},{fp},{T}@)", $"$lparse({{0}}, {un}, {{1}} === 515, {{3}})");
                Add($"M:{M}.Max({T},{T})", "$lmax({0}, {1})");
                Add($"M:{M}.Min({T},{T})", "$lmin({0}, {1})");
                Add($"M:{M}.Clamp({T},{T},{T})", "$lmin($lmax({0}, {1}), {2})");
                Add($"M:{T}.PopCount({T})", "$lpop({0})");
                Add($"M:{T}.IsPow2({T})", "$lpow2({0})");
                Add($"M:{T}.LeadingZeroCount({T})", $"$lclz({{0}})");
                Add($"M:{T}.TrailingZeroCount({T})", "$lctz({0})");
                Add($"M:{T}.RotateLeft({T},{i})", $"$lrot({{0}}, {{1}}, {un})");
                Add($"M:{T}.RotateRight({T},{i})", $"$lrot({{0}}, -({{1}}), {un})");
                Add($"M:{T}.Log2({T})", "$llog2({0})");
                Add($"M:{C}.To{(un == "true" ? "UInt64" : "Int64")}({d})", $"$d2l($rint({{0}}), {un}, true)");
                Add($"M:{C}.To{(un == "true" ? "UInt64" : "Int64")}({s})", $"({{0}} == null ? 0 : $lparse({{0}}, {un}))");
                Add($"M:{C}.ToDouble({T})", "Number({0})");
                Add($"M:{C}.ToString({T})", "String({0})");
                _ = hi; _ = name;
            }
            const string L = "System.Int64", UL = "System.UInt64";
            Add($"M:{M}.Abs({L})", "$labs({0})");
            Add($"M:{M}.Sign({L})", "($lcmp0({0}))");
            Add($"M:{C}.ToInt64({i})", "{0}");
            Add($"M:{C}.ToInt64({s},{i})", "$lradix({0}, {1})");
            Add($"M:{C}.ToInt32({L})", "$lck({0}, -2147483648, 2147483647)");
            Add($"M:{C}.ToString({L},{i})", "$lradixStr({0}, {1})");
            Add($"M:{BO}.PopCount({UL})", "$lpop({0})");
            Add($"M:{BO}.PopCount({u})", "$lpop({0})");
            Add($"M:{BO}.LeadingZeroCount({UL})", "$lclz({0})");
            Add($"M:{BO}.LeadingZeroCount({u})", "Math.clz32({0})");
            Add($"M:{BO}.TrailingZeroCount({UL})", "$lctz({0})");
            Add($"M:{BO}.TrailingZeroCount({L})", "$lctz({0})");
            Add($"M:{BO}.TrailingZeroCount({u})", "$lctz({0})");
            Add($"M:{BO}.TrailingZeroCount({i})", "$lctz({0} >>> 0)");
            Add($"M:{BO}.Log2({UL})", "$llog2({0})");
            Add($"M:{BO}.Log2({u})", "(31 - Math.clz32({0} | 1))");
            Add($"M:{BO}.RotateLeft({UL},{i})", "$lrot({0}, {1}, true)");
            Add($"M:{BO}.RotateRight({UL},{i})", "$lrot({0}, -({1}), true)");
            Add($"M:{BO}.RotateLeft({u},{i})", "(({0} << ({1} & 31) | {0} >>> (32 - ({1} & 31))) >>> 0)");
            Add($"M:{BO}.RotateRight({u},{i})", "(({0} >>> ({1} & 31) | {0} << (32 - ({1} & 31))) >>> 0)");
            Add($"M:{BO}.IsPow2({UL})", "$lpow2({0})");
            Add($"M:{BO}.IsPow2({u})", "$lpow2({0})");
            Add("M:System.BitConverter.DoubleToInt64Bits(System.Double)", "$dbits({0})");
            Add("M:System.BitConverter.Int64BitsToDouble(System.Int64)", "$bitsd({0})");
            Add("M:System.BitConverter.ToString(System.Byte[])", "{0}.map((b) => (b < 16 ? \"0\" : \"\") + b.toString(16).toUpperCase()).join(\"-\")");
            // LINQ over longs: Sum is checked (OverflowException), Average divides as double.
            const string En = "M:System.Linq.Enumerable.", IE0 = "System.Collections.Generic.IEnumerable{``0}";
            foreach (var nullable in new[] { false, true })
            {
                var t = nullable ? $"System.Nullable{{{L}}}" : L;
                var nu = nullable ? "true" : "false";
                Add($"{En}Sum(System.Collections.Generic.IEnumerable{{{t}}})", "$lsum({0})");
                Add($"{En}Sum``1({IE0},System.Func{{``0,{t}}})", "$lsum({0}, {1})");
                Add($"{En}Average(System.Collections.Generic.IEnumerable{{{t}}})", $"$laverage({{0}}, null, {nu})");
                Add($"{En}Average``1({IE0},System.Func{{``0,{t}}})", $"$laverage({{0}}, {{1}}, {nu})");
                Add($"{En}Min(System.Collections.Generic.IEnumerable{{{t}}})", $"$minMax({{0}}, null, -1, {nu})");
                Add($"{En}Min``1({IE0},System.Func{{``0,{t}}})", $"$minMax({{0}}, {{1}}, -1, {nu})");
                Add($"{En}Max(System.Collections.Generic.IEnumerable{{{t}}})", $"$minMax({{0}}, null, 1, {nu})");
                Add($"{En}Max``1({IE0},System.Func{{``0,{t}}})", $"$minMax({{0}}, {{1}}, 1, {nu})");
            }
        }
    }
}
