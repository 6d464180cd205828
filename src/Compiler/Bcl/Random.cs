namespace Cs2Js.Bcl
{
    // Random is unseeded (Math.random; the receiver is not used).
    static partial class BclMap
    {
        static void RegisterRandom()
        {
            const string R = "System.Random";
            Add($"T:{R}", "Object");
            Add($"M:{R}.#ctor", "({})");
            Add($"P:{R}.Shared", "({})");
            Add($"M:{R}.Next", "Math.floor(Math.random() * 2147483647)");
            Add($"M:{R}.Next(System.Int32)", "Math.floor(Math.random() * ({0}))");
            Add($"M:{R}.Next(System.Int32,System.Int32)", "$rnd({0}, {1})");
            Add($"M:{R}.NextDouble", "Math.random()");
        }
    }
}
