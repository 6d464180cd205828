using System;
using System.Collections.Generic;
using System.Linq;

public interface IEntity<TKey> { TKey Id { get; } }

public enum AgentState { Offline, Available, Busy }

public sealed class Agent : IEntity<int>
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public AgentState State { get; set; }
    public override string ToString() => $"{Name}#{Id}:{State}";
}

public sealed class Queue : IEntity<string>
{
    public string Id { get; init; } = "";
    public int Waiting { get; set; }
    public override string ToString() => $"{Id}({Waiting})";
}

public class Repository<TKey, TEntity> where TEntity : class, IEntity<TKey> where TKey : notnull
{
    private readonly Dictionary<TKey, TEntity> items = new();
    public void Save(TEntity e) => items[e.Id] = e;
    public TEntity? Find(TKey id) => items.TryGetValue(id, out var e) ? e : default;
    public TKey? LastKey() => items.Count == 0 ? default : items.Keys.Last();
    public IEnumerable<TEntity> Where(Func<TEntity, bool> p) => items.Values.Where(p);
    public int Count => items.Count;
}

public static class Program
{
    static TValue GetOrDefault<TKey, TValue>(IDictionary<TKey, TValue> d, TKey key) => d.TryGetValue(key, out var v) ? v : default!;

    public static void Main()
    {
        var agents = new Repository<int, Agent>();
        Console.WriteLine("empty last key: " + agents.LastKey());
        agents.Save(new Agent { Id = 7, Name = "ana", State = AgentState.Busy });
        agents.Save(new Agent { Id = 3, Name = "bo" });
        agents.Save(new Agent { Id = 9, Name = "cy", State = AgentState.Available });
        Console.WriteLine(agents.Find(3) + " | " + (agents.Find(4)?.ToString() ?? "missing") + " | last " + agents.LastKey());
        Console.WriteLine(string.Join(", ", agents.Where(a => a.State != AgentState.Offline)));

        var queues = new Repository<string, Queue>();
        Console.WriteLine("empty last key: [" + queues.LastKey() + "] " + (queues.LastKey() == null));
        queues.Save(new Queue { Id = "sales", Waiting = 4 });
        queues.Save(new Queue { Id = "support", Waiting = 11 });
        Console.WriteLine(queues.Find("support") + " " + queues.Count + " last " + queues.LastKey());

        var states = new Dictionary<string, AgentState> { ["ana"] = AgentState.Busy };
        Console.WriteLine(GetOrDefault(states, "ana") + " " + GetOrDefault(states, "zed"));
        var waits = new Dictionary<string, double> { ["sales"] = 12.5 };
        Console.WriteLine(GetOrDefault(waits, "sales") + " " + GetOrDefault(waits, "hr"));
        var flags = new Dictionary<int, bool> { [1] = true };
        Console.WriteLine(GetOrDefault(flags, 1) + " " + GetOrDefault(flags, 2));
        var letters = new Dictionary<int, char> { [1] = 'x' };
        Console.WriteLine("[" + GetOrDefault(letters, 1) + "] " + (int)GetOrDefault(letters, 2));
    }
}
