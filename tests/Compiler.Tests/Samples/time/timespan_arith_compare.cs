using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    static string Human(TimeSpan t) =>
        t.TotalHours >= 1 ? $"{(int)t.TotalHours}h {t.Minutes}m" : t.TotalMinutes >= 1 ? $"{t.Minutes}m {t.Seconds}s" : $"{t.TotalSeconds:F1}s";

    public static void Main()
    {
        var spans = new List<TimeSpan> { TimeSpan.FromMilliseconds(2500), TimeSpan.FromMinutes(3.25), TimeSpan.FromHours(1.75), TimeSpan.FromSeconds(59.9) };
        foreach (var s in spans) Console.WriteLine(Human(s));
        var total = spans.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        Console.WriteLine(total + " " + Human(total));
        Console.WriteLine(spans.Max() + " " + spans.Min());
        Console.WriteLine(TimeSpan.FromSeconds(10) * 3 + " " + TimeSpan.FromSeconds(10) / 4);
        Console.WriteLine((-TimeSpan.FromSeconds(5)).Duration());
        Console.WriteLine(TimeSpan.FromMilliseconds(1).Ticks + " " + TimeSpan.TicksPerSecond);
        Console.WriteLine(TimeSpan.FromSeconds(3661).ToString() + " " + TimeSpan.FromDays(2).Days);
    }
}
