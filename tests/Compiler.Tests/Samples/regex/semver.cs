using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

// Semantic Versioning 2.0.0: validation with the specification's regular expression, then precedence.
public static class Program
{
    static readonly Regex SemVer = new Regex(
        @"^(?<major>0|[1-9]\d*)\.(?<minor>0|[1-9]\d*)\.(?<patch>0|[1-9]\d*)" +
        @"(?:-(?<pre>(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?" +
        @"(?:\+(?<build>[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$");

    sealed class Version : IComparable<Version>
    {
        public int Major, Minor, Patch;
        public string[] Pre = Array.Empty<string>();
        public string Build = "";
        public string Text = "";

        public int CompareTo(Version o)
        {
            int c = Major.CompareTo(o.Major);
            if (c == 0) c = Minor.CompareTo(o.Minor);
            if (c == 0) c = Patch.CompareTo(o.Patch);
            if (c != 0) return c;
            if (Pre.Length == 0 || o.Pre.Length == 0) return o.Pre.Length.CompareTo(Pre.Length);
            for (int i = 0; i < Math.Min(Pre.Length, o.Pre.Length); i++)
            {
                bool an = Regex.IsMatch(Pre[i], @"^\d+$"), bn = Regex.IsMatch(o.Pre[i], @"^\d+$");
                if (an && bn) c = long.Parse(Pre[i]).CompareTo(long.Parse(o.Pre[i]));
                else if (an != bn) c = an ? -1 : 1;
                else c = string.CompareOrdinal(Pre[i], o.Pre[i]);
                if (c != 0) return Math.Sign(c);
            }
            return Pre.Length.CompareTo(o.Pre.Length);
        }
    }

    static Version? Parse(string s)
    {
        var m = SemVer.Match(s);
        if (!m.Success) return null;
        return new Version
        {
            Major = int.Parse(m.Groups["major"].Value),
            Minor = int.Parse(m.Groups["minor"].Value),
            Patch = int.Parse(m.Groups["patch"].Value),
            Pre = m.Groups["pre"].Success ? m.Groups["pre"].Value.Split('.') : Array.Empty<string>(),
            Build = m.Groups["build"].Value,
            Text = s,
        };
    }

    public static void Main()
    {
        var inputs = new[]
        {
            "1.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11",
            "1.0.0-rc.1", "2.0.0+build.7", "1.0.0-0.3.7", "1.0.0-x.7.z.92", "10.20.30",
            "01.0.0", "1.0", "1.0.0-", "1.0.0+", "1.0.0-alpha..1", "1.0.0-01", "v1.0.0", " 1.0.0", "1.0.0\n",
        };
        var valid = new List<Version>();
        foreach (var s in inputs)
        {
            var v = Parse(s);
            Console.WriteLine($"{s.Replace("\n", "\\n"),-18} {(v == null ? "invalid" : $"ok {v.Major}.{v.Minor}.{v.Patch} pre=[{string.Join(",", v.Pre)}] build={v.Build}")}");
            if (v != null) valid.Add(v);
        }
        valid.Sort();
        Console.WriteLine(string.Join(" < ", valid.Select(v => v.Text)));
        Console.WriteLine("groups: " + string.Join(",", SemVer.GetGroupNames()));
    }
}
