using System;
using System.Collections.Generic;

// Each closed type gets its own id sequence and its own static constructor run.
static class Ids<T>
{
    private static int next;
    public static readonly string Prefix;
    static Ids() { Prefix = typeof(T).Name.ToLower(); Console.WriteLine("init " + Prefix); }
    public static string NewId() => Prefix + "-" + (++next);
}

class Order { }
class Invoice { }

public static class Program
{
    public static void Main()
    {
        Console.WriteLine("start");
        Console.WriteLine(Ids<Order>.NewId());
        Console.WriteLine(Ids<Order>.NewId());
        Console.WriteLine(Ids<Invoice>.NewId());
        Console.WriteLine(Ids<Order>.NewId() + " " + Ids<Invoice>.NewId());
        var made = new List<string>();
        for (int i = 0; i < 3; i++) made.Add(Ids<int>.NewId());
        Console.WriteLine(string.Join(",", made));
    }
}
