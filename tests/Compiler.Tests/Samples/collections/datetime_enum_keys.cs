using System;
using System.Collections.Generic;
using System.Linq;

enum Shift { Early, Late, Night }

public static class Program
{
    public static void Main()
    {
        var rota = new Dictionary<DateTime, Shift>();
        var start = new DateTime(2024, 3, 1);
        for (int i = 0; i < 5; i++) rota[start.AddDays(i)] = (Shift)(i % 3);
        Console.WriteLine(rota[new DateTime(2024, 3, 3)]);
        Console.WriteLine(rota.ContainsKey(new DateTime(2024, 3, 6)));
        rota[new DateTime(2024, 3, 1)] = Shift.Night;
        Console.WriteLine(rota.Count + " " + rota[start]);

        var holidays = new HashSet<DateTime> { new DateTime(2024, 12, 25), new DateTime(2024, 1, 1) };
        Console.WriteLine(holidays.Contains(new DateTime(2024, 12, 25).Date));
        Console.WriteLine(holidays.Add(new DateTime(2024, 1, 1)));

        var byShift = rota.GroupBy(kv => kv.Value).OrderBy(g => g.Key);
        foreach (var g in byShift) Console.WriteLine($"{g.Key}: {string.Join(", ", g.Select(kv => kv.Key.ToString("MM-dd")))}");

        var slots = new Dictionary<(DateTime Day, Shift Shift), string>();
        slots[(start, Shift.Early)] = "ana";
        slots[(start.AddDays(1), Shift.Late)] = "bo";
        Console.WriteLine(slots.TryGetValue((new DateTime(2024, 3, 2), Shift.Late), out var who) ? who : "nobody");
        Console.WriteLine(slots.TryGetValue((new DateTime(2024, 3, 2), Shift.Early), out var none) ? none : "nobody");

        var perShift = new Dictionary<Shift, int>();
        foreach (var s in rota.Values) perShift[s] = perShift.GetValueOrDefault(s) + 1;
        foreach (var kv in perShift.OrderBy(kv => kv.Key)) Console.WriteLine($"{kv.Key}={kv.Value}");
    }
}
