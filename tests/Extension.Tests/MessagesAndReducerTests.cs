using System.Linq;
using NUnit.Framework;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Tests
{
    public class MessagesTests
    {
        private static Sample Good() => Make.Sample("inbound-rtp", "audio", new[] { "jitter" }, new[] { 0.01 }, new[] { "codecId.mimeType" }, new[] { "audio/opus" });

        [Test]
        public void Accepts_a_well_formed_stats_message()
            => Assert.That(Messages.IsValidStats(Make.Stats(0, "connected", 1, Good())), Is.True);

        [Test]
        public void Rejects_malformed_messages()
        {
            Assert.That(Messages.IsValidStats(null), Is.False);
            Assert.That(Messages.IsValidStats(new StatsMessage { type = "wse/stats", pc = 0, state = "connected", at = 1 }), Is.False, "no samples");
            Assert.That(Messages.IsValidStats(Make.Stats(-1, "connected", 1, Good())), Is.False);
            Assert.That(Messages.IsValidStats(Make.Stats(64, "connected", 1, Good())), Is.False);
            Assert.That(Messages.IsValidStats(Make.Stats(0, "pwned", 1, Good())), Is.False);
            Assert.That(Messages.IsValidStats(Make.Stats(0, "connected", double.NaN, Good())), Is.False);
            Assert.That(Messages.IsValidStats(Make.Stats(0, "connected", double.PositiveInfinity, Good())), Is.False);
            var wrongType = Make.Stats(0, "connected", 1, Good()); wrongType.type = "wse/closed";
            Assert.That(Messages.IsValidStats(wrongType), Is.False);
        }

        [Test]
        public void Rejects_malformed_samples()
        {
            Assert.That(Messages.IsValidSample(Make.Sample("certificate", null, new string[0], new double[0])), Is.False, "not a catalogue type");
            Assert.That(Messages.IsValidSample(Make.Sample("inbound-rtp", "screen", new string[0], new double[0])), Is.False, "bad kind");
            Assert.That(Messages.IsValidSample(Make.Sample("inbound-rtp", "audio", new[] { "ssrc" }, new[] { 1.0 })), Is.False, "not a catalogue field");
            Assert.That(Messages.IsValidSample(Make.Sample("inbound-rtp", "audio", new[] { "jitter" }, new double[0])), Is.False, "length mismatch");
            // a value that is not finite does not void the sample: the worker drops and counts it (Plausibility)
            Assert.That(Messages.IsValidSample(Make.Sample("inbound-rtp", "audio", new[] { "jitter" }, new[] { double.NaN })), Is.True);
            Assert.That(Messages.IsValidSample(Make.Sample("inbound-rtp", "audio", new[] { "jitter" }, new[] { double.NegativeInfinity })), Is.True);
            Assert.That(Messages.IsValidSample(Make.Sample("inbound-rtp", "audio", new string[0], new double[0], new[] { "codecId.mimeType" }, new[] { "audio/opus\n# TYPE x counter" })), Is.False, "control characters");
            Assert.That(Messages.IsValidSample(Make.Sample("inbound-rtp", "audio", new string[0], new double[0], new[] { "codecId.mimeType" }, new[] { new string('x', 65) })), Is.False, "too long");
            Assert.That(Messages.IsValidSample(Make.Sample("inbound-rtp", "audio", new string[0], new double[0], new[] { "trackIdentifier" }, new[] { "abc" })), Is.False, "not a catalogue info field");
            Assert.That(Messages.IsValidSample(new Sample { type = "inbound-rtp", kind = "audio" }), Is.False, "missing arrays");
        }

        [Test]
        public void Other_messages()
        {
            StatsMessage a = Make.Stats(0, "connected", 1, Good()), b = Make.Stats(1, "connected", 1, Good());
            PollMessage Poll(StatsMessage[] stats, int[] closed) => new PollMessage { type = Messages.Poll, stats = stats, closed = closed };
            Assert.That(Messages.IsValidPoll(Poll(new[] { a, b }, new[] { 3 })), Is.True);
            Assert.That(Messages.IsValidPoll(Poll(new StatsMessage[0], new[] { 0 })), Is.True, "only an end");
            Assert.That(Messages.IsValidPoll(Poll(new[] { a, a }, new int[0])), Is.False, "one slot twice");
            Assert.That(Messages.IsValidPoll(Poll(new[] { a }, new[] { 2, 2 })), Is.False, "one end twice");
            Assert.That(Messages.IsValidPoll(Poll(new[] { a }, new[] { -3 })), Is.False);
            Assert.That(Messages.IsValidPoll(Poll(new[] { a }, new[] { 64 })), Is.False);
            Assert.That(Messages.IsValidPoll(Poll(new[] { a, Make.Stats(2, "pwned", 1, Good()) }, new int[0])), Is.False, "one bad entry voids the message");
            Assert.That(Messages.IsValidPoll(Poll(null!, new int[0])), Is.False);
            Assert.That(Messages.IsValidPoll(Poll(new[] { a }, null!)), Is.False);
            Assert.That(Messages.IsValidPoll(new PollMessage { type = Messages.Stats, stats = new[] { a }, closed = new int[0] }), Is.False);
            Assert.That(Messages.IsValidStatus(new StatusRequest { type = Messages.Status, tabId = 12 }), Is.True);
        }
    }

    public class ReducerTests
    {
        [Test]
        public void Keeps_only_catalogue_fields_and_the_selected_pair()
        {
            Sample[] samples = StatsReducer.Reduce(Fixtures.Report("chromium-audio-call.json"));
            Assert.That(samples.Select(s => s.type + "/" + s.kind), Is.EquivalentTo(new[]
            {
                "transport/", "candidate-pair/", "inbound-rtp/audio", "outbound-rtp/audio", "remote-inbound-rtp/audio", "media-source/audio",
                "media-playout/audio",
            }));
            foreach (Sample s in samples) Assert.That(Messages.IsValidSample(s), Is.True, s.type);
            Sample pair = samples.Single(s => s.type == "candidate-pair");
            Assert.That(pair.values[System.Array.IndexOf(pair.names, "currentRoundTripTime")], Is.EqualTo(0.046), "the failed pair is ignored");
            Sample inbound = samples.Single(s => s.type == "inbound-rtp");
            Assert.That(inbound.names, Does.Not.Contain("ssrc").And.Not.Contain("timestamp"));
        }

        [Test]
        public void Reads_fields_only_from_streams_of_their_kind()
        {
            var report = new JsonStatsReport("[" +
                "{\"id\":\"a\",\"type\":\"inbound-rtp\",\"kind\":\"audio\",\"nackCount\":0,\"framesDecoded\":3,\"concealedSamples\":7,\"totalSamplesDuration\":2.5}," +
                "{\"id\":\"b\",\"type\":\"inbound-rtp\",\"kind\":\"video\",\"nackCount\":4,\"concealedSamples\":9,\"freezeCount\":1}]");
            Sample[] samples = StatsReducer.Reduce(report);
            Sample audio = samples.Single(x => x.kind == "audio"), video = samples.Single(x => x.kind == "video");
            Assert.That(audio.names, Is.EquivalentTo(new[] { "concealedSamples", "totalSamplesDuration" }), "NACK and frames are video fields; the input is read");
            Assert.That(video.names, Is.EquivalentTo(new[] { "nackCount", "freezeCount" }), "concealment is an audio field");
            Assert.That(Messages.IsValidSample(audio), Is.True);
            var forged = new Sample { type = "inbound-rtp", kind = "audio", names = new[] { "mos" }, values = new[] { 5.0 }, infoNames = new string[0], infoValues = new string[0] };
            Assert.That(Messages.IsValidSample(forged), Is.False, "derived values are the worker's, never the page's");
        }

        [Test]
        public void Drops_non_finite_and_negative_counters_keeps_negative_gauges()
        {
            var report = new JsonStatsReport("[{\"id\":\"a\",\"type\":\"inbound-rtp\",\"kind\":\"audio\",\"jitter\":\"NaN\",\"audioLevel\":\"Infinity\",\"packetsReceived\":-4,\"packetsLost\":-2,\"bytesReceived\":10}]");
            Sample s = StatsReducer.Reduce(report).Single();
            Assert.That(s.names, Is.EqualTo(new[] { "bytesReceived", "packetsLost" }), "catalogue order");
            Assert.That(s.values, Is.EqualTo(new[] { 10.0, -2.0 }));
        }

        [Test]
        public void Aggregates_streams_of_the_same_kind()
        {
            var report = new JsonStatsReport("[" +
                "{\"id\":\"a\",\"type\":\"inbound-rtp\",\"kind\":\"video\",\"framesDecoded\":10,\"jitter\":0.01}," +
                "{\"id\":\"b\",\"type\":\"inbound-rtp\",\"kind\":\"video\",\"framesDecoded\":5,\"jitter\":0.03}," +
                "{\"id\":\"c\",\"type\":\"outbound-rtp\",\"kind\":\"video\",\"qualityLimitationReason\":\"bandwidth\",\"qualityLimitationDurations\":{\"none\":1.5,\"cpu\":0,\"bandwidth\":2.25,\"other\":0}}," +
                "{\"id\":\"d\",\"type\":\"inbound-rtp\",\"kind\":\"data\",\"framesDecoded\":99}]");
            Sample[] samples = StatsReducer.Reduce(report);
            Sample inV = samples.Single(x => x.type == "inbound-rtp");
            Assert.That(inV.values[System.Array.IndexOf(inV.names, "framesDecoded")], Is.EqualTo(15), "counters are summed");
            Assert.That(inV.values[System.Array.IndexOf(inV.names, "jitter")], Is.EqualTo(0.03), "gauges take the worst");
            Sample outV = samples.Single(x => x.type == "outbound-rtp");
            Assert.That(outV.values[System.Array.IndexOf(outV.names, "qualityLimitationDurations.bandwidth")], Is.EqualTo(2.25));
            Assert.That(outV.infoValues, Is.EqualTo(new[] { "bandwidth" }));

            var st = TabStates.Empty();
            TabRecord t = TabStates.Ingest(st, 1, 0, "https://meet.google.com/", Platform.Meet, Make.Stats(0, "connected", 1, samples), 1);
            string text = Exposition.Write(MetricsModel.Build(t, "ag", MetricDetail.Detailed));
            StringAssert.Contains("webrtc_outbound_quality_limitation_seconds_total{agent_id=\"ag\",platform=\"meet\",origin=\"https://meet.google.com\",pc=\"0\",kind=\"video\",reason=\"bandwidth\"} 2.25\n", text);
            StringAssert.Contains("webrtc_outbound_quality_limitation_info{agent_id=\"ag\",platform=\"meet\",origin=\"https://meet.google.com\",pc=\"0\",kind=\"video\",reason=\"bandwidth\"} 1\n", text);
            var (code, output) = Promtool.CheckMetrics(text);
            Assert.That(code, Is.EqualTo(0), output);
            Assert.That(output.Trim(), Is.Empty);
        }

        [Test]
        public void Hostile_strings_from_the_page_are_escaped_end_to_end()
        {
            var hostile = Make.Sample("outbound-rtp", "audio", new string[0], new double[0], new[] { "codecId.mimeType" }, new[] { "audio/\"opus\\\"} 1" });
            var st = TabStates.Empty();
            TabRecord t = TabStates.Ingest(st, 1, 0, "https://meet.google.com/", Platform.Meet, Make.Stats(0, "connected", 1, hostile), 1);
            string text = Exposition.Write(MetricsModel.Build(t, "we\"ird\\agent", MetricDetail.Detailed));
            var (code, output) = Promtool.CheckMetrics(text);
            Assert.That(code, Is.EqualTo(0), output + text);
            StringAssert.Contains("mime_type=\"audio/\\\"opus\\\\\\\"} 1\"} 1\n", text);
        }
    }
}
