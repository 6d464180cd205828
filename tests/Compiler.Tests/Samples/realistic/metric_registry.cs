using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

interface IMetric { string Name { get; } string Type { get; } IEnumerable<string> Lines(); }

sealed class Counter : IMetric
{
    private readonly Dictionary<string, double> values = new Dictionary<string, double>();
    public string Name { get; }
    public string Type => "counter";
    public Counter(string name) { Name = name; }
    public void Inc(string label, double by = 1)
    {
        if (by < 0) throw new ArgumentException("counters only go up");
        values[label] = values.GetValueOrDefault(label) + by;
    }
    public IEnumerable<string> Lines() => values.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{Name}{{peer=\"{kv.Key}\"}} {kv.Value}");
}

sealed class Gauge : IMetric
{
    private double value;
    public string Name { get; }
    public string Type => "gauge";
    public Gauge(string name) { Name = name; }
    public void Set(double v) => value = v;
    public IEnumerable<string> Lines() { yield return Name + " " + value; }
}

sealed class Registry
{
    private readonly List<IMetric> metrics = new List<IMetric>();
    public T Register<T>(T m) where T : IMetric
    {
        if (metrics.Any(x => x.Name == m.Name)) throw new InvalidOperationException("duplicate metric " + m.Name);
        metrics.Add(m);
        return m;
    }
    public string Scrape()
    {
        var sb = new StringBuilder();
        foreach (var m in metrics)
        {
            sb.Append("# TYPE ").Append(m.Name).Append(' ').Append(m.Type).Append('\n');
            foreach (var l in m.Lines()) sb.Append(l).Append('\n');
        }
        return sb.ToString();
    }
}

public static class Program
{
    public static void Main()
    {
        var reg = new Registry();
        var packets = reg.Register(new Counter("rtc_packets_total"));
        var peers = reg.Register(new Gauge("rtc_peers"));
        packets.Inc("b", 10); packets.Inc("a"); packets.Inc("b", 2.5);
        peers.Set(2);
        Console.Write(reg.Scrape());
        try { reg.Register(new Gauge("rtc_peers")); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { packets.Inc("a", -1); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(reg.Scrape().Split('\n').Length);
    }
}
