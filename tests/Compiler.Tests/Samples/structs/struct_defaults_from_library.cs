using System;
using System.Collections.Generic;
using System.Linq;

struct Window
{
    public int Count;
    public double Sum;
    public double Max;
    public void Add(double v) { Count++; Sum += v; if (v > Max) Max = v; }
    public double Mean => Count == 0 ? 0 : Sum / Count;
    public override string ToString() => $"n={Count} mean={Mean:F1} max={Max}";
}

public static class Program
{
    public static void Main()
    {
        var windows = new Dictionary<string, Window>();
        var samples = new (string Metric, double Value)[] { ("rtt", 120), ("loss", 0.5), ("rtt", 80), ("jitter", 12), ("rtt", 100) };
        foreach (var (metric, value) in samples)
        {
            windows.TryGetValue(metric, out var w);
            w.Add(value);
            windows[metric] = w;
        }
        foreach (var (k, w) in windows) Console.WriteLine($"{k}: {w}");

        var missing = windows.GetValueOrDefault("mos");
        missing.Add(4.2);
        Console.WriteLine(missing);
        Console.WriteLine(windows.ContainsKey("mos"));

        var list = windows.Values.ToList();
        var none = list.FirstOrDefault(w => w.Count > 10);
        Console.WriteLine(none.Count + " " + none);
        var found = list.Find(w => w.Max > 50);
        found.Add(1000);
        Console.WriteLine(found + " / " + list[0]);
        var lost = list.Find(w => w.Max > 5000);
        Console.WriteLine(lost);
        var last = list.LastOrDefault();
        last.Add(1);
        Console.WriteLine(last + " / " + list[^1]);
        Console.WriteLine(new List<Window>().SingleOrDefault());
        Console.WriteLine(Array.Empty<Window>().ElementAtOrDefault(3));

        var queue = new Queue<Window>();
        if (!queue.TryDequeue(out var empty)) Console.WriteLine("empty queue: " + empty);
        queue.Enqueue(found);
        queue.TryPeek(out var head);
        head.Add(-5);
        Console.WriteLine(head + " / " + queue.Peek());
    }
}
