namespace WebRtcStatsExporter.Shared
{
    /// <summary>Reads one value out of a poll's <see cref="Sample"/>s (one sample per stats type and
    /// kind, as the reducer builds them).</summary>
    public static class SampleValues
    {
        public static Sample? Find(Sample[]? samples, string type, string? kind)
        {
            if (samples == null) return null;
            foreach (Sample s in samples) if (s.type == type && s.kind == kind) return s;
            return null;
        }

        /// <summary>The number under <paramref name="key"/>, or null when the sample or field is absent.</summary>
        public static double? Number(Sample? s, string key)
        {
            if (s == null || s.names == null) return null;
            int at = System.Array.IndexOf(s.names, key);
            return at < 0 ? null : s.values[at];
        }

        /// <summary>The string under <paramref name="key"/> (an info field), or null.</summary>
        public static string? Text(Sample? s, string key)
        {
            if (s == null || s.infoNames == null) return null;
            int at = System.Array.IndexOf(s.infoNames, key);
            return at < 0 ? null : s.infoValues[at];
        }
    }
}
