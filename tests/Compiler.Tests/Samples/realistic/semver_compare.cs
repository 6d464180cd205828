using System;
using System.Collections.Generic;
using System.Linq;

sealed record SemVer(int Major, int Minor, int Patch, string? Pre) : IComparable<SemVer>
{
    public static bool TryParse(string s, out SemVer? v)
    {
        v = null;
        var dash = s.IndexOf('-');
        var core = dash >= 0 ? s.Substring(0, dash) : s;
        var parts = core.Split('.');
        if (parts.Length != 3) return false;
        var nums = new int[3];
        for (int i = 0; i < 3; i++) if (!int.TryParse(parts[i], out nums[i]) || nums[i] < 0) return false;
        v = new SemVer(nums[0], nums[1], nums[2], dash >= 0 ? s.Substring(dash + 1) : null);
        return true;
    }

    public int CompareTo(SemVer? o)
    {
        if (o is null) return 1;
        int c = Major.CompareTo(o.Major);
        if (c == 0) c = Minor.CompareTo(o.Minor);
        if (c == 0) c = Patch.CompareTo(o.Patch);
        if (c == 0) c = (Pre, o.Pre) switch { (null, null) => 0, (null, _) => 1, (_, null) => -1, _ => string.CompareOrdinal(Pre, o.Pre) };
        return c;
    }

    public override string ToString() => $"{Major}.{Minor}.{Patch}" + (Pre == null ? "" : "-" + Pre);
}

public static class Program
{
    public static void Main()
    {
        var inputs = new[] { "1.2.3", "1.10.0", "1.2.3-beta", "0.9.12", "2.0.0-rc.1", "2.0.0", "x.1.2", "1.2", "1.2.3-alpha" };
        var ok = new List<SemVer>();
        foreach (var s in inputs)
        {
            if (SemVer.TryParse(s, out var v)) ok.Add(v!);
            else Console.WriteLine("invalid: " + s);
        }
        ok.Sort();
        Console.WriteLine(string.Join(" < ", ok));
        Console.WriteLine(ok.Max());
        Console.WriteLine(new SemVer(1, 0, 0, null) == new SemVer(1, 0, 0, null));
    }
}
