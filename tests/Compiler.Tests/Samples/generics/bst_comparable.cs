using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

public sealed class Bst<T> : IEnumerable<T> where T : IComparable<T>
{
    private sealed class Node
    {
        public T Value;
        public Node? Left, Right;
        public Node(T v) => Value = v;
    }

    private Node? _root;
    public int Count { get; private set; }

    public bool Add(T value)
    {
        if (_root == null) { _root = new Node(value); Count++; return true; }
        var cur = _root;
        while (true)
        {
            int c = value.CompareTo(cur.Value);
            if (c == 0) return false;
            if (c < 0) { if (cur.Left == null) { cur.Left = new Node(value); break; } cur = cur.Left; }
            else { if (cur.Right == null) { cur.Right = new Node(value); break; } cur = cur.Right; }
        }
        Count++;
        return true;
    }

    public bool Contains(T value)
    {
        var cur = _root;
        while (cur != null)
        {
            int c = value.CompareTo(cur.Value);
            if (c == 0) return true;
            cur = c < 0 ? cur.Left : cur.Right;
        }
        return false;
    }

    public T Min() => _root == null ? throw new InvalidOperationException("empty tree") : Leftmost(_root).Value;
    private static Node Leftmost(Node n) { while (n.Left != null) n = n.Left; return n; }

    public int Height() => H(_root);
    private static int H(Node? n) => n == null ? 0 : 1 + Math.Max(H(n.Left), H(n.Right));

    public IEnumerator<T> GetEnumerator()
    {
        var stack = new Stack<Node>();
        var cur = _root;
        while (cur != null || stack.Count > 0)
        {
            while (cur != null) { stack.Push(cur); cur = cur.Left; }
            cur = stack.Pop();
            yield return cur.Value;
            cur = cur.Right;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

public record Version(int Major, int Minor) : IComparable<Version>
{
    public int CompareTo(Version? other) => other is null ? 1 : (Major, Minor).CompareTo((other.Major, other.Minor));
    public override string ToString() => $"v{Major}.{Minor}";
}

public static class Program
{
    public static void Main()
    {
        var ints = new Bst<int>();
        foreach (var x in new[] { 50, 30, 70, 20, 40, 60, 80, 30, 65 }) Console.Write(ints.Add(x) ? "+" : "=");
        Console.WriteLine($" count={ints.Count} height={ints.Height()} min={ints.Min()}");
        Console.WriteLine(string.Join(" ", ints));
        Console.WriteLine(ints.Contains(65) + " " + ints.Contains(66) + " " + ints.Where(i => i % 20 == 0).Sum());

        var words = new Bst<string>();
        foreach (var w in "the quick brown fox jumps over the lazy dog".Split(' ')) words.Add(w);
        Console.WriteLine(string.Join(",", words) + " " + words.Count);

        var versions = new Bst<Version>();
        foreach (var v in new[] { new Version(1, 10), new Version(1, 2), new Version(2, 0), new Version(1, 2), new Version(0, 9) }) versions.Add(v);
        Console.WriteLine(string.Join(" < ", versions) + " first=" + versions.First() + " last=" + versions.Last());
        try { new Bst<double>().Min(); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(Comparer<Version>.Default.Compare(new Version(3, 1), new Version(3, 0)) + " " + (1, "b").CompareTo((1, "a")));
    }
}
