using System;
using System.Collections.Generic;
using System.Linq;

public readonly struct SemVer : IComparable<SemVer>, IEquatable<SemVer>
{
    public int Major { get; }
    public int Minor { get; }
    public int Patch { get; }
    public string? Pre { get; }

    public SemVer(int major, int minor, int patch, string? pre = null) { Major = major; Minor = minor; Patch = patch; Pre = pre; }

    public static SemVer Parse(string s)
    {
        var dash = s.IndexOf('-');
        var core = dash >= 0 ? s[..dash] : s;
        var parts = core.Split('.');
        if (parts.Length != 3) throw new FormatException($"'{s}' is not major.minor.patch");
        return new SemVer(int.Parse(parts[0]), int.Parse(parts[1]), int.Parse(parts[2]), dash >= 0 ? s[(dash + 1)..] : null);
    }

    public int CompareTo(SemVer o)
    {
        int c = Major.CompareTo(o.Major);
        if (c == 0) c = Minor.CompareTo(o.Minor);
        if (c == 0) c = Patch.CompareTo(o.Patch);
        if (c != 0) return c;
        if (Pre == o.Pre) return 0;
        if (Pre == null) return 1;
        if (o.Pre == null) return -1;
        return string.CompareOrdinal(Pre, o.Pre);
    }

    public bool Equals(SemVer o) => CompareTo(o) == 0;
    public override bool Equals(object? obj) => obj is SemVer v && Equals(v);
    public override int GetHashCode() => HashCode.Combine(Major, Minor, Patch, Pre);
    public static bool operator <(SemVer a, SemVer b) => a.CompareTo(b) < 0;
    public static bool operator >(SemVer a, SemVer b) => a.CompareTo(b) > 0;
    public static bool operator <=(SemVer a, SemVer b) => a.CompareTo(b) <= 0;
    public static bool operator >=(SemVer a, SemVer b) => a.CompareTo(b) >= 0;
    public override string ToString() => $"{Major}.{Minor}.{Patch}" + (Pre != null ? "-" + Pre : "");
}

public static class Range
{
    public static Func<SemVer, bool> Parse(string range)
    {
        var checks = new List<Func<SemVer, bool>>();
        foreach (var part in range.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith('^')) { var v = SemVer.Parse(part[1..]); checks.Add(x => x >= v && x.Major == v.Major); }
            else if (part.StartsWith('~')) { var v = SemVer.Parse(part[1..]); checks.Add(x => x >= v && x.Major == v.Major && x.Minor == v.Minor); }
            else if (part.StartsWith(">=")) { var v = SemVer.Parse(part[2..]); checks.Add(x => x >= v); }
            else if (part.StartsWith('<')) { var v = SemVer.Parse(part[1..]); checks.Add(x => x < v); }
            else { var v = SemVer.Parse(part); checks.Add(x => x.Equals(v)); }
        }
        return v => checks.All(c => c(v));
    }
}

public static class Program
{
    public static void Main()
    {
        var versions = new[] { "1.2.3", "1.10.0", "1.2.10", "2.0.0-beta", "2.0.0", "1.2.3-rc.1", "0.9.9" }.Select(SemVer.Parse).ToList();
        versions.Sort();
        Console.WriteLine(string.Join(" < ", versions));
        foreach (var r in new[] { "^1.2.0", "~1.2.3", ">=1.5.0 <2.0.0", "2.0.0", ">=2.0.0-alpha" })
        {
            var ok = Range.Parse(r);
            Console.WriteLine($"{r,-16} -> {string.Join(", ", versions.Where(ok))}; best {versions.Where(ok).DefaultIfEmpty().Max()}");
        }
        var set = new HashSet<SemVer>(versions) { SemVer.Parse("1.2.3") };
        Console.WriteLine(set.Count);
        try { SemVer.Parse("1.2"); } catch (FormatException e) { Console.WriteLine(e.Message); }
    }
}
