using System;
using System.Collections.Generic;

interface IShape { double Area { get; } }
record Circle(double R) : IShape { public double Area => Math.Round(Math.PI * R * R, 2); }
record Square(double Side) : IShape { public double Area => Side * Side; }

static class Filters
{
    public static List<T> OfKind<T>(IEnumerable<object> items)
    {
        var result = new List<T>();
        foreach (var item in items)
            if (item is T t) result.Add(t);
        return result;
    }

    public static T? TryCast<T>(object o) where T : class => o as T;

    public static string NameOf<T>() => typeof(T).Name;

    public static bool Same<T, U>() => typeof(T) == typeof(U);
}

public static class Program
{
    public static void Main()
    {
        var things = new List<object> { new Circle(1), "label", new Square(2), 42, new Circle(0.5), 3.5, "other" };
        Console.WriteLine(string.Join(", ", Filters.OfKind<IShape>(things)));
        Console.WriteLine(string.Join(", ", Filters.OfKind<string>(things)));
        Console.WriteLine(string.Join(", ", Filters.OfKind<Circle>(things)));
        Console.WriteLine(string.Join(", ", Filters.OfKind<int>(things)));
        Console.WriteLine(Filters.TryCast<Square>(things[2])?.Side);
        Console.WriteLine(Filters.TryCast<Square>(things[0]) == null);
        Console.WriteLine(Filters.NameOf<Circle>() + " " + Filters.NameOf<int>() + " " + Filters.NameOf<string>() + " " + Filters.NameOf<List<int>>());
        Console.WriteLine(Filters.Same<int, int>() + " " + Filters.Same<int, long>() + " " + Filters.Same<Circle, IShape>());
        double total = 0;
        foreach (var s in Filters.OfKind<IShape>(things)) total += s.Area;
        Console.WriteLine(total);
    }
}
