using System;
using System.Collections.Generic;

// Events with explicit add/remove: a weak-ish subscription registry that counts listeners,
// a static event forwarded to a field, and an accessor that refuses duplicates.
sealed class StatsFeed
{
    private readonly List<Action<string, double>> listeners = new List<Action<string, double>>();
    private EventHandler? closed;

    public event Action<string, double> Sample
    {
        add
        {
            if (listeners.Contains(value)) { Console.WriteLine("already subscribed"); return; }
            listeners.Add(value);
            Console.WriteLine($"listeners: {listeners.Count}");
        }
        remove
        {
            Console.WriteLine(listeners.Remove(value) ? $"removed, {listeners.Count} left" : "not subscribed");
        }
    }

    public event EventHandler Closed { add => closed += value; remove => closed -= value; }

    private static Action<string>? log;
    public static event Action<string> Log { add { log += value; } remove { log -= value; } }

    public void Push(string metric, double v)
    {
        log?.Invoke($"push {metric}");
        foreach (var l in listeners.ToArray()) l(metric, v);
    }

    public void Close() { closed?.Invoke(this, EventArgs.Empty); }
}

public static class Program
{
    public static void Main()
    {
        Action<string> logger = s => Console.WriteLine("[log] " + s);
        StatsFeed.Log += logger;
        var feed = new StatsFeed();
        double total = 0;
        Action<string, double> sum = (_, v) => total += v;
        Action<string, double> print = (m, v) => Console.WriteLine($"{m}={v}");
        feed.Sample += sum;
        feed.Sample += print;
        feed.Sample += sum;
        feed.Push("rtt", 0.120);
        feed.Push("jitter", 0.004);
        feed.Sample -= print;
        feed.Sample -= print;
        feed.Push("loss", 2);
        StatsFeed.Log -= logger;
        feed.Push("silent", 1);
        feed.Closed += (s, e) => Console.WriteLine("closed, total " + total);
        feed.Close();
    }
}
