using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    static bool Balanced(string s)
    {
        var stack = new Stack<char>();
        foreach (var c in s)
        {
            if ("([{".Contains(c)) stack.Push(c);
            else if (")]}".Contains(c))
            {
                if (!stack.TryPop(out var open) || "([{".IndexOf(open) != ")]}".IndexOf(c)) return false;
            }
        }
        return stack.Count == 0;
    }

    public static void Main()
    {
        foreach (var s in new[] { "(a[b]{c})", "(]", "((", "" }) Console.Write(Balanced(s) + " ");
        Console.WriteLine();
        var q = new Queue<int>(new[] { 1, 2, 3 });
        q.Enqueue(4);
        Console.WriteLine(q.Dequeue() + " " + q.Peek() + " " + string.Join(",", q) + " " + q.Contains(4) + " " + string.Join(",", q.ToArray()));
        Console.WriteLine(q.TryDequeue(out var x) + " " + x + " " + q.TryPeek(out var y) + " " + y);
        var st = new Stack<string>(new[] { "a", "b", "c" });
        Console.WriteLine(string.Join(",", st) + " " + st.Peek() + " " + string.Join(",", st.ToArray()) + " " + st.First() + " " + st.ElementAt(2));
        var copy = new Stack<string>(st);
        Console.WriteLine(string.Join(",", copy));
        try { new Stack<int>().Pop(); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { new Queue<int>().Dequeue(); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
    }
}
