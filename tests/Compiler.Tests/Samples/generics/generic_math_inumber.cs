using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;

static class Stats
{
    public static T Sum<T>(IEnumerable<T> xs) where T : INumber<T>
    {
        T acc = T.Zero;
        foreach (var x in xs) acc += x;
        return acc;
    }

    public static T Average<T>(IReadOnlyList<T> xs) where T : INumber<T>
    {
        if (xs.Count == 0) throw new InvalidOperationException("empty");
        return Sum(xs) / T.CreateChecked(xs.Count);
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

    public static (T Min, T Max) Range<T>(IEnumerable<T> xs) where T : INumber<T>, IMinMaxValue<T>
    {
        T lo = T.MaxValue, hi = T.MinValue;
        foreach (var x in xs) { lo = T.Min(lo, x); hi = T.Max(hi, x); }
        return (lo, hi);
    }

    public static T Clamp<T>(T v, T lo, T hi) where T : INumber<T> => T.Clamp(v, lo, hi);
    public static T Twice<T>(T x) where T : IAdditionOperators<T, T, T> => x + x;
    public static T Square<T>(T x) where T : IMultiplyOperators<T, T, T> => x * x;
    public static T Negate<T>(T x) where T : IUnaryNegationOperators<T, T> => -x;
    public static T One<T>() where T : INumberBase<T> => T.One;
    public static bool Between<T>(T x, T lo, T hi) where T : IComparisonOperators<T, T, bool> => x >= lo && x <= hi;
    public static T Remainder<T>(T a, T b) where T : IModulusOperators<T, T, T> => a % b;
    public static string Describe<T>(T x) where T : INumber<T> =>
        T.IsZero(x) ? "zero" : T.IsNegative(x) ? $"negative {T.Abs(x)}" : $"positive {x} sign {T.Sign(x)}";

    public static TOut Convert<TIn, TOut>(TIn x) where TIn : INumber<TIn> where TOut : INumber<TOut> => TOut.CreateTruncating(x);

    public static T Polynomial<T>(T x, params T[] coefficients) where T : INumber<T>
    {
        T result = T.Zero;
        foreach (var c in coefficients) result = result * x + c;
        return result;
    }
}

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(Stats.Sum(new[] { 1, 2, 3, 4 }));
        Console.WriteLine(Stats.Sum(new[] { 1.5, 2.25 }));
        Console.WriteLine(Stats.Sum(new[] { 1.1m, 2.2m }));
        Console.WriteLine(Stats.Sum(new List<long> { long.MaxValue / 2, long.MaxValue / 2 }));
        Console.WriteLine(Stats.Sum(new[] { int.MaxValue, 1 }));
        Console.WriteLine(Stats.Sum(Enumerable.Range(1, 100)));
        Console.WriteLine(Stats.Average(new[] { 1, 2, 4 }));
        Console.WriteLine(Stats.Average(new[] { 1.0, 2.0, 4.0 }));
        Console.WriteLine(Stats.Average(new List<decimal> { 1m, 2m, 4m }));
        try { Stats.Average(new int[0]); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(Stats.Max(new[] { 3, 9, -2 }) + " " + Stats.Max(new[] { 2.5, -1.0 }) + " " + Stats.Max(new[] { 0.5m, 0.25m }));
        var (lo, hi) = Stats.Range(new[] { 5, -3, 12, 7 });
        Console.WriteLine($"range {lo}..{hi}");
        var (dlo, dhi) = Stats.Range(new[] { 2.5, 0.1 });
        Console.WriteLine($"range {dlo}..{dhi}");
        Console.WriteLine(Stats.Clamp(15, 0, 10) + " " + Stats.Clamp(-0.5, 0.0, 1.0) + " " + Stats.Clamp(5m, 1m, 9m));
        Console.WriteLine(Stats.Twice(21) + " " + Stats.Twice(1.25) + " " + Stats.Twice(0.1m));
        Console.WriteLine(Stats.Square(12) + " " + Stats.Square(50000) + " " + Stats.Square(3000000000L) + " " + Stats.Square(1.5f));
        Console.WriteLine(Stats.Negate(5) + " " + Stats.Negate(-2.5) + " " + Stats.Negate(3m));
        Console.WriteLine(Stats.One<int>() + Stats.One<double>() + " " + Stats.One<decimal>());
        Console.WriteLine(Stats.Between(5, 1, 10) + " " + Stats.Between(0.5, 1.0, 2.0));
        Console.WriteLine(Stats.Remainder(17, 5) + " " + Stats.Remainder(-17, 5) + " " + Stats.Remainder(7.5, 2.0) + " " + Stats.Remainder(10.5m, 3m));
        try { Stats.Remainder(1, 0); } catch (DivideByZeroException) { Console.WriteLine("divide by zero"); }
        Console.WriteLine(Stats.Describe(0) + "; " + Stats.Describe(-7) + "; " + Stats.Describe(2.5) + "; " + Stats.Describe(-1.5m));
        Console.WriteLine(Stats.Convert<double, int>(3.99) + " " + Stats.Convert<int, double>(7) + " " + Stats.Convert<long, int>(3_000_000_000L) + " " + Stats.Convert<int, byte>(300));
        Console.WriteLine(Stats.Polynomial(2, 1, 0, -3) + " " + Stats.Polynomial(0.5, 4.0, 2.0, 1.0));
        Console.WriteLine(int.CreateSaturating(3_000_000_000L) + " " + int.CreateTruncating(3_000_000_000L) + " " + byte.CreateSaturating(-5));
        try { Console.WriteLine(int.CreateChecked(3_000_000_000L)); }
        catch (OverflowException e) { Console.WriteLine("overflow: " + e.Message); }
    }
}
