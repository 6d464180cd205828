namespace Cs2Js.Bcl
{
    // ReadOnlySpan<char> is the string it views: strings are immutable, so a slice is a substring and
    // every read is the string's own (s.AsSpan(i).StartsWith("true") is s.substring(i).startsWith("true")).
    // Other spans stay refused (CSX2009), except arrays seen as spans by C# 14's MemoryExtensions binding (Linq.cs).
    static partial class BclMap
    {
        static void RegisterCharSpans()
        {
            const string Mx = "M:System.MemoryExtensions.", Cs = "System.ReadOnlySpan{System.Char}", G = "System.ReadOnlySpan{``0}",
                sc = "System.StringComparison", S = "System.String", i = "System.Int32", c = "System.Char", Rs = "System.ReadOnlySpan`1";
            Add($"{Mx}AsSpan({S})", "{0}");
            Add($"{Mx}AsSpan({S},{i})", "$sub({0}, {1})");
            Add($"{Mx}AsSpan({S},{i},{i})", "$sub({0}, {1}, {2})");
            Add($"P:{Rs}.Length", "{this}.length");
            Add($"P:{Rs}.IsEmpty", "({this}.length === 0)");
            Add($"P:{Rs}.Item({i})", "{this}.charCodeAt({0})");
            Add($"M:{Rs}.Slice({i})", "$sub({this}, {0})");
            Add($"M:{Rs}.Slice({i},{i})", "$sub({this}, {0}, {1})");
            Add($"M:{Rs}.ToString", "{this}");
            Add($"M:{Rs}.ToArray", "$chars({this})");
            Add($"{Mx}StartsWith({Cs},{Cs},{sc})", "$sw({0}, {1}, {2})");
            Add($"{Mx}EndsWith({Cs},{Cs},{sc})", "$sw({0}, {1}, {2}, 1)");
            Add($"{Mx}Equals({Cs},{Cs},{sc})", "$streq({0}, {1}, {2})");
            Add($"{Mx}CompareTo({Cs},{Cs},{sc})", "$scmp({0}, {1}, {2})");
            Add($"{Mx}Contains({Cs},{Cs},{sc})", "($sidx({0}, {1}, 0, {2}) >= 0)");
            Add($"{Mx}IndexOf({Cs},{Cs},{sc})", "$sidx({0}, {1}, 0, {2})");
            Add($"{Mx}Trim({Cs})", "{0}.trim()");
            Add($"{Mx}TrimStart({Cs})", "{0}.trimStart()");
            Add($"{Mx}TrimEnd({Cs})", "{0}.trimEnd()");
            Add($"{Mx}Trim({Cs},{c})", "$trim({0}, {1}, 3)");
            Add($"{Mx}TrimStart({Cs},{c})", "$trim({0}, {1}, 1)");
            Add($"{Mx}TrimEnd({Cs},{c})", "$trim({0}, {1}, 2)");
            Add($"{Mx}IsWhiteSpace({Cs})", "!{0}.trim()");
            // Generic span members: on a char span the string's own operations; on an array (C# 14) the sequence ones.
            foreach (var span in new[] { G, "System.Span{``0}" })
            {
                AddCustom($"{Mx}StartsWith``1({span},{G})", x => x.TypeArgs[0] == "char" ? $"{x.Args[0]}.startsWith({x.Args[1]})" : null);
                AddCustom($"{Mx}EndsWith``1({span},{G})", x => x.TypeArgs[0] == "char" ? $"{x.Args[0]}.endsWith({x.Args[1]})" : null);
                AddCustom($"{Mx}IndexOf``1({span},{G})", x => x.TypeArgs[0] == "char" ? $"{x.Args[0]}.indexOf({x.Args[1]})" : null);
                AddCustom($"{Mx}IndexOf``1({span},``0)", x => x.TypeArgs[0] == "char" ? $"{x.Args[0]}.indexOf(String.fromCharCode({x.Args[1]}))" : $"$idx({x.Args[0]}, {x.Args[1]})");
                AddCustom($"{Mx}LastIndexOf``1({span},``0)", x => x.TypeArgs[0] == "char" ? $"{x.Args[0]}.lastIndexOf(String.fromCharCode({x.Args[1]}))" : $"$idx({x.Args[0]}, {x.Args[1]}, 0, 1)");
                AddCustom($"{Mx}Contains``1({span},``0)", x => x.TypeArgs[0] == "char" ? $"{x.Args[0]}.includes(String.fromCharCode({x.Args[1]}))" : $"$containsSeq({x.Args[0]}, {x.Args[1]})");
                AddCustom($"{Mx}SequenceEqual``1({span},{G})", x => x.TypeArgs[0] == "char" ? $"({x.Args[0]} === {x.Args[1]})" : $"$seqEq({x.Args[0]}, {x.Args[1]})");
            }
        }
    }
}
