using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

// Nullable<T>.Value where a test proved a value, and where none did (those still throw as .NET does).
static class Program
{
    static int? field;

    static int? Find(int k) => k % 2 == 0 ? k * 10 : null;

    static bool Claims([NotNullWhen(true)] int? x) => true;

    static string Describe(double? d)
    {
        if (d.HasValue) return "has " + d.Value;
        return d != null ? "never" : "none";
    }

    static int Sum(List<int?> xs)
    {
        int total = 0;
        foreach (var x in xs)
        {
            if (x == null) continue;
            total += x.Value;
            total += (int)x;
        }
        return total;
    }

    static string Try(Func<string> f)
    {
        try { return f(); }
        catch (InvalidOperationException e) { return "IOE: " + e.Message; }
    }

    static void Main()
    {
        Console.WriteLine(Describe(1.5));
        Console.WriteLine(Describe(null));
        Console.WriteLine(Sum(new List<int?> { 1, null, 3 }));
        int? a = Find(2);
        Console.WriteLine(a is not null ? a.Value : -1);
        int? b = Find(3);
        Console.WriteLine(b.HasValue ? b.Value : -1);
        Console.WriteLine(Try(() => b!.Value.ToString()));
        int? c = Find(4);
        if (c.HasValue)
        {
            c = Find(5);
            Console.WriteLine(Try(() => "no"));
            Console.WriteLine(Try(() => { int? local = Find(7); return local.HasValue ? local.Value.ToString() : "x"; }));
        }
        Console.WriteLine(Try(() => c!.Value.ToString()));
        int? d = Find(6);
        Action reset = () => d = null;
        if (d.HasValue)
        {
            reset();
            Console.WriteLine(Try(() => d!.Value.ToString()));
        }
        int? e = Find(9);
        if (Claims(e)) Console.WriteLine(Try(() => e.Value.ToString()));
        field = Find(8);
        if (field.HasValue) Console.WriteLine(field.Value);
        int? f = Find(10);
        while (f.HasValue)
        {
            Console.WriteLine((int)f);
            f = f.Value > 40 ? null : Find(f.Value + 10);
        }
        int? h = Find(13);
        try { if (Claims(h)) Console.WriteLine(h.Value); }
        catch (InvalidOperationException ex) { Console.WriteLine("claimed: " + ex.Message); }
        int? g = Find(11);
        Console.WriteLine(Try(() => ((int)g!).ToString()));
    }
}
