using System;
using System.Collections.Generic;
using System.Threading.Tasks;

// A task faulted by a library check (list index, GetRange, dictionary key, null dereference, Math.Round's
// digits) holds that .NET exception, with its class and message, as a catch would see it.
public static class Program
{
    static async Task<int> Index(List<int> xs, int i) { await Task.Yield(); return xs[i]; }
    static async Task<int> Range(List<int> xs, int i) { await Task.Yield(); return xs.GetRange(i, 1)[0]; }
    static async Task<int> Key(Dictionary<string, int> d) { await Task.Yield(); return d["missing"]; }
    static async Task<int> Null(string? s) { await Task.Yield(); return s!.Length; }
    static async Task<double> Round(int digits) { await Task.Yield(); return Math.Round(1.5, digits); }

    static async Task Show(string label, Task t)
    {
        try { await t; } catch { }
        var inner = t.Exception?.InnerException;
        Console.WriteLine(label + ": " + t.Status + " " + (inner == null ? "-" : inner.GetType().Name + ": " + inner.Message));
    }

    public static async Task Main()
    {
        var xs = new List<int> { 1, 2, 3 };
        await Show("index", Index(xs, 5));
        await Show("range", Range(xs, -1));
        await Show("key", Key(new Dictionary<string, int>()));
        await Show("null", Null(xs.Count > 10 ? "x" : null));
        await Show("round", Round(20));
        await Show("ok", Range(xs, 1));
        var cont = Task.FromResult(1).ContinueWith(t => xs[t.Result + 9]);
        await Show("continuation", cont);
    }
}
