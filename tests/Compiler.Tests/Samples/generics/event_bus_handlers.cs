using System;
using System.Collections.Generic;
using System.Linq;

public interface IEvent { string Name { get; } }
public record UserJoined(string User) : IEvent { public string Name => "joined"; }
public record UserLeft(string User, TimeSpan After) : IEvent { public string Name => "left"; }
public record Tick(int N) : IEvent { public string Name => "tick"; }

public sealed class EventBus
{
    private readonly Dictionary<Type, List<Delegate>> _handlers = new();
    private readonly List<string> _log = new();

    public IDisposable Subscribe<T>(Action<T> handler) where T : IEvent
    {
        if (!_handlers.TryGetValue(typeof(T), out var list))
            _handlers[typeof(T)] = list = new List<Delegate>();
        list.Add(handler);
        return new Subscription(() => list.Remove(handler));
    }

    public int Publish<T>(T evt) where T : IEvent
    {
        _log.Add($"{typeof(T).Name}:{evt.Name}");
        if (!_handlers.TryGetValue(typeof(T), out var list)) return 0;
        int called = 0;
        foreach (var d in list.ToList())
        {
            ((Action<T>)d)(evt);
            called++;
        }
        return called;
    }

    public IReadOnlyList<string> Log => _log;

    private sealed class Subscription : IDisposable
    {
        private Action? _dispose;
        public Subscription(Action dispose) => _dispose = dispose;
        public void Dispose() { _dispose?.Invoke(); _dispose = null; }
    }
}

public static class Program
{
    public static void Main()
    {
        var bus = new EventBus();
        var online = new HashSet<string>();
        var ticks = 0;
        using var joined = bus.Subscribe<UserJoined>(e => online.Add(e.User));
        var left = bus.Subscribe<UserLeft>(e => { online.Remove(e.User); Console.WriteLine($"{e.User} left after {e.After.TotalMinutes:0.0} min"); });
        IDisposable? once = null;
        once = bus.Subscribe<Tick>(t => { ticks += t.N; once!.Dispose(); });
        bus.Subscribe<Tick>(t => ticks += 100 * t.N);

        Console.WriteLine(bus.Publish(new UserJoined("ana")));
        Console.WriteLine(bus.Publish(new UserJoined("bo")));
        Console.WriteLine(bus.Publish(new Tick(1)));
        Console.WriteLine(bus.Publish(new Tick(2)));
        Console.WriteLine(bus.Publish(new UserLeft("ana", TimeSpan.FromSeconds(330))));
        left.Dispose();
        Console.WriteLine(bus.Publish(new UserLeft("bo", TimeSpan.FromMinutes(2))));
        Console.WriteLine($"online: {string.Join(",", online.OrderBy(x => x))}; ticks={ticks}");
        Console.WriteLine(string.Join(" ", bus.Log));
        var counts = bus.Log.GroupBy(l => l.Split(':')[0]).Select(g => $"{g.Key}={g.Count()}");
        Console.WriteLine(string.Join(", ", counts));
        IEvent e = new UserLeft("cy", TimeSpan.Zero);
        Console.WriteLine(e switch { UserJoined j => "join " + j.User, UserLeft { After.Ticks: 0 } l => "instant leave " + l.User, _ => "other" });
        Console.WriteLine(e);
    }
}
