using System;
using System.Collections.Generic;

// `var d = new X { ... }` initialises the local itself: setters run in order on the new object, nested and
// collection initialisers, lambdas in the initialiser, a throwing setter, structs and closures in loops.
public class Node
{
    public string Name = "";
    public Node? Next;
    public List<int> Items { get; } = new List<int>();
    public Dictionary<string, int> Map = new Dictionary<string, int>();
    public Func<int, int> F = x => x;
    int weight;
    public int Weight { get => weight; set { Console.WriteLine("set Weight " + value + " on " + Name); weight = value; } }
    public Node Inner { get; set; } = null!;
    public override string ToString() => Name + "(" + weight + ")" + (Next == null ? "" : "->" + Next);
}

public struct Point { public int X; public int Y; public override string ToString() => "(" + X + "," + Y + ")"; }

public static class Program
{
    static int Throws(string why) => throw new InvalidOperationException(why);

    public static void Main()
    {
        var first = new Node { Name = "first", Weight = 1 };
        var second = new Node { Name = "second", Next = first, Weight = first.Weight + 1, Items = { 1, 2, 3 }, Map = { ["a"] = 1 } };
        Console.WriteLine(second + " " + second.Items.Count + " " + second.Map["a"]);
        var third = new Node { Name = "third", Inner = new Node { Name = "inner" }, F = d => d * 2 };
        var fourth = new Node { Name = "fourth", Inner = new Node(), F = fourth => fourth + 1 };
        var fifth = new Node { Name = "fifth", Inner = fourth, Next = fourth.Inner };
        fifth = new Node { Name = "sixth", Next = fifth, Items = { fifth.Items.Count + 7 } };
        Console.WriteLine(third.Inner + " " + third.F(21) + " " + fourth.F(1) + " " + fifth + " " + fifth.Items[0]);

        Node? broken = null;
        try
        {
            var partial = new Node { Name = "partial", Weight = Throws("no weight") };
            broken = partial;
        }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message + " " + (broken == null)); }

        var p = new Point { X = 3, Y = 4 };
        var q = p;
        q.X = 9;
        Console.WriteLine(p + " " + q);

        var makers = new List<Func<string>>();
        for (int i = 0; i < 3; i++)
        {
            var n = new Node { Name = "n" + i, Weight = i * 10 };
            makers.Add(() => n.ToString());
        }
        foreach (var m in makers) Console.WriteLine(m());

        object o = new Node { Name = "boxed" };
        IComparable<int>? none = null;
        var list = new List<Node> { new Node { Name = "a" }, new Node { Name = "b" } };
        Console.WriteLine(o + " " + (none == null) + " " + list.Count + " " + list[1].Name);
    }
}
