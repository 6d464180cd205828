using System;
using System.Collections.Generic;
using System.Linq;

interface IShape
{
    double Area { get; }
    double Perimeter { get; }
    string Name => GetType().Name.ToLowerInvariant();
    double Compactness => 4 * Math.PI * Area / (Perimeter * Perimeter);
    string Report() => $"{Name}: area {Area:F2}, perimeter {Perimeter:F2}, compactness {Compactness:F3}";
    static IShape Largest(IEnumerable<IShape> shapes) => shapes.OrderByDescending(s => s.Area).First();
}

interface IStore<TKey, TValue> where TKey : notnull
{
    bool TryGet(TKey key, out TValue value);
    void Put(TKey key, TValue value);
    TValue GetOrAdd(TKey key, Func<TKey, TValue> make)
    {
        if (TryGet(key, out var v)) return v;
        v = make(key);
        Put(key, v);
        return v;
    }
    TValue GetOr(TKey key, TValue fallback) => TryGet(key, out var v) ? v : fallback;
}

class Circle : IShape
{
    public double R { get; init; }
    public double Area => Math.PI * R * R;
    public double Perimeter => 2 * Math.PI * R;
}

class Rect : IShape
{
    public double W { get; init; }
    public double H { get; init; }
    public double Area => W * H;
    public double Perimeter => 2 * (W + H);
    public virtual string Name => W == H ? "square" : "rectangle";
}

class Frame : Rect
{
    public override string Name => "frame";
}

struct Triangle : IShape
{
    public double A, B, C;
    public double Perimeter => A + B + C;
    public double Area
    {
        get
        {
            var s = Perimeter / 2;
            return Math.Sqrt(s * (s - A) * (s - B) * (s - C));
        }
    }
}

class DictStore<TKey, TValue> : IStore<TKey, TValue> where TKey : notnull
{
    readonly Dictionary<TKey, TValue> d = new();
    public int Misses { get; private set; }
    public bool TryGet(TKey key, out TValue value)
    {
        if (d.TryGetValue(key, out value!)) return true;
        Misses++;
        return false;
    }
    public void Put(TKey key, TValue value) => d[key] = value;
}

public static class Program
{
    public static void Main()
    {
        var shapes = new List<IShape>
        {
            new Circle { R = 1 }, new Rect { W = 2, H = 3 }, new Rect { W = 2, H = 2 },
            new Frame { W = 4, H = 1 }, new Triangle { A = 3, B = 4, C = 5 },
        };
        foreach (var s in shapes) Console.WriteLine(s.Report());
        Console.WriteLine(((IShape)new Frame { W = 1, H = 1 }).Report());
        Console.WriteLine("largest: " + IShape.Largest(shapes).Name);
        Console.WriteLine(string.Join(", ", shapes.Select(s => s.Name)));
        IStore<string, int> store = new DictStore<string, int>();
        int calls = 0;
        foreach (var w in "the cat and the hat and the bat".Split(' '))
            store.GetOrAdd(w, k => { calls++; return k.Length * 10; });
        Console.WriteLine($"{calls} computed, the={store.GetOr("the", -1)}, dog={store.GetOr("dog", -1)}, misses={((DictStore<string, int>)store).Misses}");
    }
}
