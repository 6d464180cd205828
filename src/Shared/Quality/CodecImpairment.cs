namespace WebRtcStatsExporter.Shared
{
    /// <summary>How a codec stands up to packet loss in the E-model: its equipment impairment
    /// <see cref="Ie"/> and packet-loss robustness <see cref="Bpl"/> (ITU-T G.107 §7.5, values from
    /// ITU-T G.113 Appendix I where it lists them).</summary>
    public sealed class CodecImpairment
    {
        public string Name = "";
        public double Ie;
        public double Bpl;

        /// <summary>G.711 (PCMU/PCMA) with packet-loss concealment, as WebRTC's decoder does it:
        /// Ie 0, Bpl 25.1 (G.113 Appendix I, G.711 with PLC).</summary>
        public static readonly CodecImpairment G711 = new CodecImpairment { Name = "g711", Ie = 0, Bpl = 25.1 };

        /// <summary>Opus at WebRTC's speech bitrates, with its own concealment: Ie 0, Bpl 10. G.113
        /// lists no Opus values; these are the engineering values other WebRTC monitors use (e.g.
        /// ObserveRTC's client-monitor-js), an assumption written down in docs/metrics.md.</summary>
        public static readonly CodecImpairment Opus = new CodecImpairment { Name = "opus", Ie = 0, Bpl = 10 };

        /// <summary>Opus while in-band FEC packets arrive: a lost frame is often rebuilt, Bpl 20.</summary>
        public static readonly CodecImpairment OpusFec = new CodecImpairment { Name = "opus-fec", Ie = 0, Bpl = 20 };

        /// <summary>The impairment for an RTCCodecStats mimeType ("audio/opus", "audio/PCMU"…);
        /// other or unknown codecs are treated as Opus, WebRTC's default voice codec.</summary>
        public static CodecImpairment For(string? mimeType, bool fecSeen)
        {
            string m = (mimeType ?? "").ToLowerInvariant();
            if (m == "audio/pcmu" || m == "audio/pcma") return G711;
            return fecSeen ? OpusFec : Opus;
        }
    }
}
