using System;
using System.Collections.Generic;

static class Nullables
{
    public static T ValueOrDefault<T>(T? value) where T : struct => value ?? default;
    public static T? ParseOrNull<T>(string s, Func<string, (bool ok, T value)> parse) where T : struct
    {
        var (ok, value) = parse(s);
        return ok ? value : null;
    }
    public static string Describe<T>(T? v) where T : struct => v.HasValue ? $"{typeof(T).Name}({v.Value})" : $"{typeof(T).Name}?(null)";
}

struct Celsius { public double D; public override string ToString() => D + "C"; }

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(Nullables.ValueOrDefault<int>(null) + " " + Nullables.ValueOrDefault<int>(5) + " " + Nullables.ValueOrDefault<double>(null) + " " + Nullables.ValueOrDefault<bool>(null));
        Console.WriteLine(Nullables.ValueOrDefault<Celsius>(null) + " " + Nullables.ValueOrDefault<DayOfWeek>(null));
        var n = Nullables.ParseOrNull("42", s => (int.TryParse(s, out var x), x));
        var m = Nullables.ParseOrNull("4x2", s => (int.TryParse(s, out var x), x));
        Console.WriteLine(n + " " + (m == null));
        Console.WriteLine(Nullables.Describe<int>(3) + " " + Nullables.Describe<long>(null) + " " + Nullables.Describe<Celsius>(new Celsius { D = 1.5 }));
        var list = new List<int?> { 1, null, 3 };
        int sum = 0;
        foreach (var x in list) sum += Nullables.ValueOrDefault(x);
        Console.WriteLine(sum);
    }
}
