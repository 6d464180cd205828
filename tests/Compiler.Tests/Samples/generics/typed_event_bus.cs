using System;
using System.Collections.Generic;

public sealed record CallStarted(string Id, string Origin);
public sealed record CallEnded(string Id, double Seconds);
public enum Health { Good, Degraded, Poor }

public sealed class EventBus
{
    private readonly Dictionary<Type, List<Delegate>> handlers = new();
    private readonly List<string> log = new();

    public void Subscribe<T>(Action<T> handler)
    {
        if (!handlers.TryGetValue(typeof(T), out var list)) handlers[typeof(T)] = list = new List<Delegate>();
        list.Add(handler);
    }

    public int Publish<T>(T message)
    {
        log.Add(typeof(T).Name);
        if (!handlers.TryGetValue(typeof(T), out var list)) return 0;
        foreach (var h in list) ((Action<T>)h)(message);
        return list.Count;
    }

    public IReadOnlyList<string> Log => log;
    public int Topics => handlers.Count;
}

public static class Program
{
    public static void Main()
    {
        var bus = new EventBus();
        var open = new HashSet<string>();
        bus.Subscribe<CallStarted>(e => { open.Add(e.Id); Console.WriteLine("started " + e); });
        bus.Subscribe<CallEnded>(e => { open.Remove(e.Id); Console.WriteLine($"ended {e.Id} after {e.Seconds:F1}s"); });
        bus.Subscribe<CallEnded>(e => Console.WriteLine("billing " + e.Seconds));
        bus.Subscribe<Health>(h => Console.WriteLine("health is " + h));
        bus.Subscribe<int>(n => Console.WriteLine("int " + n));

        Console.WriteLine(bus.Publish(new CallStarted("c1", "teams")));
        Console.WriteLine(bus.Publish(new CallStarted("c2", "meet")));
        Console.WriteLine(bus.Publish(new CallEnded("c1", 93.25)));
        Console.WriteLine(bus.Publish(Health.Degraded));
        Console.WriteLine(bus.Publish(42));
        Console.WriteLine(bus.Publish(42L));
        Console.WriteLine(bus.Publish("unheard"));
        Console.WriteLine("open: " + string.Join(",", open) + "; topics " + bus.Topics);
        Console.WriteLine(string.Join(" ", bus.Log));
        Console.WriteLine(typeof(CallEnded) == typeof(CallEnded) ? "same type" : "different");
        Console.WriteLine(typeof(List<int>).Name + " " + typeof(Dictionary<string, Health>).Name);
    }
}
