using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    static IEnumerable<int> Guarded()
    {
        try
        {
            Console.WriteLine("open");
            yield return 1;
            yield return 2;
            yield return 3;
        }
        finally
        {
            Console.WriteLine("close");
        }
    }

    static IEnumerable<T> Every<T>(IEnumerable<T> xs, int k)
    {
        int i = 0;
        foreach (var x in xs) { if (i++ % k == 0) yield return x; }
    }

    public static void Main()
    {
        foreach (var x in Guarded()) { Console.WriteLine("got " + x); if (x == 2) break; }
        Console.WriteLine(Guarded().Sum());
        Console.WriteLine(string.Join(",", Every("abcdefg", 3)));
        var tw = Every(Enumerable.Range(0, 10), 2);
        Console.WriteLine(tw.Count() + " " + tw.Count());
    }
}
