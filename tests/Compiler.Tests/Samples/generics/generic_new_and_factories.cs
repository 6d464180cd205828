using System;
using System.Collections.Generic;

interface IPlugin { string Name { get; } void Init(int order); string State { get; } }
class Logger : IPlugin { public string Name => "logger"; public string State { get; private set; } = "new"; public void Init(int order) => State = "ready#" + order; }
class Metrics : IPlugin { public string Name => "metrics"; public string State { get; private set; } = "new"; public void Init(int order) => State = "collecting#" + order; }

sealed class Host
{
    private readonly List<IPlugin> plugins = new List<IPlugin>();
    public T Add<T>() where T : IPlugin, new()
    {
        var p = new T();
        p.Init(plugins.Count + 1);
        plugins.Add(p);
        return p;
    }
    public T? Get<T>() where T : class, IPlugin
    {
        foreach (var p in plugins) if (p is T t) return t;
        return null;
    }
    public IEnumerable<IPlugin> All => plugins;
}

static class Make
{
    public static List<T> Many<T>(int n) where T : new()
    {
        var list = new List<T>();
        for (int i = 0; i < n; i++) list.Add(new T());
        return list;
    }
}

class Counter { private static int next; public int Id { get; } = ++next; public override string ToString() => "#" + Id; }

public static class Program
{
    public static void Main()
    {
        var host = new Host();
        var m = host.Add<Metrics>();
        host.Add<Logger>();
        Console.WriteLine(m.State);
        Console.WriteLine(host.Get<Logger>()?.State);
        foreach (var p in host.All) Console.WriteLine($"{p.Name}: {p.State}");
        Console.WriteLine(string.Join(",", Make.Many<Counter>(3)));
        Console.WriteLine(string.Join(",", Make.Many<int>(2)));
        Console.WriteLine(Make.Many<List<string>>(2).Count);
    }
}
