using System;
using System.Collections.Generic;
using System.Linq;

// Dictionary.TryGetValue into a local or a discard: found and missing keys, each value type's default on a
// miss (0, false, null, a nullable, a decimal), a stored null, record keys (Equals), a comparer,
// the out local being the key, a key expression with effects (it runs once, after the dictionary is read), a
// dictionary variable reassigned by the key expression or by a lambda, a comparer that reads the out
// variable (it must still see the old value while the lookup runs), a readonly field in a constructor.
public record Key(string A, int B);

public sealed class Peeking : IEqualityComparer<string>
{
    public Func<string>? Peek;
    public readonly List<string> Seen = new();
    public bool Equals(string? x, string? y) { if (Peek != null) Seen.Add(Peek()); return x == y; }
    public int GetHashCode(string s) => s.Length;
}

public sealed class Holder
{
    readonly Dictionary<string, int> map = new() { ["a"] = 1 };
    readonly Dictionary<string, int> other = new() { ["a"] = 2 };
    public int Got;
    public Holder(bool swap)
    {
        // the key expression replaces the field before the lookup: C# looked in the old dictionary
        if (map.TryGetValue(Swap(swap), out var v)) Got = v;
    }
    string Swap(bool swap) { if (swap) Console.WriteLine("swap"); return "a"; }
    public bool Has(string k, out int v) => map.TryGetValue(k, out v);
    public int Lookup(string k) => map.TryGetValue(k, out var v) ? v : -1;
}

public static class Program
{
    static int calls;
    static string Next(string k) { calls++; Console.WriteLine("key " + k); return k; }

    public static void Main()
    {
        var ints = new Dictionary<string, int> { ["one"] = 1, ["zero"] = 0 };
        var bools = new Dictionary<int, bool> { [1] = true };
        var strs = new Dictionary<string, string?> { ["n"] = null, ["s"] = "str" };
        var nullable = new Dictionary<string, int?> { ["n"] = null, ["v"] = 5 };
        var decs = new Dictionary<string, decimal> { ["m"] = 1.5m };
        var recs = new Dictionary<Key, string> { [new Key("x", 1)] = "rec" };
        var ci = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["Hello"] = 7 };

        int i = 99;
        Console.WriteLine(ints.TryGetValue("one", out i) + " " + i);
        Console.WriteLine(ints.TryGetValue("two", out i) + " " + i);
        Console.WriteLine(ints.TryGetValue("zero", out var z) + " " + z);
        Console.WriteLine(bools.TryGetValue(1, out var b1) + " " + b1 + " " + bools.TryGetValue(2, out var b2) + " " + b2);
        Console.WriteLine(strs.TryGetValue("n", out var sn) + " [" + sn + "] " + (sn == null));
        Console.WriteLine(strs.TryGetValue("s", out var ss) + " [" + ss + "] " + strs.TryGetValue("x", out var sx) + " " + (sx == null));
        Console.WriteLine(nullable.TryGetValue("n", out var nn) + " " + nn.HasValue + " " + nullable.TryGetValue("v", out var nv) + " " + nv + " " + nullable.TryGetValue("x", out var nx) + " " + nx.HasValue);
        Console.WriteLine(decs.TryGetValue("m", out var dm) + " " + dm + " " + decs.TryGetValue("x", out var dmx) + " " + dmx);
        Console.WriteLine(recs.TryGetValue(new Key("x", 1), out var r1) + " " + r1 + " " + recs.TryGetValue(new Key("x", 2), out var r2) + " " + (r2 == null));
        Console.WriteLine(ci.TryGetValue("HELLO", out var h) + " " + h + " " + ci.TryGetValue("bye", out _) + " " + ci.TryGetValue("hello", out _));

        // the out variable is the key
        var chain = new Dictionary<string, string> { ["a"] = "b", ["b"] = "c" };
        string k = "a";
        while (chain.TryGetValue(k, out k!)) Console.WriteLine("-> " + k);
        Console.WriteLine("end [" + k + "]");

        // the key expression runs once, after the dictionary was read, and may replace it
        var first = new Dictionary<string, int> { ["k"] = 1 };
        var second = new Dictionary<string, int> { ["k"] = 2 };
        var d = first;
        Console.WriteLine(d.TryGetValue(Next("k"), out var v1) + " " + v1 + " calls " + calls);
        Console.WriteLine(d.TryGetValue((d = second) == null ? "" : "k", out var v2) + " " + v2 + " " + d[("k")]);
        d = first;
        Func<string> swap = () => { d = second; return "k"; };
        Console.WriteLine(d.TryGetValue(swap(), out var v3) + " " + v3);
        string key = "k";
        Action rekey = () => key = "none";
        Console.WriteLine(first.TryGetValue(key, out var v4) + " " + v4);
        rekey();
        Console.WriteLine(first.TryGetValue(key, out var v5) + " " + v5);

        // a comparer that reads the out variable while the lookup runs
        var peeking = new Peeking();
        var pd = new Dictionary<string, string>(peeking) { ["a"] = "new" };
        string seen = "old";
        peeking.Peek = () => seen;
        Console.WriteLine(pd.TryGetValue("a", out seen!) + " " + seen + " peeked " + string.Join(",", peeking.Seen.Distinct()));

        // readonly fields, in and out of a constructor; an out parameter passed on
        Console.WriteLine(new Holder(true).Got + " " + new Holder(false).Lookup("a") + " " + new Holder(false).Lookup("b"));
        var hd = new Holder(false);
        Console.WriteLine(hd.Has("a", out var hv) + " " + hv + " " + hd.Has("q", out hv) + " " + hv);

        // in conditions and expressions
        int total = 0;
        foreach (var name in new[] { "one", "two", "zero" })
            if (ints.TryGetValue(name, out var n)) total += n + 10; else total += 100;
        Console.WriteLine(total);
        var cache = new Dictionary<int, string>();
        string Get(int x) { if (cache.TryGetValue(x, out var c)) return c + "*"; c = "v" + x; cache[x] = c; return c; }
        Console.WriteLine(Get(1) + Get(2) + Get(1));
    }
}
