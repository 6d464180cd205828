using System;
using System.Collections.Generic;

// Computes per-second rates from cumulative counters (as WebRTC getStats() reports them), with an injected clock.
sealed class RateCalculator
{
    private readonly Dictionary<string, (double Value, long AtMs)> last = new Dictionary<string, (double, long)>();

    public double? Update(string key, double value, long nowMs)
    {
        double? rate = null;
        if (last.TryGetValue(key, out var prev))
        {
            long dt = nowMs - prev.AtMs;
            if (value < prev.Value) rate = null; // counter reset
            else if (dt > 0) rate = (value - prev.Value) * 1000.0 / dt;
        }
        last[key] = (value, nowMs);
        return rate;
    }
}

public static class Program
{
    public static void Main()
    {
        var calc = new RateCalculator();
        var samples = new (string Key, double Value, long At)[]
        {
            ("bytesSent", 0, 1000), ("bytesReceived", 500, 1000),
            ("bytesSent", 125000, 2000), ("bytesReceived", 1500, 3000),
            ("bytesSent", 250000, 2500), ("bytesSent", 1000, 3500),
            ("bytesSent", 64000, 4500), ("bytesSent", 64000, 4500),
        };
        foreach (var s in samples)
        {
            var r = calc.Update(s.Key, s.Value, s.At);
            var bits = r * 8;
            Console.WriteLine($"{s.At,5} {s.Key,-14} {(r.HasValue ? r.Value.ToString("F1") : "n/a"),10} B/s {(bits.HasValue ? (bits.Value / 1000).ToString("N2") + " kbit/s" : "")}");
        }
    }
}
