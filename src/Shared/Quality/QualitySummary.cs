namespace WebRtcStatsExporter.Shared
{
    /// <summary>The current call's quality at a glance, for the agent (the popup): good or poor, the
    /// reason in plain words, the lowest MOS. Silence first (nothing else matters if nobody hears),
    /// then the worst poor stream.</summary>
    public sealed class QualitySummary
    {
        public const string Good = "good";
        public const string Poor = "poor";

        /// <summary>Seconds of silence before the agent is told (a breath or a pause is shorter).</summary>
        public const double SilenceSeconds = 10;

        public string Verdict = "";
        public string Reason = "";
        public double Mos;

        /// <summary>The words for a poor-stream reason.</summary>
        public static string Words(string reason)
        {
            switch (reason)
            {
                case PoorStream.Loss: return "network loss";
                case PoorStream.Jitter: return "unstable network (jitter)";
                case PoorStream.RoundTrip: return "long delay";
                case PoorStream.Concealment: return "choppy audio";
                case PoorStream.Degradation: return "degraded audio";
                default: return "";
            }
        }

        public static QualitySummary For(TabRecord? tab)
        {
            var q = new QualitySummary();
            if (tab == null) return q;
            string poorReason = "";
            bool micSilent = false, remoteSilent = false, measured = false;
            double mos = 0;
            foreach (ConnectionRecord c in tab.connections)
            {
                QualityState? s = c.quality;
                if (c.ended || s == null) continue;
                if (s.sourceSilence >= SilenceSeconds) micSilent = true;
                if (s.inSilence >= SilenceSeconds) remoteSilent = true;
                Stream(s.inReason, s.inMos, ref measured, ref mos, ref poorReason);
                Stream(s.outReason, s.outMos, ref measured, ref mos, ref poorReason);
            }
            q.Mos = mos;
            if (micSilent) { q.Verdict = Poor; q.Reason = "the other side can't hear you"; }
            else if (remoteSilent) { q.Verdict = Poor; q.Reason = "you can't hear the other side"; }
            else if (poorReason.Length > 0) { q.Verdict = Poor; q.Reason = Words(poorReason); }
            else if (measured) q.Verdict = Good;
            return q;
        }

        /// <summary>The popup's line: "Good (MOS 4.4)", "Poor: network loss (MOS 1.2)", "Measuring…"
        /// while a call has no complete interval yet, "No call" without a live connection.</summary>
        public static string Display(string? verdict, string? reason, double mos, int connections)
        {
            if (connections <= 0) return "No call";
            string score = mos > 0 ? " (MOS " + OneDecimal(mos) + ")" : "";
            if (verdict == Good) return "Good" + score;
            if (verdict == Poor) return "Poor: " + (reason ?? "") + score;
            return "Measuring…";
        }

        /// <summary>v with one decimal, its tenths rounded half to even as .NET's Math.Round does
        /// (42.5 tenths → "4.2", 43.5 → "4.4"): the popup's MOS and sizes.</summary>
        public static string OneDecimal(double v)
        {
            int tenths = (int)System.Math.Round(v * 10);
            return (tenths / 10) + "." + (tenths % 10);
        }

        private static void Stream(string? reason, double mos, ref bool measured, ref double lowest, ref string poorReason)
        {
            if (reason == null || reason.Length == 0) return;
            measured = true;
            if (lowest == 0 || mos < lowest) lowest = mos;
            if (reason != PoorStream.None && poorReason.Length == 0) poorReason = reason;
        }
    }
}
