using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    static int Sum(ArraySegment<int> seg)
    {
        int s = 0;
        foreach (var x in seg) s += x;
        return s;
    }

    static IEnumerable<ArraySegment<T>> Chunks<T>(T[] data, int size)
    {
        for (int i = 0; i < data.Length; i += size)
            yield return new ArraySegment<T>(data, i, Math.Min(size, data.Length - i));
    }

    public static void Main()
    {
        var data = Enumerable.Range(1, 10).ToArray();
        var mid = new ArraySegment<int>(data, 3, 4);
        Console.WriteLine(mid.Count + " " + mid.Offset + " " + mid[0] + " " + Sum(mid));
        mid[1] = 100;
        Console.WriteLine(data[4]);
        Console.WriteLine(string.Join(",", mid.ToArray()));
        var inner = mid.Slice(1, 2);
        Console.WriteLine(string.Join(",", inner) + " " + inner.Offset);
        foreach (var c in Chunks(data, 4)) Console.WriteLine("[" + string.Join(" ", c) + "] sum " + Sum(c));
        IList<int> asList = mid;
        Console.WriteLine(asList.IndexOf(100) + " " + asList.Contains(7));
        try { var bad = new ArraySegment<int>(data, 8, 5); Console.WriteLine(bad.Count); }
        catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        try { Console.WriteLine(mid[4]); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }
    }
}
