namespace Cs2Js.Bcl
{
    // System.Numerics.BigInteger as a JS BigInt: members, parsing and formatting.
    static partial class BclMap
    {
        static void RegisterBigIntegers()
        {
            const string T = "System.Numerics.BigInteger", s = "System.String", fp = "System.IFormatProvider", ns = "System.Globalization.NumberStyles", i = "System.Int32", d = "System.Double";
            Add($"T:{T}", "BigInt");
            Add($"P:{T}.Zero", "0n");
            Add($"P:{T}.One", "1n");
            Add($"P:{T}.MinusOne", "-1n");
            Add($"P:{T}.IsZero", "({this} === 0n)");
            Add($"P:{T}.IsOne", "({this} === 1n)");
            Add($"P:{T}.IsEven", "(({this} & 1n) === 0n)");
            Add($"P:{T}.IsPowerOfTwo", "$lpow2({this})");
            Add($"P:{T}.Sign", "$lcmp0({this})");
            foreach (var ctorArg in new[] { i, "System.Int64", "System.UInt32", "System.UInt64" })
                Add($"M:{T}.#ctor({ctorArg})", "BigInt({0})");
            Add($"M:{T}.#ctor({d})", "$bfromd({0})");
            Add($"M:{T}.ToString", "String({this})");
            Add($"M:{T}.ToString({s})", "$bfmt({this}, {0})");
            Add($"M:{T}.ToString({s},{fp})", "$bfmt({this}, {0})");
            Add($"M:{T}.Equals({T})", "({this} === {0})");
            Add($"M:{T}.Equals(System.Object)", "({this} === {0})");
            Add($"M:{T}.CompareTo({T})", "$ncmp({this}, {0})");
            Add($"M:{T}.GetHashCode", "$hash({this})");
            Add($"M:{T}.Parse({s})", "$bparse({0})");
            Add($"M:{T}.Parse({s},{fp})", "$bparse({0})");
            Add($"M:{T}.Parse({s},{ns})", "$bparse({0}, {1} === 515)");
            Add($"M:{T}.Parse({s},{ns},{fp})", "$bparse({0}, {1} === 515)");
            Add($"M:{T}.TryParse({s},{T}@)", "$bparse({0}, false, {1})");
            Add($"M:{T}.TryParse({s},{ns},{fp},{T}@)", "$bparse({0}, {1} === 515, {3})");
            Add($"M:{T}.Pow({T},{i})", "({0} ** BigInt({1}))");
            Add($"M:{T}.ModPow({T},{T},{T})", "$bmodpow({0}, {1}, {2})");
            Add($"M:{T}.GreatestCommonDivisor({T},{T})", "$bgcd({0}, {1})");
            Add($"M:{T}.Abs({T})", "$bmax({0}, -({0}))");
            Add($"M:{T}.Negate({T})", "(-({0}))");
            Add($"M:{T}.Max({T},{T})", "$bmax({0}, {1})");
            Add($"M:{T}.Min({T},{T})", "$lmin({0}, {1})");
            Add($"M:{T}.Compare({T},{T})", "$ncmp({0}, {1})");
            Add($"M:{T}.Add({T},{T})", "({0} + {1})");
            Add($"M:{T}.Subtract({T},{T})", "({0} - {1})");
            Add($"M:{T}.Multiply({T},{T})", "({0} * {1})");
            Add($"M:{T}.Divide({T},{T})", "$bdiv({0}, {1})");
            Add($"M:{T}.Remainder({T},{T})", "$bdiv({0}, {1}, true)");
            Add($"M:{T}.DivRem({T},{T},{T}@)", "$bdivRem({0}, {1}, {2})");
            Add($"M:{T}.Log10({T})", "$blog({0}, 10)");
            Add($"M:{T}.Log({T})", "$blog({0})");
            Add($"M:{T}.Log({T},{d})", "$blog({0}, {1})");
        }
    }
}
