using System;
using System.Collections.Generic;
using System.Linq;

class Scaler
{
    private readonly int factor;
    public Scaler(int f) { factor = f; }
    public int Scale(int x) => x * factor;
    public Func<int, int> AsFunc() => Scale;
}

public static class Program
{
    static bool IsPositive(int x) => x > 0;

    public static void Main()
    {
        var s3 = new Scaler(3);
        Func<int, int> f = s3.Scale;
        Console.WriteLine(f(5));
        Console.WriteLine(string.Join(",", new[] { 1, 2, 3 }.Select(s3.Scale)));
        Console.WriteLine(string.Join(",", new[] { -1, 2, -3, 4 }.Where(IsPositive)));
        var fs = new List<Func<int, int>> { new Scaler(2).AsFunc(), new Scaler(10).Scale, x => -x };
        Console.WriteLine(string.Join(",", fs.Select(g => g(4))));
        Func<string, string> up = s => s.ToUpperInvariant();
        Console.WriteLine(string.Join(" ", new[] { "a", "b" }.Select(up)));
        Func<object, string> str = o => o.ToString() ?? "";
        Console.WriteLine(str(42) + str(true));
    }
}
