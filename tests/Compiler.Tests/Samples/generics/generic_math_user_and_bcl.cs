using System;
using System.Collections.Generic;
using System.Numerics;

interface IAdd<T> where T : IAdd<T>
{
    static abstract T operator +(T a, T b);
    static abstract T Zero { get; }
}

readonly record struct Money(long Cents) : IAdd<Money>
{
    public static Money operator +(Money a, Money b) => new(a.Cents + b.Cents);
    public static Money Zero => new(0);
    public override string ToString() => $"{Cents / 100}.{Cents % 100:D2}";
}

record Vec(double X, double Y) : IAdd<Vec>
{
    public static Vec operator +(Vec a, Vec b) => new(a.X + b.X, a.Y + b.Y);
    public static Vec Zero { get; } = new(0, 0);
}

interface IShape { double Area(); }

interface IShapeInfo
{
    static abstract string Kind { get; }
    static abstract string Describe();
}

class Square : IShape, IShapeInfo
{
    public double Side;
    public static string Kind => "square";
    public static string Describe() => "shape";
    public double Area() => Side * Side;
}

class Circle : IShape, IShapeInfo
{
    public double R;
    public static string Kind => "circle";
    public static string Describe() => "round shape";
    public double Area() => Math.Round(Math.PI * R * R, 2);
}

interface IParseable<TSelf> where TSelf : IParseable<TSelf>
{
    static abstract TSelf Parse(string s);
}

record Point(int X, int Y) : IParseable<Point>
{
    public static Point Parse(string s)
    {
        var parts = s.Split(',');
        return new Point(int.Parse(parts[0]), int.Parse(parts[1]));
    }
}

static class Algo
{
    public static T Sum<T>(IEnumerable<T> xs) where T : IAdd<T>
    {
        T acc = T.Zero;
        foreach (var x in xs) acc = acc + x;
        return acc;
    }

    public static T SumNumbers<T>(IEnumerable<T> xs) where T : INumber<T>
    {
        T acc = T.Zero;
        foreach (var x in xs) acc += x;
        return acc;
    }

    public static T Average<T>(IReadOnlyList<T> xs) where T : INumber<T>
    {
        T sum = T.Zero;
        foreach (var x in xs) sum += x;
        return sum / T.CreateChecked(xs.Count);
    }

    public static T Max<T>(IEnumerable<T> xs) where T : INumber<T>
    {
        bool first = true;
        T best = T.Zero;
        foreach (var x in xs)
        {
            if (first || x > best) best = x;
            first = false;
        }
        return best;
    }

    public static T Clamp<T>(T v, T lo, T hi) where T : INumber<T> => T.Clamp(v, lo, hi);

    public static string Info<S>() where S : IShapeInfo => $"{S.Kind}: {S.Describe()}";

    public static List<T> ParseAll<T>(params string[] items) where T : IParseable<T>
    {
        var list = new List<T>();
        foreach (var s in items) list.Add(T.Parse(s));
        return list;
    }

    public static T Double<T>(T x) where T : IAdditionOperators<T, T, T> => x + x;
    public static T One<T>() where T : INumberBase<T> => T.One;
}

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(Algo.Sum(new[] { new Money(150), new Money(275), new Money(5) }));
        Console.WriteLine(Algo.Sum(new List<Vec> { new(1, 2), new(3.5, -1) }));
        Console.WriteLine(Algo.Sum(new List<Vec>()));
        Console.WriteLine(Algo.SumNumbers(new[] { 1, 2, 3, 4 }));
        Console.WriteLine(Algo.SumNumbers(new[] { 1.5, 2.25 }));
        Console.WriteLine(Algo.SumNumbers(new[] { 1.1m, 2.2m }));
        Console.WriteLine(Algo.SumNumbers(new long[] { long.MaxValue / 2, long.MaxValue / 2 }));
        Console.WriteLine(Algo.Average(new[] { 1, 2, 4 }));
        Console.WriteLine(Algo.Average(new[] { 1.0, 2.0, 4.0 }));
        Console.WriteLine(Algo.Average(new List<decimal> { 1m, 2m, 4m }));
        Console.WriteLine(Algo.Max(new[] { 3, 9, -2 }) + " " + Algo.Max(new[] { 2.5, -1.0 }));
        Console.WriteLine(Algo.Clamp(15, 0, 10) + " " + Algo.Clamp(-0.5, 0.0, 1.0));
        Console.WriteLine(Algo.Info<Square>());
        Console.WriteLine(Algo.Info<Circle>());
        var shapes = new List<IShape> { new Square { Side = 2 }, new Circle { R = 1 } };
        foreach (var s in shapes) Console.WriteLine(s.Area());
        foreach (var p in Algo.ParseAll<Point>("1,2", "30,-4")) Console.WriteLine(p);
        Console.WriteLine(Algo.Double(21) + " " + Algo.Double(1.25));
        Console.WriteLine(Algo.One<int>() + Algo.One<double>());
        try
        {
            Console.WriteLine(Algo.SumNumbers(new[] { int.MaxValue, 1 }));
            checked { Console.WriteLine(int.CreateChecked(3_000_000_000L)); }
        }
        catch (OverflowException e) { Console.WriteLine("overflow: " + e.Message); }
        Console.WriteLine(int.CreateSaturating(3_000_000_000L) + " " + int.CreateTruncating(3_000_000_000L));
    }
}
