namespace WebRtcStatsExporter.Shared
{
    /// <summary>One audio stream over one interval: the inputs of the MOS estimate, the poor-stream
    /// classification and the silence detector. Unknown values are NaN.</summary>
    public sealed class AudioInterval
    {
        /// <summary>Network loss: lost / (received + lost) for inbound; lost / sent as the far end
        /// reports it (remote-inbound-rtp) for outbound.</summary>
        public double LossRatio = double.NaN;
        /// <summary>Network loss plus packets the jitter buffer discarded as late or early: what the
        /// listener misses (the E-model's packet-loss input).</summary>
        public double EffectiveLossRatio = double.NaN;
        public double JitterSeconds = double.NaN;
        /// <summary>Audible concealment: (concealed − silent concealed) / samples received.</summary>
        public double ConcealmentRatio = double.NaN;
        /// <summary>Average time a sample spent in the jitter buffer.</summary>
        public double JitterBufferSeconds = double.NaN;
        public double RoundTripSeconds = double.NaN;
        /// <summary>The codec's mime type ("audio/opus"), or "".</summary>
        public string Codec = "";
        /// <summary>FEC packets arrived in the interval (Opus in-band FEC is in use).</summary>
        public bool Fec;
        /// <summary>Packets moved in the interval; an idle stream is not classified.</summary>
        public bool Flowing;
    }

    /// <summary>Builds <see cref="AudioInterval"/>s from the deltas of one connection's samples.</summary>
    public static class AudioIntervals
    {
        public const string In = "inbound-rtp", Out = "outbound-rtp", RemoteIn = "remote-inbound-rtp",
            RemoteOut = "remote-outbound-rtp", Source = "media-source", Playout = "media-playout", Pair = "candidate-pair";

        /// <summary>The received audio stream, or null when the connection receives no audio or a
        /// counter went backwards (<paramref name="reset"/> is then set).</summary>
        public static AudioInterval? Inbound(Sample[] start, Sample[] now, out bool reset)
        {
            reset = false;
            var d = IntervalDelta.Audio(start, now, In);
            if (!d.Present) return null;
            double? received = d.Counter("packetsReceived");
            double? lost = d.ClampedIncrease("packetsLost");
            double? discarded = d.Counter("packetsDiscarded");
            double? samples = d.Counter("totalSamplesReceived");
            double? concealed = d.Counter("concealedSamples");
            double? silent = d.Counter("silentConcealedSamples");
            double? jbDelay = d.Counter("jitterBufferDelay");
            double? jbEmitted = d.Counter("jitterBufferEmittedCount");
            double? fec = d.Counter("fecPacketsReceived");
            if (d.Reset) { reset = true; return null; }
            var a = new AudioInterval
            {
                JitterSeconds = d.Latest("jitter") ?? double.NaN,
                Codec = d.Text("codecId.mimeType") ?? "",
                Fec = fec != null && fec.Value > 0,
                RoundTripSeconds = RoundTrip(start, now),
            };
            double r = received ?? 0, l = lost ?? 0;
            a.Flowing = r + l > 0;
            if (a.Flowing)
            {
                a.LossRatio = l / (r + l);
                a.EffectiveLossRatio = System.Math.Min(1, (l + (discarded ?? 0)) / (r + l));
            }
            if (samples != null && samples.Value > 0 && concealed != null)
                a.ConcealmentRatio = System.Math.Max(0, concealed.Value - (silent ?? 0)) / samples.Value;
            if (jbDelay != null && jbEmitted != null && jbEmitted.Value > 0) a.JitterBufferSeconds = jbDelay.Value / jbEmitted.Value;
            return a;
        }

        /// <summary>The sent audio stream as the far end reports it (remote-inbound-rtp), or null when
        /// the connection sends no audio or a counter went backwards.</summary>
        public static AudioInterval? Outbound(Sample[] start, Sample[] now, out bool reset)
        {
            reset = false;
            var sent = IntervalDelta.Audio(start, now, Out);
            var remote = IntervalDelta.Audio(start, now, RemoteIn);
            if (!sent.Present || !remote.Present) return null;
            double? packets = sent.Counter("packetsSent");
            double? lost = remote.ClampedIncrease("packetsLost");
            if (sent.Reset) { reset = true; return null; }
            var a = new AudioInterval
            {
                JitterSeconds = remote.Latest("jitter") ?? double.NaN,
                Codec = sent.Text("codecId.mimeType") ?? "",
                RoundTripSeconds = RoundTrip(start, now),
            };
            double p = packets ?? 0;
            a.Flowing = p > 0;
            if (a.Flowing)
            {
                if (lost != null) a.LossRatio = System.Math.Min(1, lost.Value / p);
                else
                {
                    double? fraction = remote.Latest("fractionLost");
                    if (fraction != null) a.LossRatio = System.Math.Min(1, System.Math.Max(0, fraction.Value));
                }
                a.EffectiveLossRatio = a.LossRatio;
            }
            return a;
        }

        /// <summary>The connection's round-trip time over the interval: the average of the RTCP
        /// measurements made in it (remote-inbound-rtp), else the latest RTCP value, else the one
        /// measured from the receiving side (remote-outbound-rtp, needs RTCP XR), else the selected
        /// candidate pair's STUN round trip. NaN when none is known.</summary>
        public static double RoundTrip(Sample[] start, Sample[] now)
        {
            var remote = IntervalDelta.Audio(start, now, RemoteIn);
            double? total = remote.Counter("totalRoundTripTime");
            double? count = remote.Counter("roundTripTimeMeasurements");
            if (!remote.Reset && total != null && count != null && count.Value > 0) return total.Value / count.Value;
            double? latest = remote.Latest("roundTripTime")
                ?? SampleValues.Number(SampleValues.Find(now, RemoteOut, "audio"), "roundTripTime")
                ?? SampleValues.Number(SampleValues.Find(now, Pair, null), "currentRoundTripTime");
            return latest ?? double.NaN;
        }
    }
}
