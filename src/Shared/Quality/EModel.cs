namespace WebRtcStatsExporter.Shared
{
    /// <summary>A simplified ITU-T G.107 E-model (narrowband scale): R = R0 − Id − Ie,eff, then
    /// R → MOS. Formulas and sources are written out in docs/metrics.md ("MOS estimate").</summary>
    public static class EModel
    {
        /// <summary>R with G.107's default parameters and no impairment (Ro − Is).</summary>
        public const double R0 = 93.2;
        /// <summary>One 20 ms frame of packetisation, WebRTC's default for Opus and G.711.</summary>
        public const double FrameDelayMs = 20;

        /// <summary>Delay impairment Id for a one-way mouth-to-ear delay (ms): the widely used
        /// simplification of G.107's Idd/Idte terms by Cole and Rosenbluth (ACM SIGCOMM CCR 31(2),
        /// 2001): 0.024·d + 0.11·(d − 177.3)·H(d − 177.3).</summary>
        public static double DelayImpairment(double oneWayMs)
        {
            double d = oneWayMs < 0 ? 0 : oneWayMs;
            return 0.024 * d + (d > 177.3 ? 0.11 * (d - 177.3) : 0);
        }

        /// <summary>G.107 eq. (7-29) for random loss (BurstR = 1): Ie,eff = Ie + (95 − Ie)·Ppl/(Ppl + Bpl),
        /// Ppl in percent.</summary>
        public static double EffectiveEquipmentImpairment(CodecImpairment codec, double lossRatio)
        {
            double ppl = System.Math.Min(100, System.Math.Max(0, lossRatio * 100));
            return codec.Ie + (95 - codec.Ie) * ppl / (ppl + codec.Bpl);
        }

        /// <summary>G.107 Annex B: MOS = 1 for R &lt; 0, 4.5 for R &gt; 100, else
        /// 1 + 0.035·R + R·(R − 60)·(100 − R)·7·10⁻⁶ (kept at 1 or more: the cubic dips just below 1
        /// for R under 6.5).</summary>
        public static double MosFromR(double r)
        {
            if (r <= 0) return 1;
            if (r >= 100) return 4.5;
            return System.Math.Max(1, 1 + 0.035 * r + r * (r - 60) * (100 - r) * 7e-6);
        }

        /// <summary>R for one stream: one-way delay d = RTT/2 + jitter-buffer delay + one frame.</summary>
        public static double R(CodecImpairment codec, double roundTripSeconds, double jitterBufferSeconds, double lossRatio)
        {
            double rtt = double.IsNaN(roundTripSeconds) ? 0 : roundTripSeconds;
            double jb = double.IsNaN(jitterBufferSeconds) ? 0 : jitterBufferSeconds;
            double loss = double.IsNaN(lossRatio) ? 0 : lossRatio;
            double oneWayMs = rtt * 500 + jb * 1000 + FrameDelayMs;
            return R0 - DelayImpairment(oneWayMs) - EffectiveEquipmentImpairment(codec, loss);
        }

        public static double Mos(CodecImpairment codec, double roundTripSeconds, double jitterBufferSeconds, double lossRatio)
            => MosFromR(R(codec, roundTripSeconds, jitterBufferSeconds, lossRatio));

        /// <summary>The best MOS the codec reaches on a perfect network (no loss, no transit delay, no
        /// buffering): the reference for the network MOS degradation.</summary>
        public static double IdealMos(CodecImpairment codec) => Mos(codec, 0, 0, 0);
    }
}
