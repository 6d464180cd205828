namespace WebRtcStatsExporter.Shared
{
    /// <summary>What one stream did between two polls: differences of its cumulative counters.
    /// Reset-safe: a counter that went backwards (a restarted stream, an SSRC change) marks the whole
    /// interval as <see cref="Reset"/>, so the caller starts a new interval there instead of ever
    /// computing a negative rate.</summary>
    public sealed class IntervalDelta
    {
        private readonly Sample? start;
        private readonly Sample? now;

        /// <summary>Some counter read through <see cref="Counter"/> went backwards.</summary>
        public bool Reset;

        public IntervalDelta(Sample? start, Sample? now)
        {
            this.start = start;
            this.now = now;
        }

        /// <summary>The audio stream of stats type <paramref name="type"/> between two polls.</summary>
        public static IntervalDelta Audio(Sample[] start, Sample[] now, string type)
            => new IntervalDelta(SampleValues.Find(start, type, "audio"), SampleValues.Find(now, type, "audio"));

        /// <summary>Both ends of the interval have this stream.</summary>
        public bool Present => start != null && now != null;

        /// <summary>The increase of a cumulative counter, or null when either end lacks it. A decrease
        /// sets <see cref="Reset"/> and answers null.</summary>
        public double? Counter(string key)
        {
            double? a = SampleValues.Number(start, key), b = SampleValues.Number(now, key);
            if (a == null || b == null) return null;
            double d = b.Value - a.Value;
            if (d < 0) { Reset = true; return null; }
            return d;
        }

        /// <summary>The increase of a signed total that may legitimately go down (packetsLost falls
        /// when duplicates arrive): clamped at zero, never a reset.</summary>
        public double? ClampedIncrease(string key)
        {
            double? a = SampleValues.Number(start, key), b = SampleValues.Number(now, key);
            if (a == null || b == null) return null;
            return b.Value > a.Value ? b.Value - a.Value : 0;
        }

        /// <summary>The value at the end of the interval (gauges: jitter, roundTripTime).</summary>
        public double? Latest(string key) => SampleValues.Number(now, key);

        public string? Text(string key) => SampleValues.Text(now, key);
    }
}
