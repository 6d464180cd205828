using System;

public static class Program
{
    public static void Main()
    {
        int? a = 5;
        int? b = null;
        Console.WriteLine(a + 1);
        Console.WriteLine(a + b);
        Console.WriteLine((a + b) == null);
        Console.WriteLine(a * 2 ?? -1);
        Console.WriteLine(b ?? 7);
        Console.WriteLine(a.HasValue + " " + b.HasValue + " " + a.Value + " " + b.GetValueOrDefault() + " " + b.GetValueOrDefault(3));
        Console.WriteLine(a > 3);
        Console.WriteLine(b > 3);
        Console.WriteLine(b < 3);
        Console.WriteLine(b == null);
        Console.WriteLine(a == 5);
        Console.WriteLine(b != 5);
        Console.WriteLine("[" + b + "]");
        Console.WriteLine($"[{b}] [{a}]");
        bool? t = true, n = null;
        Console.WriteLine(t & n);
        Console.WriteLine(false & n);
        Console.WriteLine(t | n);
        Console.WriteLine(n == true);
        double? d = 2.5;
        Console.WriteLine(-d);
        try { Console.WriteLine(b.Value); }
        catch (InvalidOperationException e) { Console.WriteLine("no value: " + e.Message); }
        int? c = a;
        c++;
        Console.WriteLine(a + " " + c);
        b += 1;
        Console.WriteLine(b == null);
        int plain = a ?? 0;
        Console.WriteLine(plain);
    }
}
