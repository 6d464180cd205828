namespace Cs2Js.Bcl
{
    // System.Console output. console.log always ends a line, so Write buffers in $cw until the next
    // WriteLine; the core calls $cflush() when the entry point returns.
    static partial class BclMap
    {
        static void RegisterConsole()
        {
            const string C = "System.Console", s = "System.String", o = "System.Object";
            Add($"M:{C}.WriteLine", "$cw(\"\", 1)");
            foreach (var (name, nl) in new[] { ("WriteLine", ", 1"), ("Write", "") })
            {
                Add($"M:{C}.{name}({s})", $"$cw({{0}}{nl})");
                foreach (var T in new[] { o, "System.Boolean", "System.Char", "System.Int32", "System.Int64", "System.UInt32", "System.UInt64", "System.Double", "System.Single", "System.Decimal" })
                    Add($"M:{C}.{name}({T})", $"$cw({{0:str}}{nl})");
                Add($"M:{C}.{name}(System.Char[])", $"$cw(String.fromCharCode(...{{0}}){nl})");
                Add($"M:{C}.{name}({s},{o})", $"$cw($format({{0}}, [{{1:fmt}}]){nl})");
                Add($"M:{C}.{name}({s},{o},{o})", $"$cw($format({{0}}, [{{1:fmt}}, {{2:fmt}}]){nl})");
                Add($"M:{C}.{name}({s},{o},{o},{o})", $"$cw($format({{0}}, [{{1:fmt}}, {{2:fmt}}, {{3:fmt}}]){nl})");
                Add($"M:{C}.{name}({s},{o}[])", $"$cw($format({{0}}, {{1}}){nl})");
            }
        }
    }
}
