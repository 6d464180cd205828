using System.Collections.Generic;
using Js;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>The worker's derived state of one connection (kept with it in chrome.storage.session).</summary>
    [ObjectLiteral]
    public sealed class QualityState
    {
        /// <summary>The raw samples at the start of the current interval, and when they were taken.</summary>
        public Sample[] start;
        public double startAt;
        /// <summary>When the previous poll was taken (stats gaps).</summary>
        public double lastAt;
        /// <summary>Derived values of the last complete interval, as samples the metrics model exports.</summary>
        public Sample[] derived;
        /// <summary>Consecutive silent seconds: received audio, and the local microphone.</summary>
        public double inSilence;
        public double sourceSilence;
        /// <summary>Whole-call averages per direction (<see cref="CallAverages"/>).</summary>
        public double[] inCall;
        public double[] outCall;
        /// <summary>Current poor-stream reasons ("" before the first interval).</summary>
        public string inReason;
        public string outReason;
        public double inMos;
        public double outMos;
    }

    /// <summary>Turns a connection's successive raw polls into its quality: intervals of at least
    /// <see cref="MinIntervalMs"/> (reset-safe, see <see cref="IntervalDelta"/>), then per audio
    /// stream an E-model MOS, the Teams CQD poor-stream reason and the silence detectors. Runs in the
    /// worker: the tab only forwards the raw fields, so the capture code stays small and every derivation
    /// is done once, in one place, with the connection's history at hand.</summary>
    public static class CallQuality
    {
        /// <summary>Shortest interval a derived value is computed over (one 5 s default poll, or
        /// several shorter polls): shorter ones are too noisy to classify.</summary>
        public const double MinIntervalMs = 4500;

        public static QualityState Fresh(Sample[] raw, double at) => new QualityState
        {
            start = raw, startAt = at, lastAt = at, derived = new Sample[0],
            inSilence = 0, sourceSilence = 0, inCall = CallAverages.Empty(), outCall = CallAverages.Empty(),
            inReason = "", outReason = "", inMos = 0, outMos = 0,
        };

        /// <summary>Takes one poll (raw samples as the page sent them, at the page's time). Once the
        /// interval since the last step is long enough, derives its values and starts the next.</summary>
        public static void Update(QualityState q, Sample[] raw, double at)
        {
            q.lastAt = at;
            double span = at - q.startAt;
            if (span < MinIntervalMs) return;
            Step(q, q.start, raw, span / 1000);
            q.start = raw;
            q.startAt = at;
        }

        /// <summary>The samples to export for a connection: its latest (accumulated) samples plus the
        /// derived ones of its last complete interval.</summary>
        public static Sample[] WithDerived(Sample[] samples, QualityState? q)
        {
            if (q == null || q.derived == null || q.derived.Length == 0) return samples;
            var all = new List<Sample>(samples);
            all.AddRange(q.derived);
            return all.ToArray();
        }

        private static void Step(QualityState q, Sample[] start, Sample[] now, double seconds)
        {
            var derived = new List<Sample>();
            bool resetIn, resetOut;
            AudioInterval? inbound = AudioIntervals.Inbound(start, now, out resetIn);
            AudioInterval? outbound = AudioIntervals.Outbound(start, now, out resetOut);
            if (resetIn || resetOut)
            {
                // A stream restarted: this interval is not measurable; the previous values stand and
                // the next interval starts here.
                return;
            }

            double jbIn = inbound != null ? inbound.JitterBufferSeconds : double.NaN;
            if (inbound != null && inbound.Flowing)
            {
                double mos = Judge(inbound, jbIn, q.inCall, seconds, out string reason);
                q.inMos = mos;
                q.inReason = reason;
            }
            if (outbound != null && outbound.Flowing)
            {
                // The far end's jitter buffer is not visible: assume it buffers like ours.
                double mos = Judge(outbound, jbIn, q.outCall, seconds, out string reason);
                q.outMos = mos;
                q.outReason = reason;
            }

            var inDelta = IntervalDelta.Audio(start, now, AudioIntervals.In);
            if (inDelta.Present) q.inSilence = SilenceDetector.Next(q.inSilence, inDelta.Counter("totalAudioEnergy"), inDelta.Counter("totalSamplesDuration"));
            var srcDelta = IntervalDelta.Audio(start, now, AudioIntervals.Source);
            if (srcDelta.Present) q.sourceSilence = SilenceDetector.Next(q.sourceSilence, srcDelta.Counter("totalAudioEnergy"), srcDelta.Counter("totalSamplesDuration"));

            if (q.inReason.Length > 0 || inDelta.Present)
            {
                var names = new List<string>();
                var values = new List<double>();
                if (q.inReason.Length > 0) { names.Add("mos"); values.Add(ExportedMos(q.inMos)); names.Add("poor"); values.Add(q.inReason == PoorStream.None ? 0 : 1); }
                if (inDelta.Present) { names.Add("silence"); values.Add(q.inSilence); }
                derived.Add(Derived(AudioIntervals.In, names, values, q.inReason));
            }
            if (q.outReason.Length > 0)
                derived.Add(Derived(AudioIntervals.Out, new List<string> { "mos", "poor" }, new List<double> { ExportedMos(q.outMos), q.outReason == PoorStream.None ? 0 : 1 }, q.outReason));
            if (srcDelta.Present)
                derived.Add(Derived(AudioIntervals.Source, new List<string> { "silence" }, new List<double> { q.sourceSilence }, ""));
            var playout = IntervalDelta.Audio(start, now, AudioIntervals.Playout);
            double? delay = playout.Counter("totalPlayoutDelay");
            double? count = playout.Counter("totalSamplesCount");
            if (!playout.Reset && delay != null && count != null && count.Value > 0)
                derived.Add(Derived(AudioIntervals.Playout, new List<string> { "delay" }, new List<double> { delay.Value / count.Value }, ""));
            else
            {
                Sample? previous = SampleValues.Find(q.derived, AudioIntervals.Playout, "audio");
                if (previous != null) derived.Add(previous);
            }
            q.derived = derived.ToArray();
        }

        /// <summary>The MOS as exported: two decimals, the scale's own resolution (an estimate good to a
        /// tenth); more digits would only cost push bytes. The verdict and the averages use the full value.</summary>
        private static double ExportedMos(double mos) => System.Math.Floor(mos * 100 + 0.5) / 100;

        /// <summary>MOS and poor-stream reason of one interval; adds it to the call's averages.</summary>
        private static double Judge(AudioInterval a, double jitterBufferSeconds, double[] call, double seconds, out string reason)
        {
            CodecImpairment codec = CodecImpairment.For(a.Codec, a.Fec);
            double mos = EModel.Mos(codec, a.RoundTripSeconds, jitterBufferSeconds, a.EffectiveLossRatio);
            double degradation = EModel.IdealMos(codec) - mos;
            reason = PoorStream.Classify(a.LossRatio, a.JitterSeconds, a.RoundTripSeconds, a.ConcealmentRatio, degradation);
            CallAverages.Add(call, CallAverages.Loss, a.LossRatio, seconds);
            CallAverages.Add(call, CallAverages.Jitter, a.JitterSeconds, seconds);
            CallAverages.Add(call, CallAverages.RoundTrip, a.RoundTripSeconds, seconds);
            CallAverages.Add(call, CallAverages.Concealment, a.ConcealmentRatio, seconds);
            CallAverages.Add(call, CallAverages.Degradation, degradation, seconds);
            return mos;
        }

        private static Sample Derived(string type, List<string> names, List<double> values, string reason)
        {
            bool poor = names.Contains("poor");
            return new Sample
            {
                type = type, kind = "audio", names = names.ToArray(), values = values.ToArray(),
                infoNames = poor ? new[] { "poor" } : new string[0],
                infoValues = poor ? new[] { reason } : new string[0],
            };
        }

        /// <summary>The whole call's verdict (CQD on the call averages): the inbound stream's reason
        /// when it is poor, else the outbound one's, else <see cref="PoorStream.None"/>; "" when
        /// no interval was ever measured.</summary>
        public static string CallVerdict(QualityState? q)
        {
            if (q == null || (!CallAverages.Any(q.inCall) && !CallAverages.Any(q.outCall))) return "";
            string inbound = CallAverages.Verdict(q.inCall);
            return inbound != PoorStream.None ? inbound : CallAverages.Verdict(q.outCall);
        }
    }
}
