using System;
using System.Collections.Generic;

static class Registry
{
    public static readonly List<string> Names;
    public static int Counter = 10;
    static Registry()
    {
        Names = new List<string> { "init" };
        Counter += 5;
    }
    public static void Add(string n) { Names.Add(n); Counter++; }
}

class Counter
{
    public static int Instances;
    public static readonly string Prefix = "C";
    public const int Max = 3;
    public readonly int Id;
    public Counter() { Id = ++Instances; }
    public override string ToString() => Prefix + Id + "/" + Max;
}

public static class Program
{
    public static void Main()
    {
        Registry.Add("a");
        Registry.Add("b");
        Console.WriteLine(string.Join(",", Registry.Names) + " " + Registry.Counter);
        var c1 = new Counter();
        var c2 = new Counter();
        Console.WriteLine(c1 + " " + c2 + " total " + Counter.Instances);
    }
}
