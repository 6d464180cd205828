using System;
using System.Collections.Generic;
using System.Linq;

public readonly record struct SemVer(int Major, int Minor, int Patch, string? Pre = null) : IComparable<SemVer>
{
    public static SemVer Parse(string s)
    {
        if (!TryParse(s, out var v)) throw new FormatException($"'{s}' is not a version");
        return v;
    }

    public static bool TryParse(string s, out SemVer v)
    {
        v = default;
        var dash = s.IndexOf('-');
        var core = dash >= 0 ? s[..dash] : s;
        var parts = core.TrimStart('v').Split('.');
        if (parts.Length != 3) return false;
        var nums = new int[3];
        for (int i = 0; i < 3; i++)
            if (!int.TryParse(parts[i], out nums[i]) || nums[i] < 0) return false;
        v = new SemVer(nums[0], nums[1], nums[2], dash >= 0 ? s[(dash + 1)..] : null);
        return true;
    }

    public int CompareTo(SemVer o)
    {
        int c = Major.CompareTo(o.Major);
        if (c == 0) c = Minor.CompareTo(o.Minor);
        if (c == 0) c = Patch.CompareTo(o.Patch);
        if (c != 0) return c;
        if (Pre == o.Pre) return 0;
        if (Pre is null) return 1;
        if (o.Pre is null) return -1;
        var a = Pre.Split('.'); var b = o.Pre.Split('.');
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            bool an = int.TryParse(a[i], out var ai), bn = int.TryParse(b[i], out var bi);
            int d = an && bn ? ai.CompareTo(bi) : an ? -1 : bn ? 1 : string.CompareOrdinal(a[i], b[i]);
            if (d != 0) return Math.Sign(d);
        }
        return a.Length.CompareTo(b.Length);
    }

    public static bool operator <(SemVer a, SemVer b) => a.CompareTo(b) < 0;
    public static bool operator >(SemVer a, SemVer b) => a.CompareTo(b) > 0;
    public static bool operator <=(SemVer a, SemVer b) => a.CompareTo(b) <= 0;
    public static bool operator >=(SemVer a, SemVer b) => a.CompareTo(b) >= 0;

    public override string ToString() => $"{Major}.{Minor}.{Patch}" + (Pre is null ? "" : "-" + Pre);
}

public static class Range
{
    public static Func<SemVer, bool> Parse(string range)
    {
        if (range.StartsWith('^'))
        {
            var v = SemVer.Parse(range[1..]);
            var upper = v.Major > 0 ? new SemVer(v.Major + 1, 0, 0) : new SemVer(0, v.Minor + 1, 0);
            return x => x >= v && x < upper && x.Pre is null;
        }
        if (range.StartsWith('~'))
        {
            var v = SemVer.Parse(range[1..]);
            return x => x >= v && x < new SemVer(v.Major, v.Minor + 1, 0) && x.Pre is null;
        }
        if (range.StartsWith(">="))
        {
            var v = SemVer.Parse(range[2..]);
            return x => x >= v;
        }
        var exact = SemVer.Parse(range);
        return x => x == exact;
    }
}

public static class Program
{
    public static void Main()
    {
        var raw = new[] { "1.2.3", "v1.10.0", "1.2.10", "1.2.3-beta.2", "1.2.3-beta.11", "1.2.3-alpha", "0.9.1", "2.0.0-rc.1", "1.2", "x.1.2", "1.2.3-beta" };
        var parsed = new List<SemVer>();
        foreach (var r in raw)
        {
            if (SemVer.TryParse(r, out var v)) parsed.Add(v);
            else Console.WriteLine($"skip {r}");
        }
        parsed.Sort();
        Console.WriteLine(string.Join(" < ", parsed));
        Console.WriteLine("max: " + parsed.Max() + ", min stable: " + parsed.Where(p => p.Pre == null).Min());
        foreach (var range in new[] { "^1.2.3", "~1.2.0", ">=1.10.0", "^0.9.0", "1.2.3-beta" })
        {
            var ok = Range.Parse(range);
            Console.WriteLine($"{range,-10} -> {string.Join(", ", parsed.Where(ok))}");
        }
        var a = SemVer.Parse("1.2.3");
        var b = a with { Patch = 4 };
        Console.WriteLine($"{a} {b} {a == b} {a < b} {a.Equals(new SemVer(1, 2, 3))}");
        var latest = parsed.GroupBy(p => p.Major).ToDictionary(g => g.Key, g => g.Max());
        foreach (var kv in latest.OrderBy(k => k.Key)) Console.WriteLine($"{kv.Key}: {kv.Value}");
        try { SemVer.Parse("banana"); } catch (FormatException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(new HashSet<SemVer>(parsed.Select(p => p with { Pre = null })).Count);
    }
}
