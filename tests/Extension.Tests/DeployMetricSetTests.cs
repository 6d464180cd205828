using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using NUnit.Framework;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Tests
{
    /// <summary>The shipped rules and dashboards work with the default metricDetail: every metric
    /// family that deploy/prometheus (rules and their tests) and deploy/grafana (every string of every
    /// dashboard: panel queries, template variables, links) names is in the catalogue's standard set.</summary>
    public class DeployMetricSetTests
    {
        static string Deploy => Path.Combine(Repo.Root(), "deploy");

        /// <summary>The metric names a text refers to (a name ending in _ is a glob in prose).</summary>
        public static IEnumerable<string> Referenced(string text) =>
            Regex.Matches(text, @"\bwebrtc_[a-z0-9_]+").Select(m => m.Value).Where(n => !n.EndsWith("_")).Distinct();

        static IEnumerable<string> Strings(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.String: yield return e.GetString()!; break;
                case JsonValueKind.Array: foreach (JsonElement x in e.EnumerateArray()) foreach (string s in Strings(x)) yield return s; break;
                case JsonValueKind.Object: foreach (JsonProperty p in e.EnumerateObject()) foreach (string s in Strings(p.Value)) yield return s; break;
            }
        }

        /// <summary>File name → the families it names.</summary>
        static Dictionary<string, List<string>> DeployReferences()
        {
            var refs = new Dictionary<string, List<string>>();
            foreach (string f in Directory.EnumerateFiles(Path.Combine(Deploy, "prometheus"), "*.yml"))
                refs["prometheus/" + Path.GetFileName(f)] = Referenced(File.ReadAllText(f)).ToList();
            foreach (string f in Directory.EnumerateFiles(Path.Combine(Deploy, "grafana", "dashboards"), "*.json"))
            {
                using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(f));
                refs["grafana/" + Path.GetFileName(f)] = Strings(doc.RootElement).SelectMany(Referenced).Distinct().ToList();
            }
            return refs;
        }

        [Test]
        public void Every_family_the_rules_and_dashboards_use_is_in_the_standard_set()
        {
            Dictionary<string, List<string>> refs = DeployReferences();
            Assert.That(refs.Keys.Count(k => k.StartsWith("prometheus/")), Is.GreaterThanOrEqualTo(2), "rules and their tests");
            Assert.That(refs.Keys.Count(k => k.StartsWith("grafana/")), Is.GreaterThanOrEqualTo(2), "fleet and agent dashboards");
            var families = new HashSet<string>(MetricCatalog.FamilyNames());
            var problems = new List<string>();
            foreach (var (file, names) in refs)
            {
                Assert.That(names.Count, Is.GreaterThan(3), file + ": the parse found (almost) no metric names");
                foreach (string name in names)
                {
                    if (!families.Contains(name)) problems.Add($"{file}: {name} is not a catalogue family");
                    else if (!MetricCatalog.InDetail(name, MetricDetail.Standard)) problems.Add($"{file}: {name} is only in the detailed set");
                }
            }
            Assert.That(problems, Is.Empty, "Mark these families standard in src/Shared/MetricCatalog.cs (or query a standard one).");
        }

        [Test]
        public void The_check_sees_a_detailed_family_in_a_query()
        {
            var found = Referenced("avg_over_time(webrtc_media_source_echo_return_loss_decibels{agent_id=\"$agent\"}[5m]) and webrtc_*_poor_stream").ToList();
            Assert.That(found, Is.EqualTo(new[] { "webrtc_media_source_echo_return_loss_decibels" }));
            Assert.That(MetricCatalog.InDetail(found[0], MetricDetail.Standard), Is.False);
        }

        [Test]
        public void The_standard_set_covers_what_a_supervisor_reads_for_a_bad_call()
        {
            // loss, jitter, RTT, concealment, MOS, poor flags, silence, codec/connection, bytes/packets
            string[] needed =
            {
                "webrtc_inbound_lost_packets", "webrtc_inbound_discarded_packets_total", "webrtc_remote_inbound_lost_packets",
                "webrtc_inbound_jitter_seconds", "webrtc_remote_inbound_jitter_seconds",
                "webrtc_remote_inbound_round_trip_time_seconds", "webrtc_candidate_pair_round_trip_time_seconds",
                "webrtc_inbound_concealed_samples_total", "webrtc_inbound_mos", "webrtc_outbound_mos",
                "webrtc_inbound_poor_stream", "webrtc_outbound_poor_stream", "webrtc_inbound_silence_seconds", "webrtc_media_source_silence_seconds",
                "webrtc_inbound_codec_info", "webrtc_outbound_codec_info", "webrtc_candidate_pair_info", "webrtc_transport_info", "webrtc_connection_info",
                "webrtc_inbound_received_bytes_total", "webrtc_outbound_sent_bytes_total", "webrtc_inbound_received_packets_total", "webrtc_outbound_sent_packets_total",
            };
            foreach (string name in needed) Assert.That(MetricCatalog.InDetail(name, MetricDetail.Standard), Is.True, name);
        }
    }
}
