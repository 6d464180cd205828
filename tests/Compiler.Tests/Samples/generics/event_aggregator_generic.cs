using System;
using System.Collections.Generic;

record UserJoined(string Name);
record UserLeft(string Name, string Reason);
record Tick(int N);

sealed class EventBus
{
    private readonly Dictionary<Type, List<Action<object>>> handlers = new Dictionary<Type, List<Action<object>>>();

    public void Subscribe<T>(Action<T> handler)
    {
        if (!handlers.TryGetValue(typeof(T), out var list))
        {
            list = new List<Action<object>>();
            handlers[typeof(T)] = list;
        }
        list.Add(o => handler((T)o));
    }

    public int Publish<T>(T evt) where T : notnull
    {
        if (!handlers.TryGetValue(typeof(T), out var list)) return 0;
        foreach (var h in list) h(evt);
        return list.Count;
    }
}

public static class Program
{
    public static void Main()
    {
        var bus = new EventBus();
        var roster = new List<string>();
        bus.Subscribe<UserJoined>(e => roster.Add(e.Name));
        bus.Subscribe<UserJoined>(e => Console.WriteLine("welcome " + e.Name));
        bus.Subscribe<UserLeft>(e => { roster.Remove(e.Name); Console.WriteLine($"{e.Name} left: {e.Reason}"); });
        bus.Subscribe<int>(n => Console.WriteLine("int " + n));
        Console.WriteLine(bus.Publish(new UserJoined("ana")));
        Console.WriteLine(bus.Publish(new UserJoined("bo")));
        Console.WriteLine(bus.Publish(new UserLeft("ana", "timeout")));
        Console.WriteLine(bus.Publish(new Tick(1)));
        Console.WriteLine(bus.Publish(7));
        Console.WriteLine(string.Join(",", roster));
    }
}
