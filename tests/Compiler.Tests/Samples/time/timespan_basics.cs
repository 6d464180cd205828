using System;

public static class Program
{
    public static void Main()
    {
        var a = TimeSpan.FromSeconds(90);
        Console.WriteLine(a);
        Console.WriteLine(a.TotalMilliseconds + " " + a.TotalSeconds + " " + a.TotalMinutes);
        Console.WriteLine(a.Minutes + " " + a.Seconds);
        var b = TimeSpan.FromMilliseconds(1500);
        Console.WriteLine(b);
        Console.WriteLine(a + b);
        Console.WriteLine(a - b);
        Console.WriteLine(b - a);
        Console.WriteLine(TimeSpan.FromHours(26.5));
        Console.WriteLine(TimeSpan.FromDays(1.5).TotalHours);
        Console.WriteLine(TimeSpan.Zero + " " + (a > b) + " " + (a == TimeSpan.FromMinutes(1.5)));
        Console.WriteLine(new TimeSpan(1, 2, 3));
        Console.WriteLine(new TimeSpan(2, 3, 4, 5));
        Console.WriteLine(TimeSpan.FromMinutes(5).Ticks);
        Console.WriteLine(a.CompareTo(b) + " " + TimeSpan.FromSeconds(0.25).TotalMilliseconds);
        Console.WriteLine($"{a.TotalSeconds:F1}s");
        var interval = TimeSpan.FromSeconds(15);
        Console.WriteLine((int)interval.TotalMilliseconds);
    }
}
