using System;
using System.Collections.Generic;
using System.Linq;

// Hostnames are case-insensitive; a user comparer folds "www." too.
sealed class HostComparer : IEqualityComparer<string>
{
    static string Norm(string s) => s.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? s.Substring(4).ToLowerInvariant() : s.ToLowerInvariant();
    public bool Equals(string? a, string? b) => a is null || b is null ? a == b : Norm(a) == Norm(b);
    public int GetHashCode(string s) => Norm(s).GetHashCode();
}

public static class Program
{
    public static void Main()
    {
        var allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "teams.microsoft.com", "meet.google.com" };
        foreach (var h in new[] { "Teams.Microsoft.com", "MEET.GOOGLE.COM", "example.org" })
            Console.WriteLine($"{h}: {allowed.Contains(h)}");
        Console.WriteLine(allowed.Add("TEAMS.microsoft.COM") + " " + allowed.Count);

        var hosts = new HashSet<string>(new HostComparer());
        foreach (var h in new[] { "www.Example.org", "example.ORG", "api.example.org", "WWW.api.example.org", "other.net" })
            Console.WriteLine($"{h} new={hosts.Add(h)}");
        Console.WriteLine(string.Join(", ", hosts));

        var ordinal = new HashSet<string>(StringComparer.Ordinal) { "a", "A", "a" };
        Console.WriteLine(ordinal.Count);

        var visits = new Dictionary<string, int>(new HostComparer());
        foreach (var h in new[] { "www.a.com", "A.com", "b.com", "www.B.COM", "a.com" })
            visits[h] = visits.TryGetValue(h, out var n) ? n + 1 : 1;
        foreach (var kv in visits) Console.WriteLine($"{kv.Key}={kv.Value}");

        var distinct = new[] { "X.com", "www.x.com", "y.com", "x.COM" }.Distinct(new HostComparer()).ToList();
        Console.WriteLine(string.Join(" ", distinct));
        var common = new[] { "a.com", "b.com" }.Intersect(new[] { "www.B.com", "c.com" }, new HostComparer());
        Console.WriteLine(string.Join(" ", common));
        Console.WriteLine(new HashSet<string>(new[] { "a", "B" }, StringComparer.OrdinalIgnoreCase).SetEquals(new[] { "b", "A", "a" }));
    }
}
