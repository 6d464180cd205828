using System.Linq;
using NUnit.Framework;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Tests
{
    /// <summary>The agent's own group: call counters that outlive calls, self-metrics, its grouping key.</summary>
    public class LifecycleTests
    {
        const string Url = "https://teams.microsoft.com/v2/";

        static Sample Transport(string dtls = "connected", string ufrag = "abcd", double pairChanges = 1) =>
            Make.Sample("transport", null, new[] { "selectedCandidatePairChanges" }, new[] { pairChanges },
                new[] { "iceState", "dtlsState", "iceLocalUsernameFragment" }, new[] { "connected", dtls, ufrag });

        static TabRecord Poll(SessionState st, int pc, string state, double atSeconds, Sample? transport = null, double pollSeconds = 5, params Sample[] more)
        {
            var samples = new[] { transport ?? Transport() }.Concat(more).ToArray();
            return TabStates.Ingest(st, 4, 0, Url, Platform.Teams, Make.Stats(pc, state, atSeconds * 1000, samples), atSeconds * 1000, pollSeconds);
        }

        static double V(SessionState st, string name, string label = "") => AgentCounterOps.Value(st.agent, name, "teams", label);

        [Test]
        public void A_call_counts_as_started_connected_and_its_connected_seconds()
        {
            var st = TabStates.Empty();
            Poll(st, 0, "connecting", 10);
            Poll(st, 0, "connected", 12);
            Poll(st, 0, "connected", 17);
            Poll(st, 0, "connected", 22);
            Poll(st, 0, "closed", 27);
            Assert.That(V(st, AgentCounterOps.CallsStarted), Is.EqualTo(1));
            Assert.That(V(st, AgentCounterOps.CallsConnected), Is.EqualTo(1));
            Assert.That(V(st, AgentCounterOps.CallSeconds), Is.EqualTo(15), "from the first connected poll to the final one");
            Assert.That(V(st, AgentCounterOps.CallsFailed, "ice") + V(st, AgentCounterOps.CallsFailed, "dtls"), Is.EqualTo(0));
            Assert.That(AgentCounterOps.Value(st.agent, AgentCounterOps.StatsGaps), Is.EqualTo(0));
        }

        [Test]
        public void Failures_are_counted_once_as_ice_or_dtls()
        {
            var st = TabStates.Empty();
            Poll(st, 0, "connecting", 1);
            Poll(st, 0, "failed", 20, Transport(dtls: "new"));
            Poll(st, 1, "connecting", 21);
            Poll(st, 1, "failed", 22, Transport(dtls: "failed"));
            Poll(st, 1, "failed", 22.5, Transport(dtls: "failed"));
            Assert.That(V(st, AgentCounterOps.CallsStarted), Is.EqualTo(2));
            Assert.That(V(st, AgentCounterOps.CallsConnected), Is.EqualTo(0));
            Assert.That(V(st, AgentCounterOps.CallsFailed, "ice"), Is.EqualTo(1));
            Assert.That(V(st, AgentCounterOps.CallsFailed, "dtls"), Is.EqualTo(1));
        }

        [Test]
        public void Ice_restarts_and_candidate_pair_changes_are_network_flaps()
        {
            var st = TabStates.Empty();
            Poll(st, 0, "connected", 1, Transport(ufrag: "aaaa", pairChanges: 1));
            Poll(st, 0, "connected", 6, Transport(ufrag: "aaaa", pairChanges: 1));
            Poll(st, 0, "connected", 11, Transport(ufrag: "bbbb", pairChanges: 3));
            Poll(st, 0, "connected", 16, Transport(ufrag: "bbbb", pairChanges: 3));
            Assert.That(V(st, AgentCounterOps.IceRestarts), Is.EqualTo(1));
            Assert.That(V(st, AgentCounterOps.PairChanges), Is.EqualTo(2), "the first selection is not a change");
            string body = Exposition.Write(MetricsModel.Build(TabStates.Find(st, 4)!, "a", MetricDetail.Detailed));
            Assert.That(body, Does.Not.Contain("aaaa").And.Not.Contain("bbbb"), "the ufrag is compared, never exported");
        }

        [Test]
        public void A_late_poll_is_a_stats_gap()
        {
            var st = TabStates.Empty();
            Poll(st, 0, "connected", 0, pollSeconds: 5);
            Poll(st, 0, "connected", 5, pollSeconds: 5);
            Poll(st, 0, "connected", 18, pollSeconds: 5); // 13 s: more than 2 × 5 + 2
            Poll(st, 0, "connected", 40, pollSeconds: 0); // detection off
            Assert.That(AgentCounterOps.Value(st.agent, AgentCounterOps.StatsGaps), Is.EqualTo(1));
            Assert.That(AgentCounterOps.Value(st.agent, AgentCounterOps.StatsGapSeconds), Is.EqualTo(8));
        }

        [Test]
        public void A_poor_call_is_counted_by_its_reason_when_it_ends()
        {
            var st = TabStates.Empty();
            var a = new AudioCallScript().Run(5);
            TabStates.Ingest(st, 4, 0, Url, Platform.Teams, a.Message(), 1);
            for (int i = 0; i < 4; i++)
            {
                a.Run(5, inLoss: 0.2);
                TabStates.Ingest(st, 4, 0, Url, Platform.Teams, a.Message(), 1);
            }
            Assert.That(V(st, AgentCounterOps.PoorCalls, PoorStream.Loss), Is.EqualTo(0), "counted when the call ends");
            TabStates.Ingest(st, 4, 0, Url, Platform.Teams, a.Message("closed"), 1);
            Assert.That(V(st, AgentCounterOps.PoorCalls, PoorStream.Loss), Is.EqualTo(1));
            TabStates.Ingest(st, 4, 0, Url, Platform.Teams, a.Message("closed"), 1);
            Assert.That(V(st, AgentCounterOps.PoorCalls, PoorStream.Loss), Is.EqualTo(1), "once");

            var good = new AudioCallScript().Run(5);
            TabStates.Ingest(st, 4, 0, Url, Platform.Teams, Make.Stats(1, "connected", 1, good.Samples_()), 1);
            good.Run(10);
            TabStates.Ingest(st, 4, 0, Url, Platform.Teams, Make.Stats(1, "connected", 11_000, good.Samples_()), 1);
            TabStates.EndTab(st, 4); // the tab closed: its calls end too
            Assert.That(PoorStream.PoorReasons.Sum(r => V(st, AgentCounterOps.PoorCalls, r)), Is.EqualTo(1), "the clean call is not poor");
        }
    }

    public class AgentGroupTests
    {
        [Test]
        public void The_agent_group_has_no_tab_label()
        {
            var key = new GroupKey { Job = "webrtc", Agent = "agent-7", TabSlot = GroupKey.AgentGroup };
            Assert.That(GroupingPath.Path(key), Is.EqualTo("/metrics/job/webrtc/instance/agent-7"));
            Assert.That(key.LabelNames(), Is.EqualTo(new[] { "job", "instance" }));
            Assert.That(key.Id, Is.Not.EqualTo(new GroupKey { Job = "webrtc", Agent = "agent-7", TabSlot = 0 }.Id));
            Assert.That(Sinks.VictoriaUrl(Make.Settings(s => { s.sink = "victoriametrics"; s.url = "http://vm:8428"; }), key), Does.Not.Contain("tab"));
        }

        [Test]
        public void Push_results_are_a_bounded_label()
        {
            Assert.That(PushResults.Classify(true, 200, false), Is.EqualTo("ok"));
            Assert.That(PushResults.Classify(false, 400, false), Is.EqualTo("http_4xx"));
            Assert.That(PushResults.Classify(false, 429, false), Is.EqualTo("http_4xx"));
            Assert.That(PushResults.Classify(false, 503, false), Is.EqualTo("http_5xx"));
            Assert.That(PushResults.Classify(false, 0, true), Is.EqualTo("timeout"));
            Assert.That(PushResults.Classify(false, 0, false), Is.EqualTo("network"));
        }

        [Test]
        public void The_agent_snapshot_has_every_counter_from_zero_and_is_promtool_clean()
        {
            AgentCounters a = AgentCounterOps.Empty();
            string idle = Exposition.Write(AgentMetrics.Build(a, "agent-7", "0.1.0", 0, 10, 1));
            StringAssert.Contains("webrtc_exporter_info{agent_id=\"agent-7\",version=\"0.1.0\"} 1\n", idle);
            StringAssert.Contains("webrtc_exporter_live_connections{agent_id=\"agent-7\"} 0\n", idle);
            StringAssert.Contains("webrtc_exporter_push_interval_seconds{agent_id=\"agent-7\"} 10\n", idle);
            foreach (string r in PushResults.All) StringAssert.Contains($"webrtc_exporter_pushes_total{{agent_id=\"agent-7\",result=\"{r}\"}} 0\n", idle);
            Assert.That(idle, Does.Not.Contain("webrtc_exporter_last_push_timestamp_seconds{"), "never pushed: no timestamp");
            Assert.That(idle, Does.Not.Contain("webrtc_agent_"), "no platform seen yet");

            AgentCounterOps.EnsurePlatform(a, "connect");
            AgentCounterOps.Add(a, AgentCounterOps.PoorCalls, "connect", "loss", 1);
            AgentCounterOps.Add(a, AgentCounterOps.Pushes, "", "ok", 3);
            a.lastPushAt = 1_700_000_000_500;
            string busy = Exposition.Write(AgentMetrics.Build(a, "agent-7", "0.1.0", 2, 10, 1));
            StringAssert.Contains("webrtc_agent_poor_calls_total{agent_id=\"agent-7\",platform=\"connect\",reason=\"loss\"} 1\n", busy);
            StringAssert.Contains("webrtc_agent_poor_calls_total{agent_id=\"agent-7\",platform=\"connect\",reason=\"jitter\"} 0\n", busy);
            StringAssert.Contains("webrtc_agent_calls_failed_total{agent_id=\"agent-7\",platform=\"connect\",reason=\"dtls\"} 0\n", busy);
            StringAssert.Contains("webrtc_exporter_pushes_total{agent_id=\"agent-7\",result=\"ok\"} 3\n", busy);
            StringAssert.Contains("webrtc_exporter_last_push_timestamp_seconds{agent_id=\"agent-7\"} 1700000000.5\n", busy);
            var (code, output) = Promtool.CheckMetrics(busy);
            Assert.That(code, Is.EqualTo(0), output);
            Assert.That(output.Trim(), Is.Empty);
            Assert.That(AgentMetrics.Build(a, "agent-7", "0.1.0", 2, 10, 1).SeriesCount(), Is.LessThanOrEqualTo(40), "a bounded group per agent");
        }

        [Test]
        public void Every_series_an_agent_counter_can_have_exists_from_zero()
        {
            AgentCounters a = AgentCounterOps.Empty();
            AgentCounterOps.EnsureSelf(a);
            Assert.That(a.counters.Select(c => c.name + " " + c.label), Is.EquivalentTo(new[]
            {
                "webrtc_exporter_pushes_total ok", "webrtc_exporter_pushes_total http_4xx", "webrtc_exporter_pushes_total http_5xx",
                "webrtc_exporter_pushes_total network", "webrtc_exporter_pushes_total timeout",
                "webrtc_exporter_dropped_messages_total ", "webrtc_exporter_worker_starts_total ",
                "webrtc_exporter_stats_gaps_total ", "webrtc_exporter_stats_gap_seconds_total ",
                "webrtc_exporter_worker_errors_total message", "webrtc_exporter_worker_errors_total status",
                "webrtc_exporter_worker_errors_total tabs", "webrtc_exporter_worker_errors_total alarm",
                "webrtc_exporter_worker_errors_total settings", "webrtc_exporter_worker_errors_total permissions",
                "webrtc_exporter_worker_errors_total start", "webrtc_exporter_worker_errors_total push",
                "webrtc_exporter_worker_errors_total delivery",
                "webrtc_exporter_dropped_values_total not_finite", "webrtc_exporter_dropped_values_total out_of_range",
                "webrtc_exporter_value_resets_total ",
            }));
            Assert.That(a.counters.All(c => c.platform == "" && c.value == 0));

            AgentCounterOps.EnsurePlatform(a, "meet");
            AgentCounterOps.EnsurePlatform(a, "meet"); // once per series
            Assert.That(a.counters.Where(c => c.platform == "meet").Select(c => c.name + " " + c.label), Is.EqualTo(new[]
            {
                "webrtc_agent_calls_started_total ", "webrtc_agent_calls_connected_total ",
                "webrtc_agent_calls_failed_total ice", "webrtc_agent_calls_failed_total dtls",
                "webrtc_agent_poor_calls_total loss", "webrtc_agent_poor_calls_total jitter", "webrtc_agent_poor_calls_total rtt",
                "webrtc_agent_poor_calls_total concealment", "webrtc_agent_poor_calls_total degradation",
                "webrtc_agent_call_seconds_total ", "webrtc_agent_ice_restarts_total ", "webrtc_agent_candidate_pair_changes_total ",
            }));
            Assert.That(a.counters.Count, Is.EqualTo(21 + 12));
        }

        [Test]
        public void Counters_survive_a_session_storage_round_trip_and_old_states_are_repaired()
        {
            var st = TabStates.Empty();
            AgentCounterOps.Add(st.agent, AgentCounterOps.WorkerStarts, "", "", 2);
            var opts = new System.Text.Json.JsonSerializerOptions { IncludeFields = true };
            var back = TabStates.Restore(System.Text.Json.JsonSerializer.Deserialize<SessionState>(System.Text.Json.JsonSerializer.Serialize(st, opts), opts));
            Assert.That(AgentCounterOps.Value(back.agent, AgentCounterOps.WorkerStarts), Is.EqualTo(2));
            var old = TabStates.Restore(new SessionState { version = 1, tabs = new System.Collections.Generic.List<TabRecord>() });
            Assert.That(AgentCounterOps.Value(old.agent, AgentCounterOps.Pushes, "", "ok"), Is.EqualTo(0));
            Assert.That(old.agent.counters, Is.Not.Empty, "a state saved before this version gets its counters at 0");
        }
    }
}
