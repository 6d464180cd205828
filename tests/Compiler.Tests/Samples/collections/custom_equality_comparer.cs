using System;
using System.Collections.Generic;
using System.Linq;

sealed class Host
{
    public string Name { get; }
    public int Port { get; }
    public Host(string name, int port) { Name = name; Port = port; }
    public override string ToString() => Name + ":" + Port;
}

sealed class HostByName : IEqualityComparer<Host>
{
    public bool Equals(Host? a, Host? b) => string.Equals(a?.Name, b?.Name, StringComparison.OrdinalIgnoreCase);
    public int GetHashCode(Host h) => h.Name.ToLowerInvariant().GetHashCode();
}

sealed class ModuloComparer : IEqualityComparer<int>
{
    private readonly int m;
    public ModuloComparer(int m) { this.m = m; }
    public bool Equals(int a, int b) => a % m == b % m;
    public int GetHashCode(int x) => x % m;
}

public static class Program
{
    public static void Main()
    {
        var hosts = new[] { new Host("alpha", 80), new Host("ALPHA", 443), new Host("beta", 80) };
        var unique = new HashSet<Host>(hosts, new HostByName());
        Console.WriteLine(unique.Count + " " + string.Join(" ", unique));
        var plain = new HashSet<Host>(hosts);
        Console.WriteLine(plain.Count);
        var lookup = hosts.ToLookup(h => h, new HostByName());
        Console.WriteLine(lookup[new Host("Alpha", 0)].Count());
        var buckets = new Dictionary<int, List<int>>(new ModuloComparer(3));
        foreach (var n in Enumerable.Range(1, 10))
        {
            if (!buckets.TryGetValue(n, out var l)) buckets[n] = l = new List<int>();
            l.Add(n);
        }
        foreach (var kv in buckets) Console.WriteLine(kv.Key + ": " + string.Join(",", kv.Value));
        Console.WriteLine(string.Join(",", new[] { 1, 4, 2, 7, 5 }.Distinct(new ModuloComparer(3))));
        Console.WriteLine(new[] { 3, 6 }.SequenceEqual(new[] { 9, 0 }, new ModuloComparer(3)));
        Console.WriteLine(string.Join(",", new[] { 1, 2, 3, 4 }.Except(new[] { 7 }, new ModuloComparer(3))));
        Console.WriteLine(string.Join(",", new[] { 1, 2, 3 }.Union(new[] { 4, 5, 6 }, new ModuloComparer(4))));
        Console.WriteLine(string.Join(",", new[] { 10, 11, 12 }.Intersect(new[] { 1, 3 }, new ModuloComparer(5))));
    }
}
