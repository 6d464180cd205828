using System;
using System.Collections.Generic;
using System.Text;

// A BCL length or count minus a constant 0..int.MaxValue stays in int's range (no wrap needed); other
// subtractions still wrap as .NET's int does.
public static class Program
{
    public static void Main()
    {
        string empty = "", s = "abc";
        var list = new List<int> { 1, 2, 3 };
        var arr = new int[0];
        var sb = new StringBuilder("xy");
        var dict = new Dictionary<string, int> { ["a"] = 1 };
        var set = new HashSet<int>();
        var q = new Queue<int>(); q.Enqueue(1);
        var st = new Stack<int>();
        Console.WriteLine((empty.Length - 1) + " " + (s.Length - 1) + " " + (list.Count - 0) + " " + (arr.Length - int.MaxValue) + " " + (s.Length - int.MaxValue));
        Console.WriteLine((sb.Length - 3) + " " + (dict.Count - 1) + " " + (set.Count - 2) + " " + (q.Count - 1) + " " + (st.Count - 1));
        Console.WriteLine(s[s.Length - 1] + " " + list[list.Count - 1] + " " + (s.Length - 1 == 2));
        int min = int.MinValue, n = s.Length;
        Console.WriteLine(unchecked(min - 1) + " " + unchecked(min - s.Length) + " " + unchecked(n - int.MinValue) + " " + unchecked(s.Length - 1 - int.MaxValue - 2));
        try { Console.WriteLine(checked(min - s.Length)); } catch (OverflowException) { Console.WriteLine("overflow"); }
    }
}
