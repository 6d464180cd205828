using System;
using System.Collections.Generic;
using System.Linq;

public enum Grade { Good, Fair, Poor }

public readonly record struct Window(DateTime Start, double RttMs, double LossPct, double JitterMs)
{
    public Grade Grade => (RttMs, LossPct) switch
    {
        ( > 300, _) or (_, > 5) => Grade.Poor,
        ( > 150, _) or (_, > 1) => Grade.Fair,
        _ => Grade.Good,
    };
}

public sealed class Detector
{
    private readonly Queue<Window> recent = new Queue<Window>();
    private readonly int size;
    public List<string> Alerts { get; } = new List<string>();
    public Detector(int size) { this.size = size; }

    public void Push(Window w)
    {
        recent.Enqueue(w);
        if (recent.Count > size) recent.Dequeue();
        var poor = recent.Count(x => x.Grade == Grade.Poor);
        if (recent.Count == size && poor * 2 > size)
            Alerts.Add($"{w.Start:HH:mm} degraded: {poor}/{size} poor, avg rtt {recent.Average(x => x.RttMs):F0} ms");
    }
}

public static class Program
{
    public static void Main()
    {
        var start = new DateTime(2024, 6, 3, 9, 0, 0);
        var raw = new (double rtt, double loss, double jitter)[]
        {
            (80, 0, 3), (90, 0.2, 4), (320, 1, 20), (410, 7, 35), (120, 0.5, 6), (500, 9, 50), (350, 2, 30), (95, 0, 2),
        };
        var windows = raw.Select((r, i) => new Window(start.AddMinutes(i), r.rtt, r.loss, r.jitter)).ToList();
        var d = new Detector(3);
        foreach (var w in windows) d.Push(w);
        foreach (var w in windows) Console.WriteLine($"{w.Start:HH:mm} {w.Grade,-4} rtt={w.RttMs} loss={w.LossPct}%");
        foreach (var a in d.Alerts) Console.WriteLine(a);
        var byGrade = windows.GroupBy(w => w.Grade).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
        Console.WriteLine(string.Join(", ", byGrade.Select(kv => $"{kv.Key}={kv.Value}")));
        var worst = windows.MaxBy(w => (w.Grade, w.RttMs));
        Console.WriteLine("worst " + worst);
    }
}
