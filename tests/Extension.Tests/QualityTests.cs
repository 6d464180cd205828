using System;
using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Tests
{
    /// <summary>A synthetic audio call, one poll at a time: cumulative counters as Chromium reports
    /// them for one connection that sends and receives Opus at 50 packets/s, 48 kHz.</summary>
    public sealed class AudioCallScript
    {
        public double Seconds;
        public double Received, Lost, Discarded, Samples, Concealed, SilentConcealed, JbDelay, JbEmitted, InEnergy, InDuration, Fec;
        public double Sent, RemoteLost, RttTotal, RttCount, SourceEnergy, SourceDuration, PlayoutDelay, PlayoutSamples;
        public double Jitter = 0.004, RemoteJitter = 0.005, Rtt = 0.05;
        public string Codec = "audio/opus";

        /// <summary>Advances the call by <paramref name="seconds"/> with the given conditions.</summary>
        public AudioCallScript Run(double seconds, double inLoss = 0, double outLoss = 0, double rtt = 0.05, double jbSeconds = 0.04,
            double inLevel = 0.05, double micLevel = 0.1, double concealedShare = -1, double discardShare = 0, double fecPerSecond = 0)
        {
            Seconds += seconds;
            double packets = 50 * seconds;
            Lost += packets * inLoss;
            Received += packets * (1 - inLoss);
            Discarded += packets * discardShare;
            double samples = 48000 * seconds;
            Samples += samples;
            Concealed += samples * (concealedShare >= 0 ? concealedShare : inLoss * 0.8);
            JbEmitted += samples;
            JbDelay += samples * jbSeconds;
            InEnergy += inLevel * inLevel * seconds;
            InDuration += seconds;
            Fec += fecPerSecond * seconds;
            Sent += packets;
            RemoteLost += packets * outLoss;
            Rtt = rtt;
            RttTotal += rtt * seconds;
            RttCount += seconds;
            SourceEnergy += micLevel * micLevel * seconds;
            SourceDuration += seconds;
            PlayoutSamples += samples;
            PlayoutDelay += samples * 0.02;
            return this;
        }

        public Sample[] Samples_() => new[]
        {
            Make.Sample("inbound-rtp", "audio",
                new[] { "packetsReceived", "packetsLost", "packetsDiscarded", "jitter", "jitterBufferDelay", "jitterBufferEmittedCount", "totalSamplesReceived",
                        "concealedSamples", "silentConcealedSamples", "totalAudioEnergy", "totalSamplesDuration", "fecPacketsReceived" },
                new[] { Received, Lost, Discarded, Jitter, JbDelay, JbEmitted, Samples, Concealed, SilentConcealed, InEnergy, InDuration, Fec },
                new[] { "codecId.mimeType" }, new[] { Codec }),
            Make.Sample("outbound-rtp", "audio", new[] { "packetsSent" }, new[] { Sent }, new[] { "codecId.mimeType" }, new[] { Codec }),
            Make.Sample("remote-inbound-rtp", "audio",
                new[] { "packetsLost", "jitter", "roundTripTime", "totalRoundTripTime", "roundTripTimeMeasurements" },
                new[] { RemoteLost, RemoteJitter, Rtt, RttTotal, RttCount }),
            Make.Sample("media-source", "audio", new[] { "totalAudioEnergy", "totalSamplesDuration" }, new[] { SourceEnergy, SourceDuration }),
            Make.Sample("media-playout", "audio", new[] { "totalPlayoutDelay", "totalSamplesCount" }, new[] { PlayoutDelay, PlayoutSamples }),
        };

        public StatsMessage Message(string state = "connected") => Make.Stats(0, state, 1_000_000 + Seconds * 1000, Samples_());
    }

    public class EModelTests
    {
        [Test]
        public void R_to_MOS_follows_G107_annex_B()
        {
            Assert.That(EModel.MosFromR(-5), Is.EqualTo(1));
            Assert.That(EModel.MosFromR(0), Is.EqualTo(1));
            Assert.That(EModel.MosFromR(100), Is.EqualTo(4.5));
            Assert.That(EModel.MosFromR(120), Is.EqualTo(4.5));
            // 1 + 0.035·93.2 + 93.2·33.2·6.8·7e-6 = 4.4092…
            Assert.That(EModel.MosFromR(93.2), Is.EqualTo(4.409).Within(0.001));
            Assert.That(EModel.MosFromR(50), Is.EqualTo(2.575).Within(0.001));
            double previous = 0;
            for (double r = 0; r <= 100; r += 0.5)
            {
                double m = EModel.MosFromR(r);
                Assert.That(m, Is.GreaterThanOrEqualTo(previous), "MOS rises with R");
                previous = m;
            }
        }

        [Test]
        public void Delay_impairment_is_linear_then_steeper_after_177_ms()
        {
            Assert.That(EModel.DelayImpairment(0), Is.EqualTo(0));
            Assert.That(EModel.DelayImpairment(100), Is.EqualTo(2.4).Within(1e-9));
            Assert.That(EModel.DelayImpairment(177.3), Is.EqualTo(0.024 * 177.3).Within(1e-9));
            Assert.That(EModel.DelayImpairment(277.3), Is.EqualTo(0.024 * 277.3 + 11).Within(1e-9));
            Assert.That(EModel.DelayImpairment(-10), Is.EqualTo(0), "a negative delay is no delay");
        }

        [Test]
        public void Loss_impairment_uses_the_codec_robustness()
        {
            // G.107 eq. 7-29 with Ie 0: 95·Ppl/(Ppl + Bpl)
            Assert.That(EModel.EffectiveEquipmentImpairment(CodecImpairment.G711, 0.05), Is.EqualTo(95 * 5 / (5 + 25.1)).Within(1e-9));
            Assert.That(EModel.EffectiveEquipmentImpairment(CodecImpairment.Opus, 0.05), Is.EqualTo(95 * 5 / 15.0).Within(1e-9));
            Assert.That(EModel.EffectiveEquipmentImpairment(CodecImpairment.Opus, 0), Is.EqualTo(0));
            Assert.That(EModel.EffectiveEquipmentImpairment(CodecImpairment.Opus, 7), Is.EqualTo(95 * 100 / 110.0).Within(1e-9), "loss is capped at 100 %");
            Assert.That(CodecImpairment.For("audio/PCMU", false), Is.SameAs(CodecImpairment.G711));
            Assert.That(CodecImpairment.For("audio/pcma", true), Is.SameAs(CodecImpairment.G711));
            Assert.That(CodecImpairment.For("audio/opus", false), Is.SameAs(CodecImpairment.Opus));
            Assert.That(CodecImpairment.For("audio/opus", true), Is.SameAs(CodecImpairment.OpusFec));
            Assert.That(CodecImpairment.For(null, false), Is.SameAs(CodecImpairment.Opus), "unknown codec: WebRTC's default");
        }

        [Test]
        public void A_clean_call_scores_above_4_and_a_lossy_one_far_below()
        {
            double clean = EModel.Mos(CodecImpairment.Opus, 0.002, 0.04, 0);
            double lossy = EModel.Mos(CodecImpairment.Opus, 0.4, 0.08, 0.15);
            Assert.That(clean, Is.GreaterThanOrEqualTo(4.3));
            Assert.That(EModel.IdealMos(CodecImpairment.Opus), Is.GreaterThan(clean));
            Assert.That(lossy, Is.LessThan(2.5));
            Assert.That(EModel.Mos(CodecImpairment.G711, 0.05, 0.04, 0.05), Is.GreaterThan(EModel.Mos(CodecImpairment.Opus, 0.05, 0.04, 0.05)),
                "G.711 with PLC is listed as more loss-robust (Bpl 25.1) than plain Opus (10)");
            Assert.That(EModel.Mos(CodecImpairment.Opus, 1.0, 0.04, 0), Is.LessThan(EModel.Mos(CodecImpairment.Opus, 0.1, 0.04, 0)), "delay costs MOS");
            Assert.That(EModel.Mos(CodecImpairment.Opus, double.NaN, double.NaN, double.NaN), Is.EqualTo(EModel.Mos(CodecImpairment.Opus, 0, 0, 0)), "unknown inputs count as none");
        }
    }

    public class PoorStreamTests
    {
        [Test]
        public void Each_Teams_CQD_threshold_names_its_reason()
        {
            Assert.That(PoorStream.Classify(0.05, 0.01, 0.1, 0.01, 0.1), Is.EqualTo(PoorStream.None));
            Assert.That(PoorStream.Classify(0.11, 0.01, 0.1, 0.01, 0.1), Is.EqualTo(PoorStream.Loss));
            Assert.That(PoorStream.Classify(0.05, 0.031, 0.1, 0.01, 0.1), Is.EqualTo(PoorStream.Jitter));
            Assert.That(PoorStream.Classify(0.05, 0.01, 0.51, 0.01, 0.1), Is.EqualTo(PoorStream.RoundTrip));
            Assert.That(PoorStream.Classify(0.05, 0.01, 0.1, 0.071, 0.1), Is.EqualTo(PoorStream.Concealment));
            Assert.That(PoorStream.Classify(0.05, 0.01, 0.1, 0.01, 1.01), Is.EqualTo(PoorStream.Degradation));
            Assert.That(PoorStream.Classify(0.1, 0.03, 0.5, 0.07, 1.0), Is.EqualTo(PoorStream.None), "thresholds are strict (greater than)");
        }

        [Test]
        public void The_first_threshold_crossed_wins_and_unknown_never_crosses()
        {
            Assert.That(PoorStream.Classify(0.2, 0.05, 0.9, 0.2, 2), Is.EqualTo(PoorStream.Loss));
            Assert.That(PoorStream.Classify(double.NaN, 0.05, 0.9, 0.2, 2), Is.EqualTo(PoorStream.Jitter));
            Assert.That(PoorStream.Classify(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN), Is.EqualTo(PoorStream.None));
            Assert.That(PoorStream.PoorReasons, Has.Length.EqualTo(5), "the reason label is bounded");
        }
    }

    public class SilenceDetectorTests
    {
        [Test]
        public void Silence_accumulates_while_samples_flow_and_ends_at_the_first_sound()
        {
            double s = SilenceDetector.Next(0, 0, 5);
            Assert.That(s, Is.EqualTo(5));
            s = SilenceDetector.Next(s, 1e-9 * 5, 5); // level 1.4e-5: still digital silence
            Assert.That(s, Is.EqualTo(10));
            Assert.That(SilenceDetector.Next(s, 0.001 * 0.001 * 5, 5), Is.EqualTo(0), "−60 dBFS (a quiet room) is sound");
            Assert.That(SilenceDetector.Next(s, 0, 0), Is.EqualTo(10), "no samples flowing: unchanged");
            Assert.That(SilenceDetector.Next(s, null, 5), Is.EqualTo(10), "a missing field: unchanged");
            Assert.That(SilenceDetector.Next(s, -1, 5), Is.EqualTo(15), "negative energy is treated as none");
        }
    }

    public class IntervalTests
    {
        static Sample In(params (string key, double value)[] fields) =>
            Make.Sample("inbound-rtp", "audio", fields.Select(f => f.key).ToArray(), fields.Select(f => f.value).ToArray());

        [Test]
        public void A_counter_that_goes_backwards_is_a_reset_never_a_negative_delta()
        {
            var d = new IntervalDelta(In(("packetsReceived", 500), ("packetsLost", 9)), In(("packetsReceived", 20), ("packetsLost", 7)));
            Assert.That(d.ClampedIncrease("packetsLost"), Is.EqualTo(0), "packetsLost may fall (duplicates): clamped");
            Assert.That(d.Reset, Is.False, "a falling signed total is not a reset");
            Assert.That(d.Counter("packetsReceived"), Is.Null);
            Assert.That(d.Reset, Is.True);
            Assert.That(new IntervalDelta(In(("jitter", 1)), In(("jitter", 2))).Counter("packetsReceived"), Is.Null, "absent field");
        }

        [Test]
        public void Inbound_loss_is_lost_over_expected_and_discards_count_for_the_listener()
        {
            var a = new AudioCallScript().Run(10);
            Sample[] start = a.Samples_();
            a.Run(10, inLoss: 0.1, discardShare: 0.02, concealedShare: 0.05);
            AudioInterval i = AudioIntervals.Inbound(start, a.Samples_(), out bool reset)!;
            Assert.That(reset, Is.False);
            Assert.That(i.LossRatio, Is.EqualTo(0.1).Within(1e-9), "lost / (received + lost), not lost / received");
            Assert.That(i.EffectiveLossRatio, Is.EqualTo(0.12).Within(1e-9));
            Assert.That(i.ConcealmentRatio, Is.EqualTo(0.05).Within(1e-9));
            Assert.That(i.JitterBufferSeconds, Is.EqualTo(0.04).Within(1e-9));
            Assert.That(i.RoundTripSeconds, Is.EqualTo(0.05).Within(1e-9), "average of the interval's RTCP measurements");
            Assert.That(i.Codec, Is.EqualTo("audio/opus"));
            Assert.That(i.Flowing, Is.True);
            Assert.That(i.Fec, Is.False);
        }

        [Test]
        public void Silent_concealment_is_not_audible_concealment()
        {
            var a = new AudioCallScript().Run(10);
            Sample[] start = a.Samples_();
            a.Run(10, concealedShare: 0.3);
            a.SilentConcealed += 0.3 * 48000 * 10;
            Assert.That(AudioIntervals.Inbound(start, a.Samples_(), out _)!.ConcealmentRatio, Is.EqualTo(0).Within(1e-9));
        }

        [Test]
        public void Outbound_loss_comes_from_the_far_ends_reports()
        {
            var a = new AudioCallScript().Run(10);
            Sample[] start = a.Samples_();
            a.Run(10, outLoss: 0.2, rtt: 0.3);
            AudioInterval o = AudioIntervals.Outbound(start, a.Samples_(), out bool reset)!;
            Assert.That(reset, Is.False);
            Assert.That(o.LossRatio, Is.EqualTo(0.2).Within(1e-9));
            Assert.That(o.JitterSeconds, Is.EqualTo(0.005));
            Assert.That(o.RoundTripSeconds, Is.EqualTo(0.3).Within(1e-9));
            Assert.That(o.ConcealmentRatio, Is.NaN, "the far end's concealment is not reported");
        }

        [Test]
        public void Round_trip_falls_back_from_RTCP_average_to_latest_to_the_candidate_pair()
        {
            Sample Pair(double rtt) => Make.Sample("candidate-pair", null, new[] { "currentRoundTripTime" }, new[] { rtt });
            Sample Remote(double total, double count, double latest) => Make.Sample("remote-inbound-rtp", "audio",
                new[] { "totalRoundTripTime", "roundTripTimeMeasurements", "roundTripTime" }, new[] { total, count, latest });
            Assert.That(AudioIntervals.RoundTrip(new[] { Remote(1, 10, 0.1) }, new[] { Remote(2, 12, 0.9) }), Is.EqualTo(0.5).Within(1e-9));
            Assert.That(AudioIntervals.RoundTrip(new[] { Remote(1, 10, 0.1) }, new[] { Remote(1, 10, 0.2) }), Is.EqualTo(0.2), "no new measurement: the latest");
            Assert.That(AudioIntervals.RoundTrip(new Sample[0], new[] { Pair(0.07) }), Is.EqualTo(0.07), "no RTCP: the STUN round trip");
            Assert.That(AudioIntervals.RoundTrip(new Sample[0], new Sample[0]), Is.NaN);
        }
    }

    public class CallQualityTests
    {
        static QualityState Start(AudioCallScript a)
        {
            StatsMessage m = a.Message();
            return CallQuality.Fresh(m.samples, m.at);
        }

        static void Poll(QualityState q, AudioCallScript a)
        {
            StatsMessage m = a.Message();
            CallQuality.Update(q, m.samples, m.at);
        }

        static double? Derived(QualityState q, string type, string key) => SampleValues.Number(SampleValues.Find(q.derived, type, "audio"), key);

        [Test]
        public void Values_appear_once_an_interval_of_4_5_seconds_is_complete()
        {
            var a = new AudioCallScript().Run(2);
            QualityState q = Start(a);
            a.Run(2);
            Poll(q, a);
            Assert.That(q.derived, Is.Empty, "2 s is too short to judge");
            a.Run(3);
            Poll(q, a);
            Assert.That(Derived(q, "inbound-rtp", "mos"), Is.GreaterThanOrEqualTo(4.0));
            Assert.That(Derived(q, "outbound-rtp", "mos"), Is.GreaterThanOrEqualTo(4.0));
            Assert.That(Derived(q, "inbound-rtp", "poor"), Is.EqualTo(0));
            Assert.That(SampleValues.Text(SampleValues.Find(q.derived, "inbound-rtp", "audio"), "poor"), Is.EqualTo("none"));
            Assert.That(Derived(q, "media-playout", "delay"), Is.EqualTo(0.02).Within(1e-9));
            Assert.That(Derived(q, "media-source", "silence"), Is.EqualTo(0));
        }

        [Test]
        public void A_lossy_call_is_poor_for_loss_and_scores_at_least_half_a_point_lower()
        {
            var good = new AudioCallScript().Run(5);
            QualityState g = Start(good);
            good.Run(5);
            Poll(g, good);
            var bad = new AudioCallScript().Run(5);
            QualityState b = Start(bad);
            bad.Run(5, inLoss: 0.15, outLoss: 0.15, rtt: 0.4);
            Poll(b, bad);
            Assert.That(Derived(b, "inbound-rtp", "poor"), Is.EqualTo(1));
            Assert.That(SampleValues.Text(SampleValues.Find(b.derived, "inbound-rtp", "audio"), "poor"), Is.EqualTo(PoorStream.Loss));
            Assert.That(SampleValues.Text(SampleValues.Find(b.derived, "outbound-rtp", "audio"), "poor"), Is.EqualTo(PoorStream.Loss));
            Assert.That(Derived(g, "inbound-rtp", "mos")!.Value - Derived(b, "inbound-rtp", "mos")!.Value, Is.GreaterThanOrEqualTo(0.5));
            Assert.That(CallQuality.CallVerdict(b), Is.EqualTo(PoorStream.Loss));
            Assert.That(CallQuality.CallVerdict(g), Is.EqualTo(PoorStream.None));
            Assert.That(CallQuality.CallVerdict(null), Is.EqualTo(""));
        }

        [Test]
        public void A_restarted_stream_starts_a_new_interval_and_keeps_the_previous_values()
        {
            var a = new AudioCallScript().Run(5);
            QualityState q = Start(a);
            a.Run(5);
            Poll(q, a);
            double mos = Derived(q, "inbound-rtp", "mos")!.Value;
            // the stream restarts: counters start again from zero, time goes on
            var restarted = new AudioCallScript { Seconds = a.Seconds }.Run(5, inLoss: 0.5);
            Poll(q, restarted);
            Assert.That(Derived(q, "inbound-rtp", "mos"), Is.EqualTo(mos), "no value from an interval that spans a reset");
            restarted.Run(5, inLoss: 0.5);
            Poll(q, restarted);
            Assert.That(SampleValues.Text(SampleValues.Find(q.derived, "inbound-rtp", "audio"), "poor"), Is.EqualTo(PoorStream.Loss), "the next interval is measured from the reset");
        }

        [Test]
        public void Silence_is_counted_per_direction_while_audio_flows()
        {
            var a = new AudioCallScript().Run(5);
            QualityState q = Start(a);
            for (int i = 0; i < 4; i++)
            {
                a.Run(5, micLevel: 0);
                Poll(q, a);
            }
            Assert.That(Derived(q, "media-source", "silence"), Is.EqualTo(20).Within(1e-9), "the other side has heard nothing for 20 s");
            Assert.That(Derived(q, "inbound-rtp", "silence"), Is.EqualTo(0));
            a.Run(5, micLevel: 0.2, inLevel: 0);
            Poll(q, a);
            Assert.That(Derived(q, "media-source", "silence"), Is.EqualTo(0));
            Assert.That(Derived(q, "inbound-rtp", "silence"), Is.EqualTo(5).Within(1e-9));
        }

        [Test]
        public void Fec_packets_make_Opus_more_loss_robust()
        {
            var plain = new AudioCallScript().Run(5);
            QualityState p = Start(plain);
            plain.Run(5, inLoss: 0.05);
            Poll(p, plain);
            var fec = new AudioCallScript().Run(5);
            QualityState f = Start(fec);
            fec.Run(5, inLoss: 0.05, fecPerSecond: 3);
            Poll(f, fec);
            Assert.That(Derived(f, "inbound-rtp", "mos"), Is.GreaterThan(Derived(p, "inbound-rtp", "mos")));
        }
    }

    public class QualityExportTests
    {
        /// <summary>The same poll a little later: every counter grown by <paramref name="factor"/>.</summary>
        public static Sample[] Grown(Sample[] samples, double factor) => samples.Select(x => Make.Sample(x.type, x.kind, x.names,
            x.values.Select((v, i) => MetricCatalog.FindNumeric(x.type, x.names[i])?.Type == MetricType.Counter ? v * factor : v).ToArray(),
            x.infoNames, x.infoValues)).ToArray();

        static TabRecord Call(SessionState st, AudioCallScript a, double seconds, Action<AudioCallScript>? step = null)
        {
            TabRecord t = TabStates.Ingest(st, 3, 0, "https://teams.microsoft.com/v2/", Platform.Teams, a.Message(), 1);
            for (double s = 0; s < seconds; s += 5)
            {
                if (step != null) step(a); else a.Run(5);
                t = TabStates.Ingest(st, 3, 0, "https://teams.microsoft.com/v2/", Platform.Teams, a.Message(), 1);
            }
            return t;
        }

        [Test]
        public void Derived_families_are_exported_with_their_labels_and_promtool_accepts_them()
        {
            var st = TabStates.Empty();
            TabRecord t = Call(st, new AudioCallScript().Run(5), 10, a => a.Run(5, inLoss: 0.2));
            string text = Exposition.Write(MetricsModel.Build(t, "agent-7", MetricDetail.Detailed));
            const string L = "agent_id=\"agent-7\",platform=\"teams\",origin=\"https://teams.microsoft.com\",pc=\"0\",kind=\"audio\"";
            StringAssert.Contains("webrtc_inbound_poor_stream{" + L + ",reason=\"loss\"} 1\n", text);
            StringAssert.Contains("webrtc_outbound_poor_stream{" + L + ",reason=\"none\"} 0\n", text);
            StringAssert.Contains("webrtc_media_source_silence_seconds{" + L + "} 0\n", text);
            StringAssert.Contains("# TYPE webrtc_inbound_mos gauge\n", text);
            Assert.That(text, Does.Match("webrtc_inbound_mos\\{" + System.Text.RegularExpressions.Regex.Escape(L) + "\\} [12]\\."));
            var (code, output) = Promtool.CheckMetrics(text);
            Assert.That(code, Is.EqualTo(0), output);
            Assert.That(output.Trim(), Is.Empty);
        }

        [Test]
        public void The_derived_state_survives_a_session_storage_round_trip()
        {
            var st = TabStates.Empty();
            Call(st, new AudioCallScript().Run(5), 10);
            string json = System.Text.Json.JsonSerializer.Serialize(st, new System.Text.Json.JsonSerializerOptions { IncludeFields = true });
            var back = System.Text.Json.JsonSerializer.Deserialize<SessionState>(json, new System.Text.Json.JsonSerializerOptions { IncludeFields = true })!;
            QualityState q = back.tabs[0].connections[0].quality!;
            Assert.That(q.inMos, Is.GreaterThan(4));
            Assert.That(q.inCall, Has.Length.EqualTo(CallAverages.Measures * 2));
        }

        [Test]
        public void An_audio_call_stays_within_50_series()
        {
            var samples = StatsReducer.Reduce(Fixtures.Report("chromium-audio-call.json"));
            var st = TabStates.Empty();
            TabStates.Ingest(st, 1, 0, "https://acme.my.connect.aws/ccp-v2/", Platform.Connect, Make.Stats(0, "connected", 1000, samples), 1);
            TabRecord t = TabStates.Ingest(st, 1, 0, "https://acme.my.connect.aws/ccp-v2/", Platform.Connect, Make.Stats(0, "connected", 6000, Grown(samples, 1.1)), 2);
            MetricsSnapshot snap = MetricsModel.Build(t, "agent-007", MetricDetail.Detailed);
            Assert.That(snap.Families.Select(f => f.Name), Does.Contain("webrtc_inbound_mos").And.Contain("webrtc_outbound_poor_stream").And.Contain("webrtc_media_source_silence_seconds"));
            Assert.That(snap.SeriesCount(), Is.LessThanOrEqualTo(50), string.Join("\n", snap.Families.Select(f => f.Name + " " + f.Series.Count)));
            Assert.That(snap.Families.Where(f => f.Name.StartsWith("webrtc_exporter_") || f.Name.StartsWith("webrtc_agent_")), Is.Empty,
                "the agent's own counters live in the agent's group, not in each call's");
        }
    }
}

