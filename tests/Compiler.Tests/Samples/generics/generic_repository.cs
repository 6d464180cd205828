using System;
using System.Collections.Generic;
using System.Linq;

interface IEntity<TKey> where TKey : notnull { TKey Id { get; } }
record Agent(string Id, string Name) : IEntity<string>;
record Call(int Id, string AgentId, int Seconds) : IEntity<int>;

sealed class Repository<TKey, T> where TKey : notnull where T : class, IEntity<TKey>
{
    private readonly Dictionary<TKey, T> items = new Dictionary<TKey, T>();
    public static int Created { get; private set; }
    public Repository() { Created++; }
    public void Upsert(T item) => items[item.Id] = item;
    public T? Find(TKey id) => items.TryGetValue(id, out var v) ? v : null;
    public IEnumerable<T> Where(Func<T, bool> p) => items.Values.Where(p);
    public int Count => items.Count;
    public override string ToString() => $"Repository<{typeof(TKey).Name}, {typeof(T).Name}>({Count})";
}

public static class Program
{
    public static void Main()
    {
        var agents = new Repository<string, Agent>();
        agents.Upsert(new Agent("a1", "Ana"));
        agents.Upsert(new Agent("a2", "Bo"));
        agents.Upsert(new Agent("a1", "Ana Maria"));
        var calls = new Repository<int, Call>();
        foreach (var c in new[] { new Call(1, "a1", 30), new Call(2, "a2", 90), new Call(3, "a1", 45) }) calls.Upsert(c);
        new Repository<int, Call>();
        Console.WriteLine(agents + " " + calls);
        Console.WriteLine(agents.Find("a1")?.Name + " " + (agents.Find("zz") == null));
        foreach (var a in agents.Where(_ => true))
            Console.WriteLine(a.Name + ": " + calls.Where(c => c.AgentId == a.Id).Sum(c => c.Seconds) + "s");
        Console.WriteLine(Repository<string, Agent>.Created + " " + Repository<int, Call>.Created);
    }
}
