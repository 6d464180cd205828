using System;
using System.Collections.Generic;

public abstract record Event(string Source);
public sealed record Click(string Source, int X, int Y) : Event(Source);
public sealed record Key(string Source, char Letter) : Event(Source);

public sealed class Bus
{
    private readonly List<object> log = new();
    public void Publish(object e) => log.Add(e);
    public int Count<T>() { int n = 0; foreach (var e in log) if (e is T) n++; return n; }
    public T? Last<T>() where T : class { for (int i = log.Count - 1; i >= 0; i--) if (log[i] is T t) return t; return null; }
    public List<T> All<T>() { var r = new List<T>(); foreach (var e in log) if (e is T t) r.Add(t); return r; }
}

public static class Program
{
    public static void Main()
    {
        var bus = new Bus();
        bus.Publish(new Click("btn", 1, 2));
        bus.Publish(new Key("kbd", 'a'));
        bus.Publish("note");
        bus.Publish(7);
        bus.Publish(new Click("link", 5, 6));
        bus.Publish(2.5);
        Console.WriteLine($"{bus.Count<Event>()} {bus.Count<Click>()} {bus.Count<Key>()} {bus.Count<string>()} {bus.Count<int>()} {bus.Count<double>()} {bus.Count<object>()}");
        Console.WriteLine(bus.Last<Click>());
        Console.WriteLine(bus.Last<Key>()?.Letter);
        Console.WriteLine(string.Join(" ", bus.All<int>()) + " " + string.Join(" ", bus.All<double>()));
        Console.WriteLine(string.Join(" ", bus.All<Event>()));
    }
}