namespace WebRtcStatsExporter.Tests
{
    public class QualitySummaryTests
    {
        static TabRecord Tab(params QualityState[] states) => new TabRecord
        {
            connections = states.Select((q, i) => new ConnectionRecord { slot = i, quality = q, samples = new Sample[0] }).ToList(),
        };

        static QualityState Q(string inReason = "none", double inMos = 4.4, string outReason = "none", double outMos = 4.3, double mic = 0, double remote = 0)
        {
            QualityState q = CallQuality.Fresh(new Sample[0], 0);
            q.inReason = inReason; q.inMos = inMos; q.outReason = outReason; q.outMos = outMos; q.sourceSilence = mic; q.inSilence = remote;
            return q;
        }

        [Test]
        public void The_agent_reads_good_or_poor_with_the_reason_in_plain_words()
        {
            Assert.That(QualitySummary.Display(QualitySummary.For(Tab(Q())).Verdict, "", QualitySummary.For(Tab(Q())).Mos, 1), Is.EqualTo("Good (MOS 4.3)"));
            QualitySummary lossy = QualitySummary.For(Tab(Q(), Q(inReason: "loss", inMos: 1.23)));
            Assert.That(QualitySummary.Display(lossy.Verdict, lossy.Reason, lossy.Mos, 2), Is.EqualTo("Poor: network loss (MOS 1.2)"));
            QualitySummary mic = QualitySummary.For(Tab(Q(inReason: "jitter", mic: 12)));
            Assert.That((mic.Verdict, mic.Reason), Is.EqualTo(("poor", "the other side can't hear you")), "silence before anything else");
            QualitySummary deaf = QualitySummary.For(Tab(Q(remote: 30)));
            Assert.That(deaf.Reason, Is.EqualTo("you can't hear the other side"));
            Assert.That(QualitySummary.For(Tab(Q(mic: 5))).Verdict, Is.EqualTo("good"), "a pause is not silence");
            Assert.That(QualitySummary.Display("", "", 0, 1), Is.EqualTo("Measuring…"));
            Assert.That(QualitySummary.Display("poor", "network loss", 1, 0), Is.EqualTo("No call"));
            Assert.That(QualitySummary.For(null).Verdict, Is.EqualTo(""));
            Assert.That(QualitySummary.For(Tab(Q(inReason: "", outReason: ""))).Verdict, Is.EqualTo(""), "no interval yet");
            foreach (string r in PoorStream.PoorReasons)
                Assert.That(QualitySummary.Words(r), Is.Not.Empty, r);
        }

        /// <summary>The popup's one-decimal text rounds its tenths half to even, as .NET's Math.Round:
        /// exact binary halves of a tenth go to the even tenth.</summary>
        [Test]
        public void One_decimal_rounds_halves_to_even_as_Math_Round()
        {
            Assert.That(QualitySummary.OneDecimal(0), Is.EqualTo("0.0"));
            Assert.That(QualitySummary.OneDecimal(0.25), Is.EqualTo("0.2"), "2.5 tenths: to even");
            Assert.That(QualitySummary.OneDecimal(0.75), Is.EqualTo("0.8"), "7.5 tenths: to even");
            Assert.That(QualitySummary.OneDecimal(4.75), Is.EqualTo("4.8"));
            Assert.That(QualitySummary.OneDecimal(12.34), Is.EqualTo("12.3"));
            Assert.That(QualitySummary.OneDecimal(1023.96), Is.EqualTo("1024.0"));
            Assert.That(QualitySummary.Display("good", "", 4.25, 1), Is.EqualTo("Good (MOS 4.2)"), "4.25 × 10 is an exact half: to even");
        }
    }
}
