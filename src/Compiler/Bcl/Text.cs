namespace Cs2Js.Bcl
{
    // System.Text.StringBuilder → runtime class $StringBuilder. Values are turned into text the .NET way
    // by the template before Append/Insert sees them (a char is a number in JS).
    static partial class BclMap
    {
        static void RegisterText()
        {
            const string S = "System.Text.StringBuilder";
            Add($"T:{S}", "$StringBuilder");
            Add($"M:{S}.#ctor", "new $StringBuilder()");
            Add($"M:{S}.#ctor(System.Int32)", "new $StringBuilder()");
            Add($"M:{S}.#ctor(System.String)", "new $StringBuilder({0})");
            Add($"M:{S}.#ctor(System.String,System.Int32)", "new $StringBuilder({0})");

            // How each parameter type becomes text: {X} is replaced by the argument.
            var text = new (string Type, string Js)[]
            {
                ("System.String", "{X}"),
                ("System.Char", "String.fromCharCode({X})"),
                ("System.Boolean", "({X} ? \"True\" : \"False\")"),
                ("System.Double", "$dbl({X})"),
                ("System.Single", "$dbl({X}, true)"),
                ("System.Int32", "String({X})"),
                ("System.Int64", "String({X})"),
                ("System.Int16", "String({X})"),
                ("System.UInt16", "String({X})"),
                ("System.UInt32", "String({X})"),
                ("System.UInt64", "String({X})"),
                ("System.Byte", "String({X})"),
                ("System.SByte", "String({X})"),
                ("System.Object", "{X:str}"),
                ("System.Text.StringBuilder", "$str({X})"),
            };
            foreach (var (type, js) in text)
            {
                Add($"M:{S}.Append({type})", "{this}.Append(" + js.Replace("{X", "{0") + ")");
                // StringBuilder has Append(StringBuilder) but no Insert(int, StringBuilder).
                if (type != "System.Text.StringBuilder") Add($"M:{S}.Insert(System.Int32,{type})", "{this}.Insert({0}, " + js.Replace("{X", "{1") + ")");
            }
            Add($"M:{S}.Append(System.Char,System.Int32)", "{this}.Append(String.fromCharCode({0}).repeat({1}))");
            Add($"M:{S}.Append(System.Char[])", "{this}.Append(String.fromCharCode(...{0}))");
            Add($"M:{S}.Append(System.String,System.Int32,System.Int32)", "{this}.Append({0}.substr({1}, {2}))");
            Add($"M:{S}.AppendLine", "{this}.AppendLine()");
            Add($"M:{S}.AppendLine(System.String)", "{this}.AppendLine({0})");
            // sb.Append($"..."): the interpolated string handler is lowered as the string it would append.
            Add($"M:{S}.Append(System.Text.StringBuilder.AppendInterpolatedStringHandler@)", "{this}.Append({0})");
            Add($"M:{S}.AppendLine(System.Text.StringBuilder.AppendInterpolatedStringHandler@)", "{this}.AppendLine({0})");
            Add($"M:{S}.AppendFormat(System.String,System.Object)", "{this}.Append($format({0}, [{1:fmt}]))");
            Add($"M:{S}.AppendFormat(System.String,System.Object,System.Object)", "{this}.Append($format({0}, [{1:fmt}, {2:fmt}]))");
            Add($"M:{S}.AppendFormat(System.String,System.Object,System.Object,System.Object)", "{this}.Append($format({0}, [{1:fmt}, {2:fmt}, {3:fmt}]))");
            Add($"M:{S}.AppendFormat(System.String,System.Object[])", "{this}.Append($format({0}, {1}))");
            // With a provider (invariant culture: it changes nothing).
            const string Fp = "System.IFormatProvider";
            Add($"M:{S}.AppendFormat({Fp},System.String,System.Object)", "{this}.Append($format({1}, [{2:fmt}]))");
            Add($"M:{S}.AppendFormat({Fp},System.String,System.Object,System.Object)", "{this}.Append($format({1}, [{2:fmt}, {3:fmt}]))");
            Add($"M:{S}.AppendFormat({Fp},System.String,System.Object,System.Object,System.Object)", "{this}.Append($format({1}, [{2:fmt}, {3:fmt}, {4:fmt}]))");
            Add($"M:{S}.AppendFormat({Fp},System.String,System.Object[])", "{this}.Append($format({1}, {2}))");
            Add($"M:{S}.AppendJoin(System.String,System.String[])", "{this}.Append({1}.map($str).join({0}))");
            Add($"M:{S}.AppendJoin(System.String,System.Object[])", "{this}.Append({1}.map($str).join({0}))");
            Add($"M:{S}.AppendJoin``1(System.String,System.Collections.Generic.IEnumerable{{``0}})", "{this}.Append(Array.from({1}, $str).join({0}))");
            Add($"M:{S}.Remove(System.Int32,System.Int32)", "{this}.Cut({0}, {1})");
            Add($"M:{S}.Replace(System.String,System.String)", "{this}.Replace({0}, {1})");
            Add($"M:{S}.Replace(System.Char,System.Char)", "{this}.Replace(String.fromCharCode({0}), String.fromCharCode({1}))");
            Add($"M:{S}.Clear", "{this}.Clear()");
            Add($"M:{S}.ToString", "{this}.s");
            Add($"M:{S}.ToString(System.Int32,System.Int32)", "{this}.s.substr({0}, {1})");
            Add($"P:{S}.Length", "{this}.Length");
            Add($"P:{S}.Length|set", "{this}.Length = {value}");
            Add($"P:{S}.Chars(System.Int32)", "{this}.CharAt({0})");
            Add($"P:{S}.Chars(System.Int32)|set", "{this}.SetCharAt({0}, {value})");
        }
    
        // Encoding.UTF8 byte[] values are plain Arrays of numbers like every other array.
        static void RegisterEncoding()
        {
            Add("P:System.Text.Encoding.UTF8", "null");
            Add("M:System.Text.Encoding.GetBytes(System.String)", "Array.from(new TextEncoder().encode({0}))");
            Add("M:System.Text.Encoding.GetString(System.Byte[])", "new TextDecoder().decode(Uint8Array.from({0}))");
        }
}
}
