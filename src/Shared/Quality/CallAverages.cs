namespace WebRtcStatsExporter.Shared
{
    /// <summary>Duration-weighted averages of one stream over a whole call (Teams CQD classifies a
    /// call's streams by their averages). Kept as a flat array so that it survives
    /// chrome.storage.session: for each measure, [Σ value·seconds, Σ seconds where it was known].</summary>
    public static class CallAverages
    {
        public const int Loss = 0, Jitter = 1, RoundTrip = 2, Concealment = 3, Degradation = 4, Measures = 5;

        public static double[] Empty() => new double[Measures * 2];

        public static void Add(double[] sums, int measure, double value, double seconds)
        {
            if (double.IsNaN(value) || seconds <= 0) return;
            sums[measure * 2] += value * seconds;
            sums[measure * 2 + 1] += seconds;
        }

        /// <summary>The call's average of a measure, NaN when it was never known.</summary>
        public static double Average(double[]? sums, int measure)
        {
            if (sums == null || sums.Length < Measures * 2) return double.NaN;
            double w = sums[measure * 2 + 1];
            return w > 0 ? sums[measure * 2] / w : double.NaN;
        }

        public static bool Any(double[]? sums)
        {
            if (sums == null) return false;
            for (int m = 0; m < Measures; m++) if (sums.Length > m * 2 + 1 && sums[m * 2 + 1] > 0) return true;
            return false;
        }

        /// <summary>The call-level verdict: <see cref="PoorStream.Classify"/> on the averages.</summary>
        public static string Verdict(double[]? sums)
            => PoorStream.Classify(Average(sums, Loss), Average(sums, Jitter), Average(sums, RoundTrip), Average(sums, Concealment), Average(sums, Degradation));
    }
}
