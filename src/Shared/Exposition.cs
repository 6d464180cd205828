using System.Collections.Generic;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>One time series: label names/values in order, and a value.</summary>
    public sealed class Series
    {
        public string[] LabelNames = new string[0];
        public string[] LabelValues = new string[0];
        public double Value;
    }

    public sealed class MetricFamily
    {
        public string Name = "";
        /// <summary>"counter" or "gauge".</summary>
        public string Type = "gauge";
        public string Help = "";
        public List<Series> Series = new List<Series>();
    }

    /// <summary>The sink-neutral model: what one group holds right now.</summary>
    public sealed class MetricsSnapshot
    {
        public List<MetricFamily> Families = new List<MetricFamily>();
        /// <summary>When the newest data in it arrived (worker clock, ms since the epoch); sinks
        /// that carry timestamps (remote_write) use it.</summary>
        public double AtMs;

        public int SeriesCount()
        {
            int n = 0;
            foreach (MetricFamily f in Families) n += f.Series.Count;
            return n;
        }
    }

    /// <summary>Prometheus text exposition (format 0.0.4): HELP and TYPE for every family, families
    /// contiguous and in model order, series sorted by label values, duplicates dropped (first wins),
    /// label values and HELP escaped, NaN/+Inf/-Inf spelled the Prometheus way, integers without a
    /// fraction and other values to 15 significant digits, no timestamps,
    /// trailing newline.</summary>
    public static class Exposition
    {
        public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

        public static string Write(MetricsSnapshot snapshot)
        {
            // Plain concatenation (cheap in JavaScript): the bundles then carry no StringBuilder.
            string text = "";
            var seenNames = new HashSet<string>();
            foreach (MetricFamily f in snapshot.Families)
            {
                if (f.Series.Count == 0 || seenNames.Contains(f.Name)) continue;
                seenNames.Add(f.Name);
                text += "# HELP " + f.Name + " " + EscapeHelp(f.Help) + "\n# TYPE " + f.Name + " " + f.Type + "\n";
                var lines = new List<string>();
                var seen = new HashSet<string>();
                foreach (Series s in f.Series)
                {
                    string labels = FormatLabels(s);
                    if (seen.Contains(labels)) continue;
                    seen.Add(labels);
                    lines.Add(labels + "\u0001" + FormatValue(s.Value));
                }
                lines.Sort(string.CompareOrdinal);
                foreach (string line in lines)
                {
                    int cut = line.IndexOf('\u0001');
                    text += f.Name + line.Substring(0, cut) + " " + line.Substring(cut + 1) + "\n";
                }
            }
            return text;
        }

        private static string FormatLabels(Series s)
        {
            if (s.LabelNames.Length == 0) return "";
            var pairs = new string[s.LabelNames.Length];
            for (int i = 0; i < pairs.Length; i++) pairs[i] = s.LabelNames[i] + "=\"" + EscapeLabelValue(s.LabelValues[i]) + "\"";
            return "{" + string.Join(",", pairs) + "}";
        }

        /// <summary>Backslash, double quote and line feed escaped (the backslash first, so the escapes
        /// added after it are not escaped again).</summary>
        public static string EscapeLabelValue(string? v)
            => v == null ? "" : v.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n");

        /// <summary>Backslash and line feed escaped.</summary>
        public static string EscapeHelp(string v) => v.Replace("\\", "\\\\").Replace("\n", "\\n");

        public static string FormatValue(double v)
        {
            if (double.IsNaN(v)) return "NaN";
            if (double.IsPositiveInfinity(v)) return "+Inf";
            if (double.IsNegativeInfinity(v)) return "-Inf";
            if (v == 0) return "0";
            if (v == System.Math.Floor(v) && System.Math.Abs(v) < 1e15) return ((long)v).ToString();
            return Significant15(v).ToString(); // shortest round-trip form (invariant culture)
        }

        /// <summary><paramref name="v"/> rounded to 15 significant digits (1e-7 ≤ |v| &lt; 1e15; others as
        /// they are; the product v × 10^k rounds first, so a digit just under a half may round up): the
        /// binary noise of running totals and scaled values (0.30000000000000004, 3255.3360000000002)
        /// goes, every decimal a browser reports stays, and rounding keeps order (a counter that grew
        /// never prints smaller). Plain arithmetic, no format strings, so .NET and
        /// the compiled worker agree to the bit and the worker's bundle carries no number formatter:
        /// n / 10^k with whole n &lt; 2^53 and exact 10^k (k ≤ 21) is the double nearest the decimal.</summary>
        public static double Significant15(double v)
        {
            double a = System.Math.Abs(v);
            if (!(a >= 1e-7) || a >= 1e15) return v;
            double p = 1;
            while (a * p < 1e14) p *= 10;
            return System.Math.Floor(v * p + 0.5) / p;
        }
    }
}
