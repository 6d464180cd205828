using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

sealed class Histogram
{
    private readonly double[] bounds;
    private readonly long[] counts;
    private double sum;
    private long count;
    public Histogram(params double[] bounds) { this.bounds = bounds; counts = new long[bounds.Length + 1]; }

    public void Observe(double v)
    {
        int i = 0;
        while (i < bounds.Length && v > bounds[i]) i++;
        counts[i]++;
        sum += v;
        count++;
    }

    public string Render(string name)
    {
        var sb = new StringBuilder();
        long cumulative = 0;
        for (int i = 0; i < bounds.Length; i++)
        {
            cumulative += counts[i];
            sb.Append(name).Append("_bucket{le=\"").Append(bounds[i].ToString(CultureInfo.InvariantCulture)).Append("\"} ").Append(cumulative).Append('\n');
        }
        cumulative += counts[bounds.Length];
        sb.Append(name).Append("_bucket{le=\"+Inf\"} ").Append(cumulative).Append('\n');
        sb.Append(name).Append("_sum ").Append(sum.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        sb.Append(name).Append("_count ").Append(count).Append('\n');
        return sb.ToString();
    }
}

public static class Program
{
    public static void Main()
    {
        var h = new Histogram(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1);
        foreach (var v in new[] { 0.003, 0.012, 0.012, 0.049, 0.05, 0.07, 0.3, 2.5, 0.0001, 0.1 }) h.Observe(v);
        Console.Write(h.Render("rtc_rtt_seconds"));
    }
}
