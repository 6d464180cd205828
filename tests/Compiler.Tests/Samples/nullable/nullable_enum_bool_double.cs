using System;
using System.Collections.Generic;

enum Mode { Off, On }

public static class Program
{
    static string Show<T>(T? v) where T : struct => v.HasValue ? "has " + v.Value : "empty";

    public static void Main()
    {
        Mode? m = null;
        Console.WriteLine(Show(m));
        m = Mode.On;
        Console.WriteLine(Show(m) + " " + (m == Mode.On));
        bool? flag = null;
        Console.WriteLine(flag ?? false);
        Console.WriteLine(flag.HasValue);
        flag = !true;
        Console.WriteLine(flag);
        double? d = null;
        var list = new List<double?> { 1.5, null, 2.5 };
        double sum = 0;
        foreach (var x in list) sum += x ?? 0;
        Console.WriteLine(sum + " " + (d ?? -1));
        Console.WriteLine(Show<int>(null) + " " + Show<int>(0));
        int? a = 3;
        int? b = a * null;
        Console.WriteLine(b.HasValue);
        long? l = 5;
        Console.WriteLine(l + 1L);
        Console.WriteLine(Nullable.Compare<int>(1, null) + " " + Nullable.Equals<int>(null, null));
    }
}
