using System;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        long startMs = 1_717_000_000_000;
        long[] samples = { startMs, startMs + 1_500, startMs + 61_000, startMs + 3_600_000, startMs + 86_400_000 };
        foreach (var t in samples)
        {
            var dto = DateTimeOffset.FromUnixTimeMilliseconds(t);
            Console.WriteLine($"{t} {dto:yyyy-MM-dd HH:mm:ss.fff} +{(t - startMs) / 1000.0}s {dto.ToUnixTimeSeconds()}");
        }
        long nanos = 1_717_000_000_123_456_789;
        Console.WriteLine(nanos / 1_000_000_000 + "." + (nanos % 1_000_000_000).ToString("D9"));
        Console.WriteLine(TimeSpan.FromMilliseconds(samples[^1] - samples[0]).TotalHours);
        var deltas = samples.Zip(samples.Skip(1), (a, b) => b - a).ToArray();
        Console.WriteLine(string.Join(",", deltas) + " max " + deltas.Max());
        try { Console.WriteLine(new[] { long.MaxValue, 1L }.Sum()); }
        catch (OverflowException) { Console.WriteLine("Sum overflowed"); }
        Console.WriteLine(new DateTime(2024, 2, 29).Ticks - new DateTime(2023, 2, 28).Ticks);
        Console.WriteLine(DateTime.UnixEpoch.AddMilliseconds(startMs).ToString("o"));
    }
}
