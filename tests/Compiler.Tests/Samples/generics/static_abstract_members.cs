using System;
using System.Collections.Generic;

interface IAdd<T> where T : IAdd<T>
{
    static abstract T operator +(T a, T b);
    static abstract T Zero { get; }
}

interface IScale<T> where T : IScale<T>
{
    static abstract T operator *(T a, double k);
    static abstract T operator -(T a);
}

readonly record struct Money(long Cents) : IAdd<Money>
{
    public static Money operator +(Money a, Money b) => new(a.Cents + b.Cents);
    public static Money Zero => new(0);
    public override string ToString() => $"{Cents / 100}.{Cents % 100:D2}";
}

record Vec(double X, double Y) : IAdd<Vec>, IScale<Vec>
{
    public static Vec operator +(Vec a, Vec b) => new(a.X + b.X, a.Y + b.Y);
    public static Vec operator *(Vec a, double k) => new(a.X * k, a.Y * k);
    public static Vec operator -(Vec a) => new(-a.X, -a.Y);
    public static Vec Zero { get; } = new(0, 0);
}

interface IShape { double Area(); }

interface IShapeInfo
{
    static abstract string Kind { get; }
    static abstract int Corners { get; }
    static abstract string Describe(int size);
}

class Square : IShape, IShapeInfo
{
    public double Side;
    public static string Kind => "square";
    public static int Corners => 4;
    public static string Describe(int size) => $"a {size}x{size} square";
    public double Area() => Side * Side;
}

class Circle : IShape, IShapeInfo
{
    public double R;
    public static string Kind => "circle";
    public static int Corners => 0;
    public static string Describe(int size) => $"a circle of radius {size}";
    public double Area() => Math.Round(Math.PI * R * R, 2);
}

interface IParseable<TSelf> where TSelf : IParseable<TSelf>
{
    static abstract TSelf Parse(string s);
    static abstract bool TryParse(string s, out TSelf result);
}

record Point(int X, int Y) : IParseable<Point>
{
    public static Point Parse(string s) =>
        TryParse(s, out var p) ? p : throw new FormatException($"bad point '{s}'");

    public static bool TryParse(string s, out Point result)
    {
        var parts = s.Split(',');
        if (parts.Length == 2 && int.TryParse(parts[0], out var x) && int.TryParse(parts[1], out var y))
        {
            result = new Point(x, y);
            return true;
        }
        result = new Point(0, 0);
        return false;
    }
}

interface ICounterFactory<TSelf> where TSelf : ICounterFactory<TSelf>
{
    static abstract TSelf Create(string name);
    string Name { get; }
}

class Counter : ICounterFactory<Counter>
{
    static int made;
    public string Name { get; }
    Counter(string name) { Name = name + "#" + ++made; }
    public static Counter Create(string name) => new(name);
}

static class Algo
{
    public static T Sum<T>(IEnumerable<T> xs) where T : IAdd<T>
    {
        T acc = T.Zero;
        foreach (var x in xs) acc += x;
        return acc;
    }

    public static T Mirror<T>(T v, double k) where T : IScale<T> => -(v * k);

    public static string Info<S>() where S : IShapeInfo => $"{S.Kind} ({S.Corners} corners): {S.Describe(3)}";

    public static List<T> ParseAll<T>(params string[] items) where T : IParseable<T>
    {
        var list = new List<T>();
        foreach (var s in items)
        {
            if (T.TryParse(s, out var v)) list.Add(v);
            else Console.WriteLine($"skip {s}");
        }
        return list;
    }

    public static T Make<T>(string name) where T : ICounterFactory<T> => T.Create(name);
}

class Ledger<T> where T : IAdd<T>
{
    readonly List<T> entries = new();
    public void Add(T x) => entries.Add(x);
    public T Total => Algo.Sum(entries);
}

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(Algo.Sum(new[] { new Money(150), new Money(275), new Money(5) }));
        Console.WriteLine(Algo.Sum(new List<Vec> { new(1, 2), new(3.5, -1) }));
        Console.WriteLine(Algo.Sum(new List<Vec>()));
        Console.WriteLine(Algo.Mirror(new Vec(1, -2), 2));
        Console.WriteLine(Algo.Info<Square>());
        Console.WriteLine(Algo.Info<Circle>());
        var shapes = new List<IShape> { new Square { Side = 2 }, new Circle { R = 1 } };
        foreach (var s in shapes) Console.WriteLine(s.Area());
        foreach (var p in Algo.ParseAll<Point>("1,2", "x", "30,-4")) Console.WriteLine(p);
        try { Point.Parse("1;2"); } catch (FormatException e) { Console.WriteLine(e.Message); }
        var a = Algo.Make<Counter>("a");
        var b = Algo.Make<Counter>("b");
        Console.WriteLine(a.Name + " " + b.Name);
        var ledger = new Ledger<Money>();
        ledger.Add(new Money(1999));
        ledger.Add(new Money(1));
        Console.WriteLine("total " + ledger.Total);
    }
}
