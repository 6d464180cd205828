using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        var set = new HashSet<string> { "a", "b" };
        Console.WriteLine(set.Add("c") + " " + set.Add("a") + " " + set.Count);
        Console.WriteLine(set.Contains("b") + " " + set.Remove("b") + " " + set.Contains("b"));
        var other = new HashSet<string> { "c", "d" };
        set.UnionWith(other);
        // element order after a Remove is an implementation detail of HashSet: print sorted
        var sorted = new List<string>(set);
        sorted.Sort(string.CompareOrdinal);
        Console.WriteLine(string.Join(",", sorted));
        var nums = new HashSet<int> { 1, 2, 3, 4 };
        nums.IntersectWith(new[] { 2, 4, 6 });
        Console.WriteLine(string.Join(",", nums));
        nums.ExceptWith(new[] { 2 });
        Console.WriteLine(string.Join(",", nums));

        var q = new Queue<int>();
        q.Enqueue(1); q.Enqueue(2); q.Enqueue(3);
        Console.WriteLine(q.Peek() + " " + q.Dequeue() + " " + q.Count);
        Console.WriteLine(string.Join(",", q));
        Console.WriteLine(q.TryDequeue(out var x) + " " + x);

        var st = new Stack<string>();
        st.Push("x"); st.Push("y"); st.Push("z");
        Console.WriteLine(st.Peek() + " " + st.Pop() + " " + st.Count);
        Console.WriteLine(string.Join(",", st));
        Console.WriteLine(st.TryPop(out var top) + " " + top);
        st.Clear();
        try { st.Pop(); }
        catch (InvalidOperationException e) { Console.WriteLine("empty: " + e.Message); }
        try { new Queue<int>().Dequeue(); }
        catch (InvalidOperationException e) { Console.WriteLine("empty: " + e.Message); }
    }
}
