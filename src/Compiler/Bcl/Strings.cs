namespace Cs2Js.Bcl
{
    // System.String. Strings are JS strings and chars are numbers (UTF-16 code units), so char
    // arguments go through String.fromCharCode. Culture-sensitive overloads are ordinal, as .NET is
    // under InvariantGlobalization; StringComparison arguments matter only for ignore-case.
    static partial class BclMap
    {
        static void RegisterStrings()
        {
            const string S = "System.String", s = "System.String", c = "System.Char", i = "System.Int32", sc = "System.StringComparison",
                so = "System.StringSplitOptions", o = "System.Object", ie = "System.Collections.Generic.IEnumerable{System.String}";
            Add($"T:{S}", "String");
            Add($"F:{S}.Empty", "\"\"");
            Add($"P:{S}.Length", "{this}.length");
            Add($"P:{S}.Chars({i})", "{this}.charCodeAt({0})");
            Add($"M:{S}.#ctor({c},{i})", "String.fromCharCode({0}).repeat({1})");
            Add($"M:{S}.#ctor({c}[])", "String.fromCharCode(...{0})");
            Add($"M:{S}.#ctor({c}[],{i},{i})", "String.fromCharCode(...{0}.slice({1}, {1} + {2}))");
            Add($"M:{S}.ToString", "{this}");
            Add($"M:{S}.ToCharArray", "$chars({this})");
            Add($"M:{S}.ToCharArray({i},{i})", "$chars({this}, {0}, {1})");

            Add($"M:{S}.Substring({i})", "$sub({this}, {0})");
            Add($"M:{S}.Substring({i},{i})", "$sub({this}, {0}, {1})");
            Add($"M:{S}.Insert({i},{s})", "$splice({this}, {0}, 0, {1})");
            Add($"M:{S}.Remove({i})", "$splice({this}, {0})");
            Add($"M:{S}.Remove({i},{i})", "$splice({this}, {0}, {1})");

            // Searching.
            Add($"M:{S}.IndexOf({c})", "{this}.indexOf(String.fromCharCode({0}))");
            Add($"M:{S}.IndexOf({c},{i})", "{this}.indexOf(String.fromCharCode({0}), {1})");
            Add($"M:{S}.IndexOf({c},{sc})", "$sidx({this}, {0}, 0, {1})");
            Add($"M:{S}.IndexOf({s})", "{this}.indexOf({0})");
            Add($"M:{S}.IndexOf({s},{i})", "{this}.indexOf({0}, {1})");
            Add($"M:{S}.IndexOf({s},{sc})", "$sidx({this}, {0}, 0, {1})");
            Add($"M:{S}.IndexOf({s},{i},{sc})", "$sidx({this}, {0}, {1}, {2})");
            Add($"M:{S}.LastIndexOf({c})", "{this}.lastIndexOf(String.fromCharCode({0}))");
            Add($"M:{S}.LastIndexOf({c},{i})", "$sidx({this}, {0}, {1}, 4, 1)");
            Add($"M:{S}.LastIndexOf({s})", "$sidx({this}, {0}, undefined, 4, 1)");
            Add($"M:{S}.LastIndexOf({s},{i})", "$sidx({this}, {0}, {1}, 4, 1)");
            Add($"M:{S}.LastIndexOf({s},{sc})", "$sidx({this}, {0}, undefined, {1}, 1)");
            Add($"M:{S}.Contains({s})", "{this}.includes({0})");
            Add($"M:{S}.Contains({c})", "{this}.includes(String.fromCharCode({0}))");
            Add($"M:{S}.Contains({s},{sc})", "($sidx({this}, {0}, 0, {1}) >= 0)");
            Add($"M:{S}.Contains({c},{sc})", "($sidx({this}, {0}, 0, {1}) >= 0)");
            Add($"M:{S}.StartsWith({s})", "{this}.startsWith({0})");
            Add($"M:{S}.StartsWith({c})", "{this}.startsWith(String.fromCharCode({0}))");
            Add($"M:{S}.StartsWith({s},{sc})", "$sw({this}, {0}, {1})");
            Add($"M:{S}.EndsWith({s})", "{this}.endsWith({0})");
            Add($"M:{S}.EndsWith({c})", "{this}.endsWith(String.fromCharCode({0}))");
            Add($"M:{S}.EndsWith({s},{sc})", "$sw({this}, {0}, {1}, 1)");

            // Splitting and joining.
            Add($"M:{S}.Split({c}[])", "$split({this}, {0})");
            Add($"M:{S}.Split({c},{so})", "$split({this}, {0}, null, {1})");
            Add($"M:{S}.Split({c},{i},{so})", "$split({this}, {0}, {1}, {2})");
            Add($"M:{S}.Split({c}[],{i})", "$split({this}, {0}, {1})");
            Add($"M:{S}.Split({c}[],{so})", "$split({this}, {0}, null, {1})");
            Add($"M:{S}.Split({c}[],{i},{so})", "$split({this}, {0}, {1}, {2})");
            // A null or empty string separator does not split at all.
            Add($"M:{S}.Split({s},{so})", "$split({this}, {0} || \"\\0\\0\", null, {1})");
            Add($"M:{S}.Split({s},{i},{so})", "$split({this}, {0} || \"\\0\\0\", {1}, {2})");
            Add($"M:{S}.Split({s}[],{so})", "$split({this}, {0}, null, {1})");
            Add($"M:{S}.Split({s}[],{i},{so})", "$split({this}, {0}, {1}, {2})");
            foreach (var sep in new[] { s, c })
            {
                Add($"M:{S}.Join({sep},{s}[])", "$join({0}, {1})");
                Add($"M:{S}.Join({sep},{o}[])", "$join({0}, {1})");
                Add($"M:{S}.Join({sep},{s}[],{i},{i})", "$join({0}, {1}.slice({2}, {2} + {3}))");
                Add($"M:{S}.Join``1({sep},System.Collections.Generic.IEnumerable{{``0}})", "$join({0}, {1})");
            }
            Add($"M:{S}.Join({s},{ie})", "$join({0}, {1})");
            Add($"M:{S}.Concat({s},{s})", "(({0} ?? \"\") + ({1} ?? \"\"))");
            Add($"M:{S}.Concat({s},{s},{s})", "(({0} ?? \"\") + ({1} ?? \"\") + ({2} ?? \"\"))");
            Add($"M:{S}.Concat({s},{s},{s},{s})", "(({0} ?? \"\") + ({1} ?? \"\") + ({2} ?? \"\") + ({3} ?? \"\"))");
            Add($"M:{S}.Concat({o})", "{0:str}");
            Add($"M:{S}.Concat({o},{o})", "({0:str} + {1:str})");
            Add($"M:{S}.Concat({o},{o},{o})", "({0:str} + {1:str} + {2:str})");
            Add($"M:{S}.Concat({s}[])", "$join(\"\", {0})");
            Add($"M:{S}.Concat({o}[])", "$join(\"\", {0})");
            Add($"M:{S}.Concat({ie})", "$join(\"\", {0})");
            Add($"M:{S}.Concat``1(System.Collections.Generic.IEnumerable{{``0}})", "$join(\"\", {0})");

            // Trimming, padding, case, replacing.
            Add($"M:{S}.Trim", "{this}.trim()");
            Add($"M:{S}.TrimStart", "{this}.trimStart()");
            Add($"M:{S}.TrimEnd", "{this}.trimEnd()");
            Add($"M:{S}.Trim({c})", "$trim({this}, {0}, 3)");
            Add($"M:{S}.Trim({c}[])", "$trim({this}, {0}, 3)");
            Add($"M:{S}.TrimStart({c})", "$trim({this}, {0}, 1)");
            Add($"M:{S}.TrimStart({c}[])", "$trim({this}, {0}, 1)");
            Add($"M:{S}.TrimEnd({c})", "$trim({this}, {0}, 2)");
            Add($"M:{S}.TrimEnd({c}[])", "$trim({this}, {0}, 2)");
            Add($"M:{S}.PadLeft({i})", "{this}.padStart({0})");
            Add($"M:{S}.PadLeft({i},{c})", "{this}.padStart({0}, String.fromCharCode({1}))");
            Add($"M:{S}.PadRight({i})", "{this}.padEnd({0})");
            Add($"M:{S}.PadRight({i},{c})", "{this}.padEnd({0}, String.fromCharCode({1}))");
            Add($"M:{S}.ToUpper", "$upper({this})");
            Add($"M:{S}.ToUpperInvariant", "$upper({this})");
            Add($"M:{S}.ToLower", "$lower({this})");
            Add($"M:{S}.ToLowerInvariant", "$lower({this})");
            Add($"M:{S}.Replace({s},{s})", "{this}.split({0}).join({1} ?? \"\")");
            Add($"M:{S}.Replace({c},{c})", "{this}.split(String.fromCharCode({0})).join(String.fromCharCode({1}))");

            // Tests, equality and ordering (ordinal).
            Add($"M:{S}.IsNullOrEmpty({s})", "!{0}");
            Add($"M:{S}.IsNullOrWhiteSpace({s})", "!({0} ?? \"\").trim()");
            Add($"M:{S}.Equals({s})", "({this} === {0})");
            Add($"M:{S}.Equals({o})", "({this} === {0})");
            Add($"M:{S}.Equals({s},{s})", "({0} === {1})");
            Add($"M:{S}.Equals({s},{sc})", "$streq({this}, {0}, {1})");
            Add($"M:{S}.Equals({s},{s},{sc})", "$streq({0}, {1}, {2})");
            Add($"M:{S}.op_Equality({s},{s})", "({0} === {1})");
            Add($"M:{S}.op_Inequality({s},{s})", "({0} !== {1})");
            Add($"M:{S}.Compare({s},{s})", "$scmp({0}, {1})");
            Add($"M:{S}.Compare({s},{s},System.Boolean)", "$scmp({0}, {1}, {2})");
            Add($"M:{S}.Compare({s},{s},{sc})", "$scmp({0}, {1}, {2})");
            Add($"M:{S}.CompareOrdinal({s},{s})", "$scmp({0}, {1})");
            Add($"M:{S}.CompareTo({s})", "$scmp({this}, {0})");
            Add($"M:{S}.CompareTo({o})", "$scmp({this}, {0})");

            // Composite formatting: arguments prepared with :fmt (chars as letters, enums as names).
            Add($"M:{S}.Format({s},{o})", "$format({0}, [{1:fmt}])");
            Add($"M:{S}.Format({s},{o},{o})", "$format({0}, [{1:fmt}, {2:fmt}])");
            Add($"M:{S}.Format({s},{o},{o},{o})", "$format({0}, [{1:fmt}, {2:fmt}, {3:fmt}])");
            Add($"M:{S}.Format({s},{o}[])", "$format({0}, {1})");
            const string fp = "System.IFormatProvider";
            Add($"M:{S}.Format({fp},{s},{o})", "$format({1}, [{2:fmt}])");
            Add($"M:{S}.Format({fp},{s},{o},{o})", "$format({1}, [{2:fmt}, {3:fmt}])");
            Add($"M:{S}.Format({fp},{s},{o},{o},{o})", "$format({1}, [{2:fmt}, {3:fmt}, {4:fmt}])");
            Add($"M:{S}.Format({fp},{s},{o}[])", "$format({1}, {2})");

            // Randomized per process in .NET, so no output can depend on the value; comparers need one.
            Add($"M:{S}.GetHashCode", "$hnum({this})");
        }
    
        static void RegisterStringComparersAndSequences()
        {
            // StringComparer.Ordinal is exactly what Map/Set and the default string order already do.
            Add("P:System.StringComparer.Ordinal", "$ordinal");
            Add("P:System.StringComparer.OrdinalIgnoreCase", "$ordinalIc");
            // Culture comparers are ordinal under the invariant globalization we run with (see Known differences).
            Add("P:System.StringComparer.InvariantCulture", "$ordinal");
            Add("P:System.StringComparer.CurrentCulture", "$ordinal");
            Add("P:System.StringComparer.InvariantCultureIgnoreCase", "$ordinalIc");
            Add("P:System.StringComparer.CurrentCultureIgnoreCase", "$ordinalIc");
            Add("M:System.String.IndexOfAny(System.Char[])", "$indexOfAny({this}, {0})");
            // Sequences of chars are code units in JS: turn them back into letters when joined.
            AddCustom("M:System.String.Concat``1(System.Collections.Generic.IEnumerable{``0})",
                c => c.TypeArgs[0] == "char" ? $"$join(\"\", $letters({c.Args[0]}))" : $"$join(\"\", {c.Args[0]})");
            AddCustom("M:System.String.Join``1(System.String,System.Collections.Generic.IEnumerable{``0})",
                c => c.TypeArgs[0] == "char" ? $"$join({c.Args[0]}, $letters({c.Args[1]}))" : $"$join({c.Args[0]}, {c.Args[1]})");
            AddCustom("M:System.String.Join``1(System.Char,System.Collections.Generic.IEnumerable{``0})",
                c => c.TypeArgs[0] == "char" ? $"$join(String.fromCharCode({c.Args[0]}), $letters({c.Args[1]}))" : $"$join(String.fromCharCode({c.Args[0]}), {c.Args[1]})");
        }
}
}
