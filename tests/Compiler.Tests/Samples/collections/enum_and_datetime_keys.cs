using System;
using System.Collections.Generic;
using System.Linq;

public enum Severity { Info, Warning, Error }

public static class Program
{
    public static void Main()
    {
        var counts = new Dictionary<Severity, int>();
        foreach (var s in new[] { Severity.Error, Severity.Info, Severity.Error, Severity.Warning, Severity.Error })
            counts[s] = counts.GetValueOrDefault(s) + 1;
        foreach (var kv in counts) Console.WriteLine(kv.Key + " " + kv.Value);
        Console.WriteLine(counts.Keys.Max());

        var byDay = new Dictionary<DateTime, List<string>>();
        var events = new[]
        {
            (new DateTime(2024, 3, 1, 9, 30, 0), "deploy"),
            (new DateTime(2024, 3, 2, 14, 0, 0), "rollback"),
            (new DateTime(2024, 3, 1, 17, 45, 0), "alert"),
        };
        foreach (var (when, what) in events)
        {
            var day = when.Date;
            if (!byDay.TryGetValue(day, out var list)) byDay[day] = list = new List<string>();
            list.Add(what);
        }
        Console.WriteLine(byDay.Count);
        foreach (var kv in byDay) Console.WriteLine(kv.Key.ToString("yyyy-MM-dd") + ": " + string.Join(",", kv.Value));
        Console.WriteLine(byDay.ContainsKey(new DateTime(2024, 3, 2)));
        var spans = new HashSet<TimeSpan> { TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(60), TimeSpan.FromHours(1) };
        Console.WriteLine(spans.Count);
        var guids = new HashSet<Guid> { Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff"), new Guid("6F9619FF-8B86-D011-B42D-00C04FC964FF") };
        Console.WriteLine(guids.Count);
    }
}
