using System;
using System.Collections.Generic;
using System.Linq;

public sealed class Histogram
{
    private readonly decimal[] bounds;
    private readonly long[] counts;
    private decimal sum;
    private long total;

    public Histogram(params decimal[] bounds) { this.bounds = bounds; counts = new long[bounds.Length + 1]; }

    public void Observe(decimal v)
    {
        int i = Array.BinarySearch(bounds, v);
        if (i < 0) i = ~i;
        counts[i]++;
        sum += v;
        total++;
    }

    public IEnumerable<string> Lines(string name)
    {
        long cumulative = 0;
        for (int i = 0; i < bounds.Length; i++)
        {
            cumulative += counts[i];
            yield return $"{name}_bucket{{le=\"{bounds[i]}\"}} {cumulative}";
        }
        yield return $"{name}_bucket{{le=\"+Inf\"}} {total}";
        yield return $"{name}_sum {sum}";
        yield return $"{name}_count {total}";
    }
}

public static class Program
{
    public static void Main()
    {
        var h = new Histogram(0.005m, 0.01m, 0.025m, 0.05m, 0.1m, 0.25m);
        foreach (var v in new[] { 0.004m, 0.010m, 0.0125m, 0.2m, 0.75m, 0.049m, 0.05m, 0.001m })
            h.Observe(v);
        foreach (var line in h.Lines("rtt_seconds")) Console.WriteLine(line);
    }
}
