using System;
using System.Collections.Generic;
using System.Linq;

public struct Sample
{
    public int Count;
    public double Sum;
    public string? Label;
    public double Mean => Count == 0 ? 0 : Sum / Count;
    public void Add(double v) { Count++; Sum += v; }
}

public struct Window
{
    public Sample Current;
    public Sample Previous;
    public void Roll() { Previous = Current; Current = default; }
}

public class Meter
{
    Window window;
    public readonly Sample Frozen;
    public Meter() { Frozen.Add(1); }
    public void Record(double v) => window.Current.Add(v);
    public void Roll() => window.Roll();
    public string Report() => $"cur={window.Current.Count}/{window.Current.Mean} prev={window.Previous.Count}/{window.Previous.Mean}";
}

public static class Program
{
    public static void Main()
    {
        Sample s;
        s.Count = 0; s.Sum = 0; s.Label = "x";
        s.Add(4);
        Console.WriteLine($"{s.Count} {s.Mean} {s.Label}");
        var m = new Meter();
        m.Record(2); m.Record(4);
        m.Roll();
        m.Record(10);
        Console.WriteLine(m.Report());
        m.Frozen.Add(5);
        Console.WriteLine(m.Frozen.Count);

        var w = new Window();
        w.Current.Add(3);
        var w2 = w;
        w2.Current.Add(5);
        Console.WriteLine($"{w.Current.Count} {w2.Current.Count}");

        var samples = new Sample[2];
        samples[0].Add(1);
        Console.WriteLine($"{samples[0].Count} {samples[1].Count} {samples[1].Label == null}");
        var filled = Enumerable.Range(1, 3).Select(i => { var x = new Sample(); x.Add(i); return x; }).ToList();
        Console.WriteLine(string.Join(" ", filled.Select(x => x.Mean)));
        Console.WriteLine(new Sample().Equals(default(Sample)));
        Console.WriteLine(s.Equals(new Sample()));
        Console.WriteLine(default(Sample));
    }
}
