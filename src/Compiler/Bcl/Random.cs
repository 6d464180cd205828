namespace Cs2Js.Bcl
{
    // System.Random as $Random: with a seed, .NET's exact sequence; without, Math.random.
    static partial class BclMap
    {
        static void RegisterRandom()
        {
            const string R = "System.Random", i = "System.Int32", l = "System.Int64";
            Add($"T:{R}", "$Random");
            Add($"M:{R}.#ctor", "new $Random()");
            Add($"M:{R}.#ctor({i})", "new $Random({0})");
            Add($"P:{R}.Shared", "new $Random()");
            Add($"M:{R}.Next", "{this}.Next()");
            Add($"M:{R}.Next({i})", "{this}.Next({0})");
            Add($"M:{R}.Next({i},{i})", "{this}.Next({0}, {1})");
            Add($"M:{R}.NextDouble", "{this}.NextDouble()");
            Add($"M:{R}.NextSingle", "{this}.NextSingle()");
            Add($"M:{R}.NextInt64", "{this}.NextInt64()");
            Add($"M:{R}.NextInt64({l})", "{this}.NextInt64({0})");
            Add($"M:{R}.NextInt64({l},{l})", "{this}.NextInt64({0}, {1})");
            Add($"M:{R}.NextBytes(System.Byte[])", "{this}.NextBytes({0})");
            Add($"M:{R}.Shuffle``1(``0[])", "{this}.Shuffle({0})");
            Add($"M:{R}.GetItems``1(``0[],{i})", "{this}.GetItems({0}, {1})");
        }
    }
}
