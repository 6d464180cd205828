namespace Cs2Js.Bcl
{
    // int/long/short/byte/.../double/float/bool: ToString, Parse/TryParse, CompareTo, Equals and the
    // non-const fields. All numbers are JS numbers; out arguments arrive as boxes { v }.
    static partial class BclMap
    {
        static void RegisterNumbers()
        {
            const string s = "System.String", fp = "System.IFormatProvider", ns = "System.Globalization.NumberStyles";
            // Integral types: range and the type's wording in .NET's overflow message.
            var ints = new (string T, string Lo, string Hi, string Name)[]
            {
                ("System.Int32", "-2147483648", "2147483647", "an Int32"),
                ("System.Int16", "-32768", "32767", "an Int16"),
                ("System.UInt16", "0", "65535", "a UInt16"),
                ("System.Byte", "0", "255", "an unsigned byte"),
                ("System.SByte", "-128", "127", "a signed byte"),
                ("System.UInt32", "0", "4294967295", "a UInt32"),
            };
            foreach (var (T, lo, hi, name) in ints)
            {
                Add($"T:{T}", "Number");
                AddNumberCommon(T, "String({this})", "1", "({this} === {0})");
                string parse = $"$pint({{0}}, {lo}, {hi}, \"{name}\")", tryParse = $"$pint({{0}}, {lo}, {hi}, \"\", {{1}})", tryParse3 = $"$pint({{0}}, {lo}, {hi}, \"\", {{2}})";
                Add($"M:{T}.Parse({s})", parse);
                Add($"M:{T}.Parse({s},{fp})", parse);
                Add($"M:{T}.TryParse({s},{T}@)", tryParse);
                Add($"M:{T}.TryParse({s},{fp},{T}@)", tryParse3);
                Add($"M:{T}.Parse({s},{ns})", $"$pintx({{0}}, {{1}}, {lo}, {hi}, \"{name}\")");
                Add($"M:{T}.Parse({s},{ns},{fp})", $"$pintx({{0}}, {{1}}, {lo}, {hi}, \"{name}\")");
                Add($"M:{T}.TryParse({s},{ns},{fp},{T}@)", $"$pintx({{0}}, {{1}}, {lo}, {hi}, \"\", {{3}})");
                Add($"M:{T}.GetHashCode", "{this}");
            }
            foreach (var (T, f) in new[] { ("System.Double", ""), ("System.Single", ", 1") })
            {
                bool isFloat = f != "";
                Add($"T:{T}", "Number");
                AddNumberCommon(T, isFloat ? "$flt({this})" : "$dbl({this})", isFloat ? "2" : "0", "($ncmp({this}, {0}) === 0)");
                Add($"M:{T}.Parse({s})", $"$pdbl({{0}}{f})");
                Add($"M:{T}.Parse({s},{fp})", $"$pdbl({{0}}{f})");
                Add($"M:{T}.Parse({s},{ns},{fp})", $"$pdbl({{0}}{f})");
                Add($"M:{T}.TryParse({s},{T}@)", $"$pdbl({{0}}, {(isFloat ? 1 : 0)}, {{1}})");
                Add($"M:{T}.TryParse({s},{fp},{T}@)", $"$pdbl({{0}}, {(isFloat ? 1 : 0)}, {{2}})");
                Add($"M:{T}.TryParse({s},{ns},{fp},{T}@)", $"$pdbl({{0}}, {(isFloat ? 1 : 0)}, {{3}})");
                Add($"M:{T}.IsNaN({T})", "Number.isNaN({0})");
                Add($"M:{T}.IsFinite({T})", "Number.isFinite({0})");
                Add($"M:{T}.IsInfinity({T})", "(Math.abs({0}) === Infinity)");
                Add($"M:{T}.IsPositiveInfinity({T})", "({0} === Infinity)");
                Add($"M:{T}.IsNegativeInfinity({T})", "({0} === -Infinity)");
                Add($"M:{T}.IsInteger({T})", "Number.isInteger({0})");
                Add($"M:{T}.IsNegative({T})", "({0} < 0 || 1 / {0} < 0)");
                // Roslyn inlines these consts; mapped in case a program reads them in a non-const way.
                Add($"F:{T}.NaN", "NaN");
                Add($"F:{T}.PositiveInfinity", "Infinity");
                Add($"F:{T}.NegativeInfinity", "-Infinity");
            }

            const string B = "System.Boolean";
            Add($"T:{B}", "Boolean");
            Add($"M:{B}.ToString", "({this} ? \"True\" : \"False\")");
            Add($"M:{B}.ToString({fp})", "({this} ? \"True\" : \"False\")");
            Add($"M:{B}.Parse({s})", "$pbool({0})");
            Add($"M:{B}.TryParse({s},{B}@)", "$pbool({0}, {1})");
            Add($"M:{B}.Equals({B})", "({this} === {0})");
            Add($"M:{B}.CompareTo({B})", "({this} - {0})");
            Add($"M:{B}.GetHashCode", "({this} ? 1 : 0)");
            Add($"F:{B}.TrueString", "\"True\"");
            Add($"F:{B}.FalseString", "\"False\"");
        }

        /// <summary>ToString overloads (t: $fmtnum's type code), CompareTo and Equals for one numeric type.</summary>
        static void AddNumberCommon(string T, string toString, string t, string equals)
        {
            const string s = "System.String", fp = "System.IFormatProvider";
            Add($"M:{T}.ToString", toString);
            Add($"M:{T}.ToString({fp})", toString);
            Add($"M:{T}.ToString({s})", $"$fmtnum({{this}}, {{0}}, {t})");
            Add($"M:{T}.ToString({s},{fp})", $"$fmtnum({{this}}, {{0}}, {t})");
            Add($"M:{T}.CompareTo({T})", "$ncmp({this}, {0})");
            Add($"M:{T}.Equals({T})", equals);
        }
    }
}
