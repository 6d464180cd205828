using System;

public static class Program
{
    static string Compact(double v)
    {
        if (double.IsNaN(v)) return "?";
        var abs = Math.Abs(v);
        if (abs >= 1e9) return (v / 1e9).ToString("0.#") + "G";
        if (abs >= 1e6) return (v / 1e6).ToString("0.#") + "M";
        if (abs >= 1e3) return (v / 1e3).ToString("0.#") + "k";
        return Math.Round(v).ToString();
    }

    static string Bitrate(double bitsPerSecond) =>
        bitsPerSecond >= 1_000_000 ? $"{bitsPerSecond / 1_000_000:F1} Mbps" : bitsPerSecond >= 1000 ? $"{bitsPerSecond / 1000:F0} kbps" : $"{bitsPerSecond:F0} bps";

    public static void Main()
    {
        foreach (var v in new[] { 0, 7.5, 999, 1000, 1049, 1050, 15_500, 999_999, 2_340_000, 7_000_000_000, -2500, double.NaN })
            Console.WriteLine($"{v,14} -> {Compact(v),6} | {Bitrate(v)}");
    }
}
