using System;
using System.Collections.Generic;

static class Log { public static readonly List<string> Lines = new List<string>(); }

static class Defaults<T>
{
    public static readonly T Value;
    public static readonly string Name;
    static Defaults()
    {
        Name = typeof(T).Name;
        Value = default!;
        Log.Lines.Add("init " + Name);
    }
}

class Id<T>
{
    private static int counter;
    public int Value { get; }
    public Id() { Value = ++counter; }
    public override string ToString() => typeof(T).Name + ":" + Value;
}

public static class Program
{
    public static void Main()
    {
        Log.Lines.Add("start");
        Console.WriteLine(Defaults<int>.Value + " " + Defaults<int>.Name);
        Console.WriteLine((Defaults<string>.Value ?? "null") + " " + Defaults<string>.Name);
        Console.WriteLine(Defaults<int>.Name);
        Console.WriteLine(Defaults<bool>.Value);
        Console.WriteLine(string.Join(" | ", Log.Lines));
        Console.WriteLine(new Id<string>() + " " + new Id<string>() + " " + new Id<int>() + " " + new Id<string>());
    }
}
