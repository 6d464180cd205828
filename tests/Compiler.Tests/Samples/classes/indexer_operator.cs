using System;
using System.Collections.Generic;

class Vec
{
    public readonly double X, Y;
    public Vec(double x, double y) { X = x; Y = y; }
    public static Vec operator +(Vec a, Vec b) => new Vec(a.X + b.X, a.Y + b.Y);
    public static Vec operator *(Vec a, double k) => new Vec(a.X * k, a.Y * k);
    public static Vec operator -(Vec a) => new Vec(-a.X, -a.Y);
    public static bool operator ==(Vec? a, Vec? b) => a is null ? b is null : b is not null && a.X == b.X && a.Y == b.Y;
    public static bool operator !=(Vec? a, Vec? b) => !(a == b);
    public override bool Equals(object? o) => o is Vec v && this == v;
    public override int GetHashCode() => 0;
    public override string ToString() => $"({X}, {Y})";
}

class Bag
{
    private readonly Dictionary<string, int> items = new Dictionary<string, int>();
    public int this[string key]
    {
        get => items.TryGetValue(key, out var v) ? v : 0;
        set => items[key] = value;
    }
    public int this[int a, int b] => a * 10 + b;
}

public static class Program
{
    public static void Main()
    {
        var v = new Vec(1, 2) + new Vec(3, 4) * 2;
        Console.WriteLine(v);
        Console.WriteLine(-v);
        Console.WriteLine(v == new Vec(7, 10));
        Console.WriteLine(v != new Vec(7, 10));
        var bag = new Bag();
        bag["x"] = 3;
        bag["x"] += 4;
        Console.WriteLine(bag["x"] + " " + bag["missing"] + " " + bag[4, 2]);
    }
}
