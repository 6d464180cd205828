namespace Cs2Js.Bcl
{
    // System.Math (every numeric overload maps to the same JS) and System.Convert.
    static partial class BclMap
    {
        static void RegisterMathConvert()
        {
            const string M = "System.Math", d = "System.Double", i = "System.Int32", mr = "System.MidpointRounding";
            string[] nums = { "System.Int32", "System.Int16", "System.SByte", "System.Byte", "System.UInt16", "System.UInt32", d, "System.Single" };
            foreach (var T in nums)
            {
                Add($"M:{M}.Max({T},{T})", "Math.max({0}, {1})");
                Add($"M:{M}.Min({T},{T})", "Math.min({0}, {1})");
                Add($"M:{M}.Clamp({T},{T},{T})", "Math.min(Math.max({0}, {1}), {2})");
                if (T == "System.Byte" || T == "System.UInt16" || T == "System.UInt32") continue;
                Add($"M:{M}.Sign({T})", "(Math.sign({0}) | 0)");
                Add($"M:{M}.Abs({T})", T == i ? "$iabs({0})" : "Math.abs({0})");
            }
            Add($"F:{M}.PI", "Math.PI");
            Add($"F:{M}.E", "Math.E");
            Add($"M:{M}.Floor({d})", "Math.floor({0})");
            Add($"M:{M}.Ceiling({d})", "Math.ceil({0})");
            Add($"M:{M}.Truncate({d})", "Math.trunc({0})");
            Add($"M:{M}.Round({d})", "$rint({0})");
            // $roundd checks the digits first; a literal 0..15 needs no check (Emitter.Calls: Unchecked).
            Add($"M:{M}.Round({d},{i})", "$roundd({0}, {1})");
            Add($"M:{M}.Round({d},{mr})", "$round({0}, 0, {1})");
            Add($"M:{M}.Round({d},{i},{mr})", "$roundd({0}, {1}, {2})");
            foreach (var (net, js) in new[] { ("Sqrt", "sqrt"), ("Cbrt", "cbrt"), ("Exp", "exp"), ("Log", "log"), ("Log10", "log10"), ("Log2", "log2"),
                ("Sin", "sin"), ("Cos", "cos"), ("Tan", "tan"), ("Asin", "asin"), ("Acos", "acos"), ("Atan", "atan"),
                ("Sinh", "sinh"), ("Cosh", "cosh"), ("Tanh", "tanh") })
                Add($"M:{M}.{net}({d})", $"Math.{js}({{0}})");
            Add($"M:{M}.Pow({d},{d})", "Math.pow({0}, {1})");
            // MathF: the double result rounded to float (exact for the correctly rounded ones: sqrt, floor...).
            const string MF = "System.MathF", f = "System.Single";
            Add($"F:{MF}.PI", "Math.fround(Math.PI)");
            Add($"F:{MF}.E", "Math.fround(Math.E)");
            foreach (var (net, js) in new[] { ("Sqrt", "sqrt"), ("Abs", "abs"), ("Floor", "floor"), ("Ceiling", "ceil"), ("Truncate", "trunc"),
                ("Cbrt", "cbrt"), ("Exp", "exp"), ("Log", "log"), ("Log10", "log10"), ("Sin", "sin"), ("Cos", "cos"), ("Tan", "tan"),
                ("Asin", "asin"), ("Acos", "acos"), ("Atan", "atan") })
                Add($"M:{MF}.{net}({f})", $"Math.fround(Math.{js}({{0}}))");
            Add($"M:{MF}.Max({f},{f})", "Math.max({0}, {1})");
            Add($"M:{MF}.Min({f},{f})", "Math.min({0}, {1})");
            Add($"M:{MF}.Pow({f},{f})", "Math.fround(Math.pow({0}, {1}))");
            Add($"M:{MF}.Atan2({f},{f})", "Math.fround(Math.atan2({0}, {1}))");
            Add($"M:{MF}.Round({f})", "$rint({0})");
            Add($"M:{M}.Atan2({d},{d})", "Math.atan2({0}, {1})");
            Add($"M:{M}.Log({d},{d})", "(Math.log({0}) / Math.log({1}))");

            const string C = "System.Convert", s = "System.String", b = "System.Boolean", o = "System.Object";
            Add($"M:{C}.ToInt32({d})", "$cvi({0})");
            Add($"M:{C}.ToInt32(System.Single)", "$cvi({0})");
            Add($"M:{C}.ToInt32({s})", "({0} == null ? 0 : $pint({0}, -2147483648, 2147483647, \"an Int32\"))");
            Add($"M:{C}.ToInt32({b})", "({0} ? 1 : 0)");
            Add($"M:{C}.ToInt32({i})", "{0}");
            Add($"M:{C}.ToInt32(System.Char)", "{0}");
            Add($"M:{C}.ToDouble({s})", "({0} == null ? 0 : $pdbl({0}))");
            Add($"M:{C}.ToDouble({i})", "{0}");
            Add($"M:{C}.ToDouble(System.Single)", "{0}");
            Add($"M:{C}.ToDouble({b})", "({0} ? 1 : 0)");
            Add($"M:{C}.ToBoolean({s})", "$pbool({0})");
            Add($"M:{C}.ToBoolean({i})", "({0} !== 0)");
            Add($"M:{C}.ToBoolean({d})", "({0} !== 0)");
            Add($"M:{C}.ToString({i})", "String({0})");
            Add($"M:{C}.ToString({d})", "$dbl({0})");
            Add($"M:{C}.ToString({b})", "({0} ? \"True\" : \"False\")");
            Add($"M:{C}.ToString(System.Char)", "String.fromCharCode({0})");
            Add($"M:{C}.ToString({s})", "{0}");
            Add($"M:{C}.ToString({o})", "{0:str}");
            // Culture is invariant (see Known differences): the provider changes nothing.
            Add($"M:{C}.ToString({o},System.IFormatProvider)", "{0:str}");
            Add($"M:{C}.ToString({i},System.IFormatProvider)", "String({0})");
            Add($"M:{C}.ToString({d},System.IFormatProvider)", "$dbl({0})");
            Add("P:System.Globalization.CultureInfo.InvariantCulture", "null");
            Add("P:System.Globalization.CultureInfo.CurrentCulture", "null");
            Add($"M:{C}.ToBase64String(System.Byte[])", "$b64e({0})");
            Add($"M:{C}.ToHexString(System.Byte[])", "Array.from({0}, b => b.toString(16).padStart(2, \"0\")).join(\"\").toUpperCase()");
            Add($"M:{C}.ToHexStringLower(System.Byte[])", "Array.from({0}, b => b.toString(16).padStart(2, \"0\")).join(\"\")");
            Add($"M:{C}.FromBase64String({s})", "$b64d({0})");
        }
    
        static void RegisterRadixAndDivRem()
        {
            Add("M:System.Convert.ToString(System.Int32,System.Int32)", "$radix({0}, {1})");
            Add("M:System.Convert.ToInt32(System.String,System.Int32)", "$pradix({0}, {1})");
            Add("M:System.Math.DivRem(System.Int32,System.Int32,System.Int32@)", "$divRem({0}, {1}, {2})");
        }
}
}
