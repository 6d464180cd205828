using System;
using System.Collections.Generic;

public static class Program
{
    static string Ext(string file) => file.LastIndexOf('.') is var dot and >= 0 ? file[(dot + 1)..] : "";

    public static void Main()
    {
        string line = "# TYPE rtc_jitter_seconds gauge";
        Console.WriteLine(line[2..6] + "|" + line[7..^6] + "|" + line[^5..] + "|" + line[..1]);
        Console.WriteLine(Ext("report.final.csv") + " " + Ext("README") + " [" + line[3..3] + "]");
        var parts = "v1.12.3".Split('.');
        Console.WriteLine(parts[0][1..] + " " + string.Join("-", parts[1..]));
        var samples = new List<double> { 0.1, 0.2, 0.4, 0.8, 1.6 };
        var recent = samples[^3..];
        recent[0] = 9;
        Console.WriteLine(string.Join(",", recent) + " / " + string.Join(",", samples) + " " + recent.Count);
        int n = 2;
        var window = samples[n..(n + 2)];
        Console.WriteLine(string.Join(",", window) + " " + samples[..^4][0]);
        try { Console.WriteLine(line[5..2]); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("bad range"); }
        try { Console.WriteLine(samples[3..9].Count); }
        catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
    }
}
