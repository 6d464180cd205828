using System;
using System.Collections.Generic;

readonly struct Vec2 : IEquatable<Vec2>
{
    public double X { get; }
    public double Y { get; }
    public Vec2(double x, double y) { X = x; Y = y; }
    public static readonly Vec2 Zero = new Vec2(0, 0);
    public double Length => Math.Sqrt(X * X + Y * Y);
    public static Vec2 operator +(Vec2 a, Vec2 b) => new Vec2(a.X + b.X, a.Y + b.Y);
    public static Vec2 operator -(Vec2 a, Vec2 b) => new Vec2(a.X - b.X, a.Y - b.Y);
    public static Vec2 operator *(Vec2 a, double k) => new Vec2(a.X * k, a.Y * k);
    public static Vec2 operator -(Vec2 a) => new Vec2(-a.X, -a.Y);
    public static bool operator ==(Vec2 a, Vec2 b) => a.Equals(b);
    public static bool operator !=(Vec2 a, Vec2 b) => !a.Equals(b);
    public bool Equals(Vec2 other) => X == other.X && Y == other.Y;
    public override bool Equals(object? obj) => obj is Vec2 v && Equals(v);
    public override int GetHashCode() => HashCode.Combine(X, Y);
    public override string ToString() => $"({X}, {Y})";
}

struct Celsius
{
    public double Degrees;
    public Celsius(double d) { Degrees = d; }
    public static implicit operator Celsius(double d) => new Celsius(d);
    public static explicit operator double(Celsius c) => c.Degrees;
    public static explicit operator Fahrenheit(Celsius c) => new Fahrenheit(c.Degrees * 9 / 5 + 32);
    public override string ToString() => $"{Degrees:F1}°C";
}

struct Fahrenheit
{
    public double Degrees;
    public Fahrenheit(double d) { Degrees = d; }
    public override string ToString() => $"{Degrees:F1}°F";
}

public static class Program
{
    public static void Main()
    {
        var a = new Vec2(1, 2);
        var b = new Vec2(3, -1);
        Console.WriteLine(a + b);
        Console.WriteLine(a - b);
        Console.WriteLine(-a * 2);
        Console.WriteLine((a + b).Length);
        Console.WriteLine(a == new Vec2(1, 2));
        Console.WriteLine(a != b);
        Console.WriteLine(Vec2.Zero == default(Vec2));
        Console.WriteLine(a.Equals((object)new Vec2(1, 2)));
        var seen = new HashSet<Vec2> { a, b, new Vec2(1, 2) };
        Console.WriteLine(seen.Count);
        Celsius c = 21.5;
        Console.WriteLine(c + " = " + (Fahrenheit)c + " raw " + (double)c);
        var sum = Vec2.Zero;
        foreach (var v in new[] { a, b, a }) sum += v;
        Console.WriteLine(sum);
    }
}
