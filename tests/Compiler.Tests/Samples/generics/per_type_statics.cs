using System;
using System.Collections.Generic;

static class TypeCounter<T>
{
    public static int Created;
    public static readonly List<string> Log = new List<string>();
    public static void Record(string what) { Created++; Log.Add(what); }
}

class Registry<TKey, TValue> where TKey : notnull
{
    private static int instances;
    private readonly Dictionary<TKey, TValue> items = new Dictionary<TKey, TValue>();

    public Registry() { instances++; }
    public static int Instances => instances;
    public void Add(TKey k, TValue v) => items[k] = v;
    public int Count => items.Count;
}

class Pool<T> where T : new()
{
    private static readonly Stack<T> free = new Stack<T>();
    public static int Allocated { get; private set; }
    public static T Rent() { if (free.Count > 0) return free.Pop(); Allocated++; return new T(); }
    public static void Return(T item) => free.Push(item);
    public static int FreeCount => free.Count;
}

class Buffer { public int Size = 16; }
class Message { public string Text = "hi"; }

public static class Program
{
    public static void Main()
    {
        TypeCounter<int>.Record("a");
        TypeCounter<int>.Record("b");
        TypeCounter<string>.Record("c");
        TypeCounter<List<int>>.Record("d");
        Console.WriteLine($"{TypeCounter<int>.Created} {TypeCounter<string>.Created} {TypeCounter<List<int>>.Created} {TypeCounter<double>.Created}");
        Console.WriteLine(string.Join(",", TypeCounter<int>.Log) + " | " + string.Join(",", TypeCounter<string>.Log));

        new Registry<string, int>().Add("x", 1);
        new Registry<string, int>();
        var r = new Registry<int, string>();
        r.Add(1, "one");
        Console.WriteLine($"{Registry<string, int>.Instances} {Registry<int, string>.Instances} {Registry<int, int>.Instances} {r.Count}");

        var b1 = Pool<Buffer>.Rent();
        var b2 = Pool<Buffer>.Rent();
        Pool<Buffer>.Return(b1);
        var b3 = Pool<Buffer>.Rent();
        var m = Pool<Message>.Rent();
        Console.WriteLine($"{Pool<Buffer>.Allocated} {Pool<Message>.Allocated} {ReferenceEquals(b1, b3)} {b2.Size} {m.Text} {Pool<Buffer>.FreeCount}");
    }
}
