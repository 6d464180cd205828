using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        foreach (var c in "abc") Console.Write(c + ".");
        Console.WriteLine();
        foreach (var x in new[] { 1, 2 }) Console.Write(x * 10 + " ");
        Console.WriteLine();
        IEnumerable<int> e = new List<int> { 3, 4 };
        foreach (var x in e) Console.Write(x + " ");
        Console.WriteLine();
        foreach (var kv in new Dictionary<int, bool> { [1] = true, [2] = false }) Console.Write(kv + " ");
        Console.WriteLine();
        foreach (var s in new HashSet<string> { "b", "a", "b" }) Console.Write(s);
        Console.WriteLine();
        foreach (var s in new Queue<string>(new[] { "q1", "q2" })) Console.Write(s);
        Console.WriteLine();
        var st = new Stack<int>(); st.Push(1); st.Push(2);
        foreach (var s in st) Console.Write(s);
        Console.WriteLine();
        var list = new List<int> { 1, 2, 3 };
        try
        {
            foreach (var x in list) if (x == 2) list.Add(4);
        }
        catch (InvalidOperationException) { Console.WriteLine("modified during enumeration"); }
    }
}
