using System;
using System.Collections.Generic;

class Node
{
    public string Name = "";
    public Node? Next;
    public List<string>? Tags;
    public string? Describe() => Name + (Next?.Name ?? "-");
}

public static class Program
{
    public static void Main()
    {
        var n = new Node { Name = "a", Next = new Node { Name = "b" } };
        Node? none = null;
        Console.WriteLine(n.Next?.Name);
        Console.WriteLine(n.Next?.Next?.Name ?? "end");
        Console.WriteLine(none?.Name ?? "null node");
        Console.WriteLine(none?.Describe() == null);
        Console.WriteLine(n.Describe());
        Console.WriteLine(n.Tags?.Count ?? 0);
        n.Tags = new List<string> { "x" };
        Console.WriteLine(n.Tags?.Count);
        Console.WriteLine(n.Tags?[0]);
        int? len = none?.Name.Length;
        Console.WriteLine(len.HasValue);
        string?[] arr = { null, "q" };
        Console.WriteLine(arr[0]?.ToUpperInvariant() ?? "(null)");
        Console.WriteLine(arr[1]?.ToUpperInvariant());
        List<int>? maybe = null;
        Console.WriteLine(maybe?[0] ?? -1);
        Action? act = null;
        act?.Invoke();
        act = () => Console.WriteLine("invoked");
        act?.Invoke();
        var lazy = none ?? new Node { Name = "created" };
        Console.WriteLine(lazy.Name);
    }
}
