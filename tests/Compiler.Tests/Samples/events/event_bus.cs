using System;
using System.Collections.Generic;

class Bus
{
    private readonly Dictionary<string, List<Action<object>>> handlers = new Dictionary<string, List<Action<object>>>();

    public Action Subscribe(string topic, Action<object> h)
    {
        if (!handlers.TryGetValue(topic, out var list)) handlers[topic] = list = new List<Action<object>>();
        list.Add(h);
        return () => list.Remove(h);
    }

    public int Publish(string topic, object payload)
    {
        if (!handlers.TryGetValue(topic, out var list)) return 0;
        foreach (var h in list.ToArray()) h(payload);
        return list.Count;
    }
}

public static class Program
{
    public static void Main()
    {
        var bus = new Bus();
        var unsubA = bus.Subscribe("stats", p => Console.WriteLine("A got " + p));
        bus.Subscribe("stats", p => Console.WriteLine("B got " + p));
        Action? selfRemoving = null;
        selfRemoving = bus.Subscribe("stats", p => { Console.WriteLine("once " + p); selfRemoving!(); });
        Console.WriteLine(bus.Publish("stats", 1));
        unsubA();
        Console.WriteLine(bus.Publish("stats", 2));
        Console.WriteLine(bus.Publish("none", 3));
    }
}
