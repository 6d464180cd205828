using System.Linq;
using NUnit.Framework;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Tests
{
    public class TabStateTests
    {
        private static Sample In(double packets, double lost) => Make.Sample("inbound-rtp", "audio",
            new[] { "packetsReceived", "packetsLost" }, new[] { packets, lost });

        private static double Value(TabRecord t, int slot, string key)
        {
            ConnectionRecord c = t.connections.Single(x => x.slot == slot);
            Sample s = c.samples.Single(x => x.type == "inbound-rtp");
            return s.values[System.Array.IndexOf(s.names, key)];
        }

        [Test]
        public void Origin_is_reduced_to_scheme_and_host()
        {
            var st = TabStates.Empty();
            TabRecord t = TabStates.Ingest(st, 5, 0, "https://meet.google.com/abc-defg-hij?authuser=1#x", Platform.Meet, Make.Stats(0, "connected", 1, In(1, 0)), 1);
            Assert.That(t.origin, Is.EqualTo("https://meet.google.com"));
            Assert.That(t.platform, Is.EqualTo("meet"));
        }

        [Test]
        public void Counter_resets_keep_exported_counters_monotonic()
        {
            var st = TabStates.Empty();
            TabRecord t = TabStates.Ingest(st, 5, 0, "https://meet.google.com/", Platform.Meet, Make.Stats(0, "connected", 1, In(100, 5)), 1);
            TabStates.Ingest(st, 5, 0, "https://meet.google.com/", Platform.Meet, Make.Stats(0, "connected", 2, In(150, 2)), 2);
            Assert.That(Value(t, 0, "packetsReceived"), Is.EqualTo(150));
            // the stream restarted: raw counter dropped to 20
            TabStates.Ingest(st, 5, 0, "https://meet.google.com/", Platform.Meet, Make.Stats(0, "connected", 3, In(20, 1)), 3);
            Assert.That(Value(t, 0, "packetsReceived"), Is.EqualTo(170));
            Assert.That(Value(t, 0, "packetsLost"), Is.EqualTo(1), "gauges pass through (packetsLost is signed)");
            Assert.That(st.counterResets, Is.EqualTo(1));
            TabStates.Ingest(st, 5, 0, "https://meet.google.com/", Platform.Meet, Make.Stats(0, "connected", 4, In(30, 1)), 4);
            Assert.That(Value(t, 0, "packetsReceived"), Is.EqualTo(180));
        }

        /// <summary>Issue 14, item 2: every value finite and within its field's physical range, or dropped
        /// and counted; the rest of the sample is kept.</summary>
        [TestCase("inbound-rtp", "jitter", 61, "out_of_range")]
        [TestCase("inbound-rtp", "jitter", -0.001, "out_of_range")]
        [TestCase("inbound-rtp", "jitter", double.NaN, "not_finite")]
        [TestCase("remote-inbound-rtp", "roundTripTime", 1e308, "out_of_range")]
        [TestCase("remote-inbound-rtp", "fractionLost", 1.5, "out_of_range")]
        [TestCase("inbound-rtp", "audioLevel", double.PositiveInfinity, "not_finite")]
        [TestCase("inbound-rtp", "bytesReceived", -5, "out_of_range")]
        [TestCase("inbound-rtp", "packetsReceived", 1e308, "out_of_range")]
        [TestCase("candidate-pair", "availableOutgoingBitrate", 1e12, "out_of_range")]
        [TestCase("inbound-rtp", "jitter", 60, null)]
        [TestCase("remote-inbound-rtp", "fractionLost", 1, null)]
        [TestCase("inbound-rtp", "packetsLost", -3, null)]
        public void Implausible_values_are_dropped_and_counted(string type, string field, double value, string? reason)
        {
            var st = TabStates.Empty();
            string? kind = MetricCatalog.HasKind(type) ? "audio" : null;
            Sample s = Make.Sample(type, kind, new[] { field, "packetsReceived" == field ? "jitter" : "packetsReceived" }, new[] { value, 0.5 });
            if (type != "inbound-rtp") s = Make.Sample(type, kind, new[] { field }, new[] { value });
            Assert.That(Messages.IsValidSample(s), Is.True);
            TabRecord t = TabStates.Ingest(st, 5, 0, "https://meet.google.com/", Platform.Meet, Make.Stats(0, "connected", 1, s), 1);
            Sample kept = t.connections[0].samples[0];
            Assert.That(kept.names.Contains(field), Is.EqualTo(reason == null), "the value is exported only when plausible");
            Assert.That(kept.values.All(v => double.IsFinite(v) && System.Math.Abs(v) < 1e300), Is.True);
            if (type == "inbound-rtp") Assert.That(kept.names.Length, Is.EqualTo(reason == null ? 2 : 1), "the other field of the sample is kept");
            Assert.That(AgentCounterOps.Value(st.agent, MetricCatalog.DroppedValuesName, "", "not_finite"), Is.EqualTo(reason == "not_finite" ? 1 : 0));
            Assert.That(AgentCounterOps.Value(st.agent, MetricCatalog.DroppedValuesName, "", "out_of_range"), Is.EqualTo(reason == "out_of_range" ? 1 : 0));
            // counted per agent (the agent's own group), so the count outlives the call
            MetricsSnapshot snap = AgentMetrics.Build(st.agent, "agent", "1.0", 1, 10, 1);
            MetricFamily fam = snap.Families.Single(f => f.Name == MetricCatalog.DroppedValuesName);
            Assert.That(fam.Series.Sum(x => x.Value), Is.EqualTo(reason == null ? 0 : 1), "exported as webrtc_exporter_dropped_values_total");
            if (reason != null) Assert.That(fam.Series.Single(x => x.Value == 1).LabelValues.Last(), Is.EqualTo(reason));
            Assert.That(MetricsModel.Build(t, "agent", MetricDetail.Detailed).Families.Select(f => f.Name), Does.Not.Contain(MetricCatalog.DroppedValuesName), "not in the call's group");
        }

        [Test]
        public void Counter_resets_are_exported_per_agent()
        {
            var st = TabStates.Empty();
            TabStates.Ingest(st, 5, 0, "https://meet.google.com/", Platform.Meet, Make.Stats(0, "connected", 1, In(100, 5)), 1);
            TabStates.Ingest(st, 5, 0, "https://meet.google.com/", Platform.Meet, Make.Stats(0, "connected", 2, In(20, 2)), 2);
            MetricFamily fam = AgentMetrics.Build(st.agent, "agent", "1.0", 1, 10, 1).Families.Single(f => f.Name == MetricCatalog.CounterResetsName);
            Assert.That(fam.Series.Single().Value, Is.EqualTo(1));
        }

        [Test]
        public void Connections_get_tab_wide_slots_and_tabs_get_group_slots()
        {
            var st = TabStates.Empty();
            TabRecord a = TabStates.Ingest(st, 5, 0, "https://meet.google.com/", Platform.Meet, Make.Stats(0, "connected", 1, In(1, 0)), 1);
            TabStates.Ingest(st, 5, 3, "https://meet.google.com/", Platform.Meet, Make.Stats(0, "connected", 1, In(1, 0)), 1);
            TabStates.Ingest(st, 5, 0, "https://meet.google.com/", Platform.Meet, Make.Stats(1, "connected", 1, In(1, 0)), 1);
            Assert.That(a.connections.Select(c => c.slot), Is.EqualTo(new[] { 0, 1, 2 }));
            TabRecord b = TabStates.Ingest(st, 9, 0, "https://teams.microsoft.com/", Platform.Teams, Make.Stats(0, "connected", 1, In(1, 0)), 1);
            Assert.That((a.groupSlot, b.groupSlot), Is.EqualTo((0, 1)));
            TabStates.RemoveConnection(st, a, 3, 0);
            Assert.That(TabStates.LiveCount(st, 5), Is.EqualTo(2), "an ended connection is not live");
            TabStates.PruneEnded(a); // the push that carried its final sample
            TabRecord again = TabStates.Ingest(st, 5, 7, "https://meet.google.com/", Platform.Meet, Make.Stats(0, "connected", 1, In(1, 0)), 1);
            Assert.That(again.connections.Last().slot, Is.EqualTo(1), "lowest free slot is reused");
            Assert.That(TabStates.LiveCount(st, 5), Is.EqualTo(3));
        }

        [Test]
        public void A_final_sample_is_kept_for_one_push_then_the_group_goes()
        {
            var st = TabStates.Empty();
            TabRecord t = TabStates.Ingest(st, 5, 0, "https://meet.google.com/", Platform.Meet, Make.Stats(0, "connected", 1, In(1, 0)), 1);
            TabStates.Ingest(st, 5, 0, "https://meet.google.com/", Platform.Meet, Make.Stats(1, "connected", 1, In(1, 0)), 1);
            TabStates.Ingest(st, 5, 0, "https://meet.google.com/", Platform.Meet, Make.Stats(0, "failed", 2, In(2, 0)), 2);
            Assert.That(t.ended, Is.False);
            Assert.That(TabStates.LiveCount(st, 5), Is.EqualTo(1));
            string text = Exposition.Write(MetricsModel.Build(t, "agent", MetricDetail.Detailed));
            StringAssert.Contains("connection_state=\"failed\"} 1", text);
            StringAssert.Contains("webrtc_inbound_received_packets_total{agent_id=\"agent\",platform=\"meet\",origin=\"https://meet.google.com\",pc=\"0\",kind=\"audio\"} 2", text);
            StringAssert.Contains("webrtc_live_connections{agent_id=\"agent\",platform=\"meet\",origin=\"https://meet.google.com\"} 1", text);
            TabStates.PruneEnded(t);
            Assert.That(t.connections, Has.Count.EqualTo(1));
            Assert.That(t.finalPushed, Is.False, "another call is live");
            TabStates.RemoveFrame(st, t, 0);
            Assert.That(t.ended, Is.False, "the last call's final state is pushed first");
            Assert.That(TabStates.LiveCount(st, 5), Is.EqualTo(0));
            TabStates.PruneEnded(t);
            Assert.That(t.connections, Is.Empty);
            Assert.That(t.finalPushed, Is.True, "the group goes at the next tick");
            TabStates.Ingest(st, 5, 0, "https://meet.google.com/", Platform.Meet, Make.Stats(2, "connected", 3, In(1, 0)), 3);
            Assert.That(t.finalPushed, Is.False, "a new call keeps the group");
        }

        [Test]
        public void Group_slots_still_to_delete_are_not_reused()
        {
            var st = TabStates.Empty();
            TabRecord t = TabStates.Ingest(st, 5, 0, "https://meet.google.com/", Platform.Meet, Make.Stats(0, "connected", 1, In(1, 0)), 1);
            TabStates.MarkPushed(st, t.groupSlot);
            TabStates.EndTab(st, 5);
            TabStates.Forget(st, 5);
            TabRecord u = TabStates.Ingest(st, 6, 0, "https://meet.google.com/", Platform.Meet, Make.Stats(0, "connected", 1, In(1, 0)), 1);
            Assert.That(u.groupSlot, Is.EqualTo(1));
            TabStates.MarkDeleted(st, 0);
            TabRecord w = TabStates.Ingest(st, 7, 0, "https://meet.google.com/", Platform.Meet, Make.Stats(0, "connected", 1, In(1, 0)), 1);
            Assert.That(w.groupSlot, Is.EqualTo(0));
        }

        [Test]
        public void Restore_repairs_partial_state()
        {
            Assert.That(TabStates.Restore(null).tabs, Is.Empty);
            var raw = new SessionState { version = 1, tabs = new System.Collections.Generic.List<TabRecord> { new TabRecord { tabId = 1, origin = "x", platform = "meet" } } };
            SessionState s = TabStates.Restore(raw);
            Assert.That(s.pushedSlots, Is.Empty);
            Assert.That(s.tabs[0].connections, Is.Empty);
            Assert.That(TabStates.Restore(new SessionState { version = 99 }).tabs, Is.Empty);
        }

        [Test]
        public void Silent_connections_expire()
        {
            var st = TabStates.Empty();
            TabRecord t = TabStates.Ingest(st, 5, 0, "https://meet.google.com/", Platform.Meet, Make.Stats(0, "connected", 1, In(1, 0)), 1000);
            TabStates.ExpireSilent(st, 1000 + 59000, 60000);
            Assert.That(t.ended, Is.False);
            TabStates.ExpireSilent(st, 1000 + 61000, 60000);
            Assert.That(t.ended, Is.True);
        }

        [Test]
        public void Two_connections_in_one_tab_give_distinct_series_and_live_count()
        {
            var st = TabStates.Empty();
            TabStates.Ingest(st, 5, 0, "https://meet.google.com/", Platform.Meet, Make.Stats(0, "connected", 1, In(10, 0)), 1);
            TabRecord t = TabStates.Ingest(st, 5, 0, "https://meet.google.com/", Platform.Meet, Make.Stats(1, "connecting", 1, In(20, 0)), 1);
            string text = Exposition.Write(MetricsModel.Build(t, "ag", MetricDetail.Detailed));
            StringAssert.Contains("pc=\"0\",kind=\"audio\"} 10\n", text);
            StringAssert.Contains("pc=\"1\",kind=\"audio\"} 20\n", text);
            StringAssert.Contains("webrtc_live_connections{agent_id=\"ag\",platform=\"meet\",origin=\"https://meet.google.com\"} 2\n", text);
            StringAssert.Contains("connection_state=\"connecting\"", text);
            var (code, output) = Promtool.CheckMetrics(text);
            Assert.That(code, Is.EqualTo(0), output);
        }
    }
}
