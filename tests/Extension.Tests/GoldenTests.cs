using System;
using System.IO;
using System.Linq;
using NUnit.Framework;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Tests
{
    /// <summary>A recorded Chromium audio call → reducer → tab state → model → exposition →
    /// `promtool check metrics` with zero complaints.</summary>
    public class GoldenTests
    {
        /// <summary>The recorded call's push body with every family (metricDetail = detailed).</summary>
        public static string ExpositionOfFixture(out MetricsSnapshot snapshot) => ExpositionOfFixture(MetricDetail.Detailed, out snapshot);

        public static string ExpositionOfFixture(string detail, out MetricsSnapshot snapshot)
        {
            Sample[] samples = StatsReducer.Reduce(Fixtures.Report("chromium-audio-call.json"));
            SessionState state = TabStates.Empty();
            TabRecord tab = TabStates.Ingest(state, 17, 0, "https://acme.my.connect.aws/ccp-v2/softphone?contact=123", Platform.Connect,
                Make.Stats(0, "connected", 1727000000000.5, samples), 1727000000000);
            snapshot = MetricsModel.Build(tab, "agent-007", detail);
            return Exposition.Write(snapshot);
        }

        [TestCase(MetricDetail.Standard)]
        [TestCase(MetricDetail.Detailed)]
        public void Recorded_audio_call_passes_promtool_with_zero_complaints(string detail)
        {
            string text = ExpositionOfFixture(detail, out MetricsSnapshot snap);
            var (code, output) = Promtool.CheckMetrics(text);
            Assert.That(code, Is.EqualTo(0), output + "\n---\n" + text);
            Assert.That(output.Trim(), Is.Empty, text);
            var ms = new MemoryStream();
            using (var gz = new System.IO.Compression.GZipStream(ms, System.IO.Compression.CompressionLevel.Optimal, true))
                gz.Write(System.Text.Encoding.UTF8.GetBytes(text));
            TestContext.Out.WriteLine($"series={snap.SeriesCount()} bytes={text.Length} gzipped={ms.Length}");
            Assert.That(snap.SeriesCount(), Is.LessThanOrEqualTo(detail == MetricDetail.Standard ? 32 : 50));
        }

        [Test]
        public void Standard_is_detailed_without_the_detailed_families()
        {
            ExpositionOfFixture(MetricDetail.Standard, out MetricsSnapshot standard);
            ExpositionOfFixture(MetricDetail.Detailed, out MetricsSnapshot detailed);
            var kept = detailed.Families.Where(f => MetricCatalog.Family(f.Name)[0].Set == MetricSet.Standard).ToList();
            Assert.That(standard.Families.Select(f => f.Name), Is.EqualTo(kept.Select(f => f.Name)));
            Assert.That(standard.Families.Select(f => Exposition.Write(new MetricsSnapshot { Families = { f } })),
                Is.EqualTo(kept.Select(f => Exposition.Write(new MetricsSnapshot { Families = { f } }))), "the same series and values");
            Assert.That(detailed.Families.Count - standard.Families.Count, Is.GreaterThan(10), "the audio call has detailed families to leave out");
            Assert.That(standard.Families.Select(f => f.Name), Does.Contain("webrtc_inbound_jitter_seconds").And.Not.Contain("webrtc_media_source_echo_return_loss_decibels"));
        }

        [Test]
        public void A_new_call_exports_every_standard_counter_from_zero()
        {
            // the first poll of a connection whose counters are all still 0: rate()/increase() need the 0
            Sample[] zero = StatsReducer.Reduce(Fixtures.Report("chromium-audio-call.json"));
            foreach (Sample x in zero) for (int i = 0; i < x.values.Length; i++) if (MetricCatalog.FindNumeric(x.type, x.names[i]) is { Type: MetricType.Counter }) x.values[i] = 0;
            SessionState state = TabStates.Empty();
            TabRecord tab = TabStates.Ingest(state, 17, 0, "https://acme.my.connect.aws/ccp-v2/softphone", Platform.Connect, Make.Stats(0, "connecting", 1727000000000.5, zero), 1727000000000);
            string text = Exposition.Write(MetricsModel.Build(tab, "agent-007", MetricDetail.Standard));
            var counters = zero.SelectMany(x => x.names.Select(n => MetricCatalog.FindNumeric(x.type, n)))
                .Where(d => d != null && d.Exported && d.Type == MetricType.Counter && d.Set == MetricSet.Standard).Select(d => d!.Name).Distinct().ToList();
            Assert.That(counters.Count, Is.GreaterThanOrEqualTo(10));
            foreach (string name in counters) Assert.That("\n" + text, Does.Contain("\n" + name + "{"), name + " exists from 0");
            foreach (string line in text.Split('\n').Where(l => l.Length > 0 && l[0] != '#' && counters.Contains(l.Substring(0, l.IndexOf('{')))))
                Assert.That(line, Does.EndWith(" 0"), line);
        }

        [Test]
        public void Recorded_audio_call_exposition_has_the_expected_values()
        {
            string text = ExpositionOfFixture(out _);
            const string L = "agent_id=\"agent-007\",platform=\"connect\",origin=\"https://acme.my.connect.aws\",pc=\"0\"";
            StringAssert.Contains("webrtc_inbound_received_packets_total{" + L + ",kind=\"audio\"} 2790\n", text);
            StringAssert.Contains("webrtc_inbound_lost_packets{" + L + ",kind=\"audio\"} 3\n", text);
            StringAssert.Contains("webrtc_inbound_jitter_seconds{" + L + ",kind=\"audio\"} 0.004\n", text);
            StringAssert.Contains("webrtc_remote_inbound_lost_packets{" + L + ",kind=\"audio\"} -1\n", text);
            StringAssert.Contains("webrtc_outbound_target_bitrate_bytes_per_second{" + L + ",kind=\"audio\"} 4000\n", text);
            StringAssert.Contains("webrtc_candidate_pair_round_trip_time_seconds{" + L + "} 0.046\n", text);
            StringAssert.Contains("webrtc_candidate_pair_available_outgoing_bytes_per_second{" + L + "} 190000\n", text);
            StringAssert.Contains("webrtc_candidate_pair_info{" + L + ",local_candidate_type=\"relay\",local_protocol=\"udp\",relay_protocol=\"tcp\",remote_candidate_type=\"srflx\"} 1\n", text);
            StringAssert.Contains("webrtc_inbound_codec_info{" + L + ",kind=\"audio\",mime_type=\"audio/opus\"} 1\n", text);
            StringAssert.Contains("webrtc_connection_info{" + L + ",connection_state=\"connected\"} 1\n", text);
            StringAssert.Contains("webrtc_transport_info{" + L + ",ice_state=\"connected\",dtls_state=\"connected\"} 1\n", text);
            StringAssert.Contains("webrtc_live_connections{agent_id=\"agent-007\",platform=\"connect\",origin=\"https://acme.my.connect.aws\"} 1\n", text);
        }

        [Test]
        public void No_identifiers_addresses_or_urls_leak()
        {
            string text = ExpositionOfFixture(out _);
            foreach (string secret in new[] { "203.0.113.7", "198.51.100", "192.168", "1234567", "7654321", "turn:", "contact=123", "ccp-v2", "6c1b0f0e", "IT01A", "CPa1b2" })
                Assert.That(text, Does.Not.Contain(secret));
        }

        [Test]
        public void Families_are_contiguous_with_help_and_type_and_counters_end_in_total()
        {
            string text = ExpositionOfFixture(out _);
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            string? current = null;
            var finished = new System.Collections.Generic.HashSet<string>();
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith("# HELP "))
                {
                    string name = lines[i].Split(' ')[2];
                    Assert.That(finished.Contains(name), Is.False, name + " appears twice");
                    if (current != null) finished.Add(current);
                    current = name;
                    string type = lines[i + 1].Split(' ')[3];
                    Assert.That(lines[i + 1], Does.StartWith("# TYPE " + name + " "));
                    Assert.That(name.EndsWith("_total"), Is.EqualTo(type == "counter"), name);
                    i++;
                    continue;
                }
                Assert.That(lines[i], Does.StartWith(current + "{"));
            }
        }
    }
}
