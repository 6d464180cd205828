using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var list = new LinkedList<string>();
        list.AddLast("b");
        list.AddFirst("a");
        var d = list.AddLast("d");
        list.AddBefore(d, "c");
        list.AddAfter(d, "e");
        Console.WriteLine(string.Join("->", list) + " count " + list.Count);
        Console.WriteLine(list.First!.Value + " " + list.Last!.Value + " " + d.Previous!.Value + " " + d.Next!.Value + " " + (list.First.Previous == null));
        list.Remove("c");
        list.RemoveFirst();
        Console.WriteLine(string.Join("->", list));
        var node = list.Find("d");
        Console.WriteLine(node != null && node.List == list);
        list.Remove(node!);
        Console.WriteLine(string.Join("->", list) + " " + (node!.List == null));
        for (var n = list.Last; n != null; n = n.Previous) Console.Write(n.Value);
        Console.WriteLine();
        var nums = new LinkedList<int>(Enumerable.Range(1, 6));
        for (var n = nums.First; n != null;)
        {
            var next = n.Next;
            if (n.Value % 2 == 0) nums.Remove(n);
            n = next;
        }
        Console.WriteLine(string.Join(",", nums) + " " + nums.Contains(3) + " " + nums.Sum());
        try { list.AddAfter(node!, "x"); }
        catch (InvalidOperationException e) { Console.WriteLine(e.GetType().Name); }
    }
}
