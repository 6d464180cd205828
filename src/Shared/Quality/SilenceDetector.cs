namespace WebRtcStatsExporter.Shared
{
    /// <summary>One-way / no-audio detection: how long an audio stream has carried digital silence
    /// while samples kept flowing (RTP still arriving, or the microphone still delivering frames).
    /// From deltas of totalAudioEnergy (Σ level²·duration) and totalSamplesDuration: the interval's
    /// RMS level is √(ΔtotalAudioEnergy / ΔtotalSamplesDuration).</summary>
    public static class SilenceDetector
    {
        /// <summary>RMS level below which audio counts as silent: 10⁻⁴ of full scale (−80 dBFS), about
        /// 3 on the 16-bit scale, where a quiet room on a headset stays near −60 dBFS. Amazon
        /// Connect's softphone counts "no audio" at level ≤ 1 on that scale.</summary>
        public const double SilentLevel = 1e-4;

        /// <summary>Silent seconds after this interval: grows by the interval's audio duration when
        /// it was silent, drops to 0 at the first audible interval, and is unchanged while no samples
        /// flow (a stopped track is not "silence").</summary>
        public static double Next(double silentSeconds, double? energyDelta, double? durationDelta)
        {
            if (energyDelta == null || durationDelta == null || durationDelta.Value <= 0) return silentSeconds;
            double level = System.Math.Sqrt(System.Math.Max(0, energyDelta.Value) / durationDelta.Value);
            return level < SilentLevel ? silentSeconds + durationDelta.Value : 0;
        }
    }
}
