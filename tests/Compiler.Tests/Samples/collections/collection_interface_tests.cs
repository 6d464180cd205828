using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    static string Kind(object o) => o switch
    {
        IDictionary<string, int> d => $"dict of {d.Count}",
        IList<string> l => $"strings [{string.Join(",", l)}]",
        IReadOnlyList<int> r => $"ints, first {(r.Count > 0 ? r[0] : -1)}",
        IEnumerable<double> e => $"doubles sum {e.Sum()}",
        ISet<int> s => $"set of {s.Count}",
        string s => $"text {s}",
        _ => o.GetType().Name,
    };

    static int CountOf(IEnumerable<int> xs) => (xs as IReadOnlyCollection<int>)?.Count ?? -1;

    public static void Main()
    {
        object[] things =
        {
            new Dictionary<string, int> { ["a"] = 1 }, new[] { "x", "y" }, new List<string> { "z" }, new List<int> { 7, 8 },
            new int[0], new double[] { 1.5, 2 }, new HashSet<int> { 1, 2, 3 }, "hello", new Dictionary<int, string>(), new Queue<int>(),
        };
        foreach (var t in things) Console.WriteLine(Kind(t));
        Console.WriteLine(CountOf(new List<int> { 1, 2 }) + " " + CountOf(new[] { 1 }) + " " + CountOf(Enumerable.Range(0, 3).Where(i => i > 0)));
        object o = new List<int>();
        Console.WriteLine((o is IEnumerable<int>) + " " + (o is IEnumerable<long>) + " " + (o is IEnumerable<object>) + " " + (new List<string>() as object is IEnumerable<object>));
        Console.WriteLine(o.GetType().Name + " " + things[1].GetType().Name + " " + things[0].GetType().Name);
    }
}
