using System;
using System.Collections.Generic;
using System.Linq;

namespace WebRtcStatsExporter.Browser.Bench
{
    /// <summary>One figure measured once per round; printed as min / median / max.</summary>
    public sealed class Figure
    {
        public readonly string Name;
        public readonly string Unit;
        public readonly string Format;
        public readonly List<double> Values = new();

        public Figure(string name, string unit, string format = "0.000") { Name = name; Unit = unit; Format = format; }

        public void Add(double v) { if (!double.IsNaN(v)) Values.Add(v); }

        public double Median()
        {
            if (Values.Count == 0) return double.NaN;
            var s = Values.OrderBy(x => x).ToArray();
            return s.Length % 2 == 1 ? s[s.Length / 2] : (s[s.Length / 2 - 1] + s[s.Length / 2]) / 2;
        }

        public string Row()
        {
            if (Values.Count == 0) return $"  {Name,-66} {"no value",32}";
            string f(double x) => x.ToString(Format, System.Globalization.CultureInfo.InvariantCulture);
            return $"  {Name,-66} {f(Values.Min()),9} {f(Median()),9} {f(Values.Max()),9}  {Unit}";
        }

        public static string Header() => $"  {"figure (over rounds)",-66} {"min",9} {"median",9} {"max",9}";
    }
}
