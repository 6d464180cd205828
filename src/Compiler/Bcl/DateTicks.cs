namespace Cs2Js.Bcl
{
    // DateTime ticks (100 ns since 0001-01-01) as exact longs: past 2^53 they are BigInts.
    static partial class BclMap
    {
        static void RegisterDateTicks()
        {
            const string D = "System.DateTime";
            Add($"P:{D}.Ticks", "$i64(BigInt({this}.ms) * 10000n + 621355968000000000n)");
            Add($"M:{D}.#ctor(System.Int64)", "new $DateTime(Number((BigInt({0}) - 621355968000000000n) / 10000n))");
            const string O = "System.DateTimeOffset";
            Add($"M:{O}.ToString(System.String)", "$dtFmt(new $DateTime({this}, 1), {0})");
            Add($"M:{O}.ToString", "($dtFmt(new $DateTime({this}, 1)) + \" +00:00\")");
            Add($"P:{O}.Ticks", "$i64(BigInt({this}) * 10000n + 621355968000000000n)");
        }
    }
}
