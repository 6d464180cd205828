using System.Linq;
using NUnit.Framework;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Tests
{
    /// <summary>Real getStats() reports recorded from Debian's Chromium 156 by
    /// tests/Browser.Tests (FixtureRecordingTests: a loopback call with a WebAudio oscillator, and a
    /// canvas video variant), each side of the call: reducer → model → exposition → promtool.</summary>
    public class RecordedChromiumTests
    {
        private static string Exposition(string fixture, out MetricsSnapshot snapshot)
        {
            Sample[] samples = StatsReducer.Reduce(Fixtures.Report(fixture));
            SessionState state = TabStates.Empty();
            TabRecord tab = TabStates.Ingest(state, 3, 0, "https://meet.google.com/abc-defg-hij", Platform.Meet,
                Make.Stats(0, "connected", 1795579665111.877, samples), 1795579665111);
            snapshot = MetricsModel.Build(tab, "agent-rec", MetricDetail.Detailed);
            return WebRtcStatsExporter.Shared.Exposition.Write(snapshot);
        }

        [TestCase("recorded-chromium156-audio-sender.json")]
        [TestCase("recorded-chromium156-audio-receiver.json")]
        [TestCase("recorded-chromium156-video-sender.json")]
        [TestCase("recorded-chromium156-video-receiver.json")]
        public void Real_report_passes_promtool_with_zero_complaints(string fixture)
        {
            string text = Exposition(fixture, out MetricsSnapshot snap);
            var (code, output) = Promtool.CheckMetrics(text);
            Assert.That(code, Is.EqualTo(0), output + "\n---\n" + text);
            Assert.That(output.Trim(), Is.Empty, text);
            Assert.That(snap.SeriesCount(), Is.LessThanOrEqualTo(60));
        }

        [Test]
        public void Real_audio_call_has_both_directions_and_the_selected_pair()
        {
            // The loopback call is one-way: the sending connection sends, the other one receives.
            string text = Exposition("recorded-chromium156-audio-sender.json", out _);
            StringAssert.Contains("webrtc_outbound_sent_packets_total{", text);
            StringAssert.Contains("webrtc_candidate_pair_round_trip_time_seconds{", text);
            string received = Exposition("recorded-chromium156-audio-receiver.json", out _);
            StringAssert.Contains("webrtc_inbound_received_packets_total{", received);
            StringAssert.Contains("webrtc_inbound_jitter_seconds{", received);
            StringAssert.Contains("kind=\"audio\"", text);
            Assert.That(text, Does.Not.Contain("kind=\"video\""));
        }

        [Test]
        public void Real_video_call_has_frame_counters()
        {
            string text = Exposition("recorded-chromium156-video-receiver.json", out _);
            StringAssert.Contains("webrtc_inbound_decoded_frames_total{", text);
            StringAssert.Contains("kind=\"video\"", text);
        }

        [TestCase("recorded-chromium156-audio-sender.json")]
        [TestCase("recorded-chromium156-video-receiver.json")]
        public void Real_report_leaks_no_addresses_or_ids(string fixture)
        {
            string text = Exposition(fixture, out _);
            string raw = Fixtures.Read(fixture);
            // every stats id of the real report must stay out of the exposition
            foreach (var id in System.Text.RegularExpressions.Regex.Matches(raw, "\"id\": \"([^\"]+)\"").Select(m => m.Groups[1].Value).Where(i => i.Length > 3))
                Assert.That(text, Does.Not.Contain(id));
            Assert.That(text, Does.Not.Contain(".local"));
            Assert.That(text, Does.Not.Contain("127.0.0.1"));
        }
    }
}
