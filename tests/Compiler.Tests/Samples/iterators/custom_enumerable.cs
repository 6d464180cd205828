using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

class Ring : IEnumerable<int>
{
    private readonly int[] data;
    private readonly int start;
    public Ring(int[] data, int start) { this.data = data; this.start = start; }
    public IEnumerator<int> GetEnumerator()
    {
        for (int i = 0; i < data.Length; i++) yield return data[(start + i) % data.Length];
    }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

class Tree
{
    public int Value; public Tree? Left, Right;
    public Tree(int v, Tree? l = null, Tree? r = null) { Value = v; Left = l; Right = r; }
    public IEnumerable<int> InOrder()
    {
        if (Left != null) foreach (var x in Left.InOrder()) yield return x;
        yield return Value;
        if (Right != null) foreach (var x in Right.InOrder()) yield return x;
    }
}

public static class Program
{
    public static void Main()
    {
        var ring = new Ring(new[] { 1, 2, 3, 4 }, 2);
        Console.WriteLine(string.Join(",", ring));
        Console.WriteLine(ring.Where(x => x > 1).Sum());
        var t = new Tree(5, new Tree(3, new Tree(1)), new Tree(8, null, new Tree(9)));
        Console.WriteLine(string.Join(" ", t.InOrder()));
        Console.WriteLine(t.InOrder().Max());
    }
}
