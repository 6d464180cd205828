using System;
using System.Collections.Generic;

public enum Sink { Pushgateway, RemoteWrite, VictoriaMetrics }

public sealed class SettingsBag
{
    private readonly Dictionary<string, object> values = new();
    public void Set(string key, object value) => values[key] = value;

    public T Get<T>(string key, T fallback)
    {
        if (values.TryGetValue(key, out var v) && v is T typed) return typed;
        return fallback;
    }

    public bool TryGet<T>(string key, out T value)
    {
        if (values.TryGetValue(key, out var v) && v is T t) { value = t; return true; }
        value = default!;
        return false;
    }

    public string Dump()
    {
        var parts = new List<string>();
        foreach (var kv in values) parts.Add($"{kv.Key}={kv.Value} ({kv.Value.GetType().Name})");
        return string.Join("; ", parts);
    }
}

public static class Program
{
    public static void Main()
    {
        var bag = new SettingsBag();
        bag.Set("interval", 15);
        bag.Set("ratio", 0.25);
        bag.Set("enabled", true);
        bag.Set("sink", Sink.RemoteWrite);
        bag.Set("retention", 3600L);
        bag.Set("price", 1.5m);
        bag.Set("name", "prod");
        bag.Set("sep", ';');
        Console.WriteLine(bag.Dump());
        Console.WriteLine(bag.Get("interval", 60) + " " + bag.Get("interval", 60L) + " " + bag.Get("interval", 1.0));
        Console.WriteLine(bag.Get("ratio", 1.0) + " " + bag.Get("ratio", 1) + " " + bag.Get("enabled", false));
        Console.WriteLine(bag.Get("sink", Sink.Pushgateway) + " " + bag.Get("missing", Sink.VictoriaMetrics) + " " + bag.Get("sink", 0));
        Console.WriteLine(bag.Get("retention", 0L) + " " + bag.Get("price", 0m) + " " + bag.Get("name", "?") + " " + bag.Get<object>("sep", "?"));
        Console.WriteLine(bag.TryGet<int>("interval", out var i) + " " + i);
        Console.WriteLine(bag.TryGet<string>("interval", out var s) + " [" + s + "]");
        Console.WriteLine(bag.TryGet<Sink>("sink", out var k) + " " + k);
        Console.WriteLine(bag.TryGet<char>("sep", out var c) + " " + c);
        Console.WriteLine(bag.TryGet<double>("enabled", out var d) + " " + d);
    }
}
