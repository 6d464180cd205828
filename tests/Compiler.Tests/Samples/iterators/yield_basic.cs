using System;
using System.Collections.Generic;

public static class Program
{
    static IEnumerable<int> Range(int from, int count)
    {
        Console.WriteLine("start range");
        for (int i = 0; i < count; i++) yield return from + i;
        Console.WriteLine("end range");
    }

    static IEnumerable<string> Words()
    {
        yield return "one";
        yield return "two";
        yield break;
    }

    static IEnumerable<int> Fib()
    {
        int a = 0, b = 1;
        while (true) { yield return a; (a, b) = (b, a + b); }
    }

    public static void Main()
    {
        var r = Range(5, 3);
        Console.WriteLine("created");
        foreach (var x in r) Console.WriteLine(x);
        Console.WriteLine("again");
        foreach (var x in r) Console.WriteLine(x);
        Console.WriteLine(string.Join(" ", Words()));
        int n = 0;
        foreach (var f in Fib()) { if (n++ == 10) break; Console.Write(f + " "); }
        Console.WriteLine();
    }
}
