using System;
using System.Collections.Generic;

class StatsEventArgs : EventArgs
{
    public string PeerId { get; }
    public double Bitrate { get; }
    public StatsEventArgs(string id, double bitrate) { PeerId = id; Bitrate = bitrate; }
}

class Collector
{
    public event EventHandler<StatsEventArgs>? Collected;
    public event EventHandler? Finished;
    private readonly string name;
    public Collector(string name) { this.name = name; }
    public void Run(IEnumerable<(string, double)> items)
    {
        foreach (var (id, br) in items) OnCollected(new StatsEventArgs(id, br));
        Finished?.Invoke(this, EventArgs.Empty);
    }
    protected virtual void OnCollected(StatsEventArgs e) => Collected?.Invoke(this, e);
    public override string ToString() => "Collector(" + name + ")";
}

class FilteringCollector : Collector
{
    public FilteringCollector() : base("filtering") { }
    protected override void OnCollected(StatsEventArgs e) { if (e.Bitrate > 0) base.OnCollected(e); }
}

public static class Program
{
    public static void Main()
    {
        foreach (var c in new Collector[] { new Collector("plain"), new FilteringCollector() })
        {
            double sum = 0;
            c.Collected += (sender, e) => { sum += e.Bitrate; Console.WriteLine($"{sender}: {e.PeerId} {e.Bitrate:F1}"); };
            c.Finished += (sender, e) => Console.WriteLine($"{sender} finished, sum {sum}, empty args {e == EventArgs.Empty}");
            c.Run(new[] { ("p1", 1.5), ("p2", 0.0), ("p3", 2.25) });
        }
    }
}
