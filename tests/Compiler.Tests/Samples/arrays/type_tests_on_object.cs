using System;
using System.Collections.Generic;
using System.Linq;

// Type tests of arrays and collections held as object: element types decide (int[] is not string[],
// a List<int> is not an int[]), string[] is an object[] by array covariance, and `as` answers alike.
public static class Program
{
    static string Kind(object o) => o switch
    {
        int[] a => "int[" + a.Length + "]",
        string[] s => "string[" + s.Length + "]: " + string.Join("/", s),
        object[] os => "object[" + os.Length + "]",
        List<int> li => "List<int>(" + li.Sum() + ")",
        List<string> ls => "List<string>(" + ls.Count + ")",
        Dictionary<string, int> d => "Dictionary<string,int>(" + d.Count + ")",
        HashSet<int> h => "HashSet<int>(" + h.Count + ")",
        string str => "string " + str,
        null => "null",
        _ => "other",
    };

    static string Describe(object payload)
    {
        if (payload is byte[] bytes) return $"{bytes.Length} bytes";
        if (payload is string[] lines) return $"{lines.Length} lines";
        if (payload is IEnumerable<int> numbers) return $"numbers summing to {numbers.Sum()}";
        return "unknown payload";
    }

    public static void Main()
    {
        object o = new int[] { 1 };
        Console.WriteLine($"{o is int[]} {o is string[]} {o is List<int>} {o is object[]} {o is Array}");
        var items = new List<object> { new int[] { 1, 2 }, new string[] { "a", "b" }, new object[] { 1, "x", 2.5 }, new List<int> { 1, 2, 3 }, new List<string>(),
            new Dictionary<string, int> { ["a"] = 1 }, new HashSet<int> { 3 }, "text", new double[] { 1.5 }, new Queue<int>(), null! };
        foreach (var it in items) Console.WriteLine(Kind(it));

        object[] covariant = new string[] { "x", "y" };
        Console.WriteLine($"{covariant is string[]} {((object)covariant) is object[]} {covariant.Length}");
        object[] plain = new object[] { "x" };
        Console.WriteLine($"{plain is string[]} {plain is object[]}");
        object jagged = new int[][] { new[] { 1 } };
        Console.WriteLine($"{jagged is int[][]} {jagged is object[]} {jagged is int[]}");

        IEnumerable<int> seq = new List<int> { 4, 5 };
        Console.WriteLine($"{seq is int[]} {seq is List<int>} {(seq as List<int>)?.Count} {(seq as int[]) == null}");
        IEnumerable<int> arr = new[] { 7 };
        Console.WriteLine($"{arr is int[]} {arr is List<int>} {(arr as int[])?[0]}");

        foreach (var payload in new object[] { new byte[] { 1, 2, 3 }, new[] { "a", "b" }, new List<int> { 2, 3 }, new int[] { 10 }, new long[] { 1 } })
            Console.WriteLine(Describe(payload));

        var byKind = items.Where(x => x != null).GroupBy(x => x is int[] || x is double[] ? "numeric array" : x is Array ? "array" : "other")
            .Select(g => g.Key + "=" + g.Count());
        Console.WriteLine(string.Join(", ", byKind));
    }
}
