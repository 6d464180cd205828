namespace WebRtcStatsExporter.Shared
{
    /// <summary>Microsoft Teams Call Quality Dashboard's "Poor" audio stream: poor when any of its
    /// averages crosses a threshold. The reason is the first one crossed, in the order below, so the
    /// label stays one of a handful of values.</summary>
    public static class PoorStream
    {
        public const double MaxLossRatio = 0.1;
        public const double MaxJitterSeconds = 0.030;
        public const double MaxRoundTripSeconds = 0.5;
        public const double MaxConcealmentRatio = 0.07;
        public const double MaxMosDegradation = 1.0;

        public const string None = "none";
        public const string Loss = "loss";
        public const string Jitter = "jitter";
        public const string RoundTrip = "rtt";
        public const string Concealment = "concealment";
        public const string Degradation = "degradation";

        /// <summary>Every reason a stream is poor, in the order they are judged (the reason label also
        /// takes <see cref="None"/>). A property, not a static field: the metric catalogue reads it while
        /// its own statics are built, which cs2js may run before this class's.</summary>
        public static string[] PoorReasons => new[] { Loss, Jitter, RoundTrip, Concealment, Degradation };

        /// <summary>The reason a stream with these averages is poor, or <see cref="None"/>. NaN
        /// (unknown) never crosses a threshold.</summary>
        public static string Classify(double lossRatio, double jitterSeconds, double roundTripSeconds, double concealmentRatio, double mosDegradation)
        {
            if (lossRatio > MaxLossRatio) return Loss;
            if (jitterSeconds > MaxJitterSeconds) return Jitter;
            if (roundTripSeconds > MaxRoundTripSeconds) return RoundTrip;
            if (concealmentRatio > MaxConcealmentRatio) return Concealment;
            if (mosDegradation > MaxMosDegradation) return Degradation;
            return None;
        }
    }
}
