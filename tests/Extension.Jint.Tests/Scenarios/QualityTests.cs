using System.Linq;
using NUnit.Framework;
using WebRtcStatsExporter.JintTests.Harness;

namespace WebRtcStatsExporter.JintTests.Scenarios
{
    /// <summary>Issue 13's derived quality through the real bundles: the page forwards raw fields,
    /// the worker derives MOS, the poor-stream reason and the silence detectors and pushes them.</summary>
    public sealed class QualityTests : ScenarioBase
    {
        private const string Audio = "kind=\"audio\"";

        private string CallBody(string? script = null, double ms = 21_000, string? detail = null, string? policyDetail = null)
        {
            Settings(detail == null ? null : s => s["metricDetail"] = detail);
            if (policyDetail != null) B.SetPolicy(new System.Text.Json.Nodes.JsonObject { ["metricDetail"] = policyDetail });
            B.StartWorker();
            Frame f = Page(6);
            Advance(10);
            int pc = NewPc(f);
            if (script != null) f.Main.Eval($"__pcs[{pc}].__script = {script}");
            SetState(f, pc, "connected");
            Advance(ms);
            var puts = Requests("PUT");
            Assert.That(puts, Is.Not.Empty);
            string body = puts.Last().Body!;
            Assert.That(Expo.Promtool(body), Is.Empty, "promtool check metrics complained on:\n" + body);
            return body;
        }

        [Test]
        public void AClearCall_ScoresAbove4AndIsNotPoor()
        {
            string body = CallBody();
            Assert.Multiple(() =>
            {
                Assert.That(Expo.Value(body, "webrtc_inbound_mos", Audio), Is.GreaterThanOrEqualTo(4.0).And.LessThanOrEqualTo(4.5));
                Assert.That(Expo.Value(body, "webrtc_outbound_mos", Audio), Is.GreaterThanOrEqualTo(4.0).And.LessThanOrEqualTo(4.5));
                Assert.That(Expo.Value(body, "webrtc_inbound_poor_stream", Audio, "reason=\"none\""), Is.EqualTo(0));
                Assert.That(Expo.Value(body, "webrtc_outbound_poor_stream", Audio, "reason=\"none\""), Is.EqualTo(0));
                Assert.That(Expo.Value(body, "webrtc_inbound_silence_seconds", Audio), Is.EqualTo(0));
                Assert.That(Expo.Value(body, "webrtc_media_source_silence_seconds", Audio), Is.EqualTo(0));
                Assert.That(Expo.Values(body, "webrtc_inbound_audio_energy_total"), Is.Empty, "a detailed family; the default is standard");
            });
        }

        /// <summary>The metricDetail setting through the real bundles: standard (the default) leaves the
        /// detailed families out, detailed (the user's choice or the policy's, which wins) pushes them.</summary>
        [TestCase(null, null, false)]
        [TestCase("detailed", null, true)]
        [TestCase("detailed", "standard", false)]
        [TestCase("standard", "detailed", true)]
        public void MetricDetail_DecidesWhetherTheDetailedFamiliesArePushed(string? user, string? policy, bool detailed)
        {
            string body = CallBody(detail: user, policyDetail: policy);
            string[] standard = { "webrtc_inbound_mos", "webrtc_inbound_jitter_seconds", "webrtc_inbound_concealed_samples_total", "webrtc_remote_inbound_round_trip_time_seconds_total" };
            string[] extra = { "webrtc_inbound_audio_energy_total", "webrtc_inbound_jitter_buffer_target_delay_seconds_total", "webrtc_inbound_inserted_samples_total" };
            Assert.Multiple(() =>
            {
                foreach (string name in standard) Assert.That(Expo.Values(body, name), Has.Count.EqualTo(1), name);
                foreach (string name in extra) Assert.That(Expo.Values(body, name), detailed ? Has.Count.EqualTo(1) : Is.Empty, name);
                Assert.That(Expo.Values(body, "webrtc_outbound_nack_received_total"), Is.Empty, "no NACK series for audio");
            });
        }

        [Test]
        public void ALossyCall_IsPoorForLossInBothDirections()
        {
            // 20 % of the packets lost each way, counters growing poll after poll
            string body = CallBody(@"(n, fx) => fx.map(s => {
                if (s.type === 'inbound-rtp') { s.packetsReceived = 400 * n; s.packetsLost = 100 * n; s.totalSamplesReceived = 96000 * n; s.jitterBufferEmittedCount = 96000 * n; s.jitterBufferDelay = 4000 * n; }
                if (s.type === 'outbound-rtp') s.packetsSent = 500 * n;
                if (s.type === 'remote-inbound-rtp') { s.packetsLost = 100 * n; s.totalRoundTripTime = 0.1 * n; s.roundTripTimeMeasurements = n; }
                return s; })");
            Assert.Multiple(() =>
            {
                Assert.That(Expo.Value(body, "webrtc_inbound_poor_stream", Audio, "reason=\"loss\""), Is.EqualTo(1));
                Assert.That(Expo.Value(body, "webrtc_outbound_poor_stream", Audio, "reason=\"loss\""), Is.EqualTo(1));
                Assert.That(Expo.Value(body, "webrtc_inbound_mos", Audio), Is.LessThan(3.0));
                Assert.That(Expo.Values(body, "webrtc_inbound_poor_stream"), Has.Count.EqualTo(1), "one series per stream, the reason as its label");
            });
        }

        [Test]
        public void AMicrophoneDeliveringSilence_IsCountedWhileRtpFlows()
        {
            // the microphone's energy stops growing while its samples keep flowing
            string body = CallBody(@"(n, fx) => fx.map(s => {
                if (s.type === 'media-source') { s.totalAudioEnergy = 0.5; s.totalSamplesDuration = 2 * n; }
                return s; })", 31_000);
            Assert.That(Expo.Value(body, "webrtc_media_source_silence_seconds", Audio), Is.GreaterThanOrEqualTo(10));
            Assert.That(Expo.Value(body, "webrtc_inbound_silence_seconds", Audio), Is.EqualTo(0), "the received audio is fine");
            Assert.That(Expo.Value(body, "webrtc_outbound_sent_packets_total", Audio), Is.GreaterThan(0), "RTP still flows");
        }

        [Test]
        public void ARestartedStream_NeverYieldsANegativeOrBrokenValue()
        {
            // at poll 6 the receive stream restarts: its counters begin again from a small value
            string body = CallBody(@"(n, fx) => fx.map(s => {
                const k = n < 6 ? n : n - 5;
                if (s.type === 'inbound-rtp') { s.packetsReceived = 500 * k; s.packetsLost = 1 * k; s.totalSamplesReceived = 96000 * k; s.concealedSamples = 10 * k; }
                return s; })", 31_000);
            double mos = Expo.Value(body, "webrtc_inbound_mos", Audio);
            Assert.That(mos, Is.GreaterThanOrEqualTo(4.0), "the interval across the reset is skipped, the next one is clean");
            Assert.That(Expo.Value(body, "webrtc_inbound_poor_stream", Audio, "reason=\"none\""), Is.EqualTo(0));
            Assert.That(Expo.Value(body, "webrtc_inbound_received_packets_total", Audio), Is.GreaterThan(2500), "the exported counter kept growing through the reset");
        }
    }
}
