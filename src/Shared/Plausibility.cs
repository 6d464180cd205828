namespace WebRtcStatsExporter.Shared
{
    /// <summary>The physical range of every numeric catalogue field, as the page reports it (W3C units,
    /// before scaling), derived from the row's type and unit so that a new row gets a range without a
    /// second table. The worker drops a value outside its range (and counts it in
    /// <c>webrtc_exporter_dropped_values_total</c>) rather than export it: no <c>+Inf</c>, no 1e308
    /// RTT, whatever a page or a browser bug produces.</summary>
    public static class Plausibility
    {
        /// <summary>2^53 − 1: beyond it a JavaScript number no longer counts in steps of one.</summary>
        public const double MaxCount = 9007199254740991;
        /// <summary>Delays, jitter and round-trip times above a minute are not a call any more.</summary>
        public const double MaxDelaySeconds = 60;
        /// <summary>Bit rates (bits/s): 100 Gbit/s, far above any endpoint's link.</summary>
        public const double MaxBitsPerSecond = 1e11;
        /// <summary>Echo return loss (enhancement): beyond 200 dB is no measurement.</summary>
        public const double MaxDecibels = 200;

        public const string NotFinite = "not_finite";
        public const string OutOfRange = "out_of_range";

        public static double Min(MetricDef d)
        {
            // packetsLost is signed (duplicates can make it negative)
            if (d.Type == MetricType.Gauge && d.Sum && d.Unit == "packets") return -MaxCount;
            // echo return loss can be negative (echo louder than the far end); Chromium reports −100
            // when its echo canceller has no estimate
            if (d.Unit == "decibels") return -100;
            return 0;
        }

        public static double Max(MetricDef d)
        {
            if (d.Unit == "ratio") return 1;
            if (d.Type == MetricType.Gauge && d.Unit == "seconds") return MaxDelaySeconds;
            if (d.Unit == "bytes_per_second") return MaxBitsPerSecond;
            if (d.Unit == "decibels") return MaxDecibels;
            return MaxCount;
        }

        /// <summary>Null when the value may be exported, else the reason label of the drop.</summary>
        public static string? Check(MetricDef d, double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value)) return NotFinite;
            if (value < Min(d) || value > Max(d)) return OutOfRange;
            return null;
        }

        /// <summary>"[0, 60]" for the docs.</summary>
        public static string Describe(MetricDef d)
        {
            double min = Min(d), max = Max(d);
            return "[" + Number(min) + ", " + Number(max) + "]";
        }

        private static string Number(double v)
        {
            if (v == MaxCount) return "2^53";
            if (v == -MaxCount) return "-2^53";
            if (v == MaxBitsPerSecond) return "1e11";
            return v.ToString();
        }
    }
}
