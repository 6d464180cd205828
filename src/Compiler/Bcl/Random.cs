namespace Cs2Js.Bcl
{
    // System.Random as $Random: with a seed, .NET's exact sequence; without, Math.random. Supersedes
    // the unseeded mappings in Misc.cs (RegisterRandoms runs after RegisterMisc).
    static partial class BclMap
    {
        static void RegisterRandoms()
        {
            const string R = "System.Random", i = "System.Int32", l = "System.Int64";
            Replace($"T:{R}", "$Random");
            Replace($"M:{R}.#ctor", "new $Random()");
            Replace($"M:{R}.#ctor({i})", "new $Random({0})");
            Replace($"P:{R}.Shared", "new $Random()");
            Replace($"M:{R}.Next", "{this}.Next()");
            Replace($"M:{R}.Next({i})", "{this}.Next({0})");
            Replace($"M:{R}.Next({i},{i})", "{this}.Next({0}, {1})");
            Replace($"M:{R}.NextDouble", "{this}.NextDouble()");
            Replace($"M:{R}.NextSingle", "{this}.NextSingle()");
            Replace($"M:{R}.NextInt64", "{this}.NextInt64()");
            Replace($"M:{R}.NextInt64({l})", "{this}.NextInt64({0})");
            Replace($"M:{R}.NextInt64({l},{l})", "{this}.NextInt64({0}, {1})");
            Replace($"M:{R}.NextBytes(System.Byte[])", "{this}.NextBytes({0})");
            Replace($"M:{R}.Shuffle``1(``0[])", "{this}.Shuffle({0})");
            Replace($"M:{R}.GetItems``1(``0[],{i})", "{this}.GetItems({0}, {1})");
        }
    }
}
