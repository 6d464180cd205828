using System;
using System.Collections.Generic;

class Subscription : IDisposable
{
    private readonly List<string> log;
    private readonly string id;
    private bool disposed;
    public Subscription(List<string> log, string id) { this.log = log; this.id = id; log.Add("sub " + id); }
    public void Dispose()
    {
        if (disposed) { log.Add("again " + id); return; }
        disposed = true;
        log.Add("unsub " + id);
    }
}

class CompositeDisposable : IDisposable
{
    private readonly List<IDisposable> items = new List<IDisposable>();
    public void Add(IDisposable d) => items.Add(d);
    public void Dispose() { for (int i = items.Count - 1; i >= 0; i--) items[i].Dispose(); items.Clear(); }
}

public static class Program
{
    public static void Main()
    {
        var log = new List<string>();
        using (var all = new CompositeDisposable())
        {
            all.Add(new Subscription(log, "a"));
            all.Add(new Subscription(log, "b"));
            all.Add(new Subscription(log, "c"));
        }
        var s = new Subscription(log, "d");
        s.Dispose();
        s.Dispose();
        foreach (var l in log) Console.WriteLine(l);
    }
}
