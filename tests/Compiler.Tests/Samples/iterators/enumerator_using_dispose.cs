using System;
using System.Collections.Generic;

public static class Program
{
    static IEnumerable<int> Numbers(List<string> log)
    {
        try
        {
            for (int i = 1; ; i++) { log.Add("make " + i); yield return i; }
        }
        finally { log.Add("cleanup"); }
    }

    public static void Main()
    {
        var log = new List<string>();
        using (var e = Numbers(log).GetEnumerator())
        {
            e.MoveNext(); e.MoveNext();
            Console.WriteLine(e.Current);
        }
        Console.WriteLine(string.Join(", ", log));
        log.Clear();
        IEnumerator<int> it = Numbers(log).GetEnumerator();
        it.MoveNext();
        it.Dispose();
        Console.WriteLine(string.Join(", ", log));
        using var list = new List<int> { 4, 5 }.GetEnumerator();
        while (list.MoveNext()) Console.Write(list.Current + " ");
        Console.WriteLine();
    }
}
