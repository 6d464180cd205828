using System.Collections.Generic;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>Builds the sink-neutral snapshot of one tab: every catalogue family of the chosen
    /// metric detail (<see cref="MetricDetail"/>) in catalogue order, one series per (connection
    /// slot, kind[, reason]) with labels agent_id, platform, origin, pc, kind; info families with
    /// value 1; the live-connection gauge (connections that ended are still described, with their
    /// final sample, until the push that carries it).</summary>
    public static class MetricsModel
    {
        public static MetricsSnapshot Build(TabRecord tab, string agentId, string detail)
        {
            var snapshot = new MetricsSnapshot { AtMs = tab.updatedAt };
            var conns = new List<ConnectionRecord>(tab.connections);
            conns.Sort((a, b) => a.slot - b.slot);
            foreach (string name in MetricCatalog.FamilyNames())
            {
                List<MetricDef> rows = MetricCatalog.Family(name);
                MetricDef first = rows[0];
                if (first.AgentScope) continue; // the agent's own group (AgentMetrics)
                if (!MetricCatalog.InDetail(name, detail)) continue;
                var fam = new MetricFamily
                {
                    Name = name,
                    Type = first.Type == MetricType.Counter ? "counter" : "gauge",
                    Help = MetricCatalog.FamilyHelp(name),
                };
                if (name == MetricCatalog.LiveConnectionsName)
                {
                    fam.Series.Add(new Series
                    {
                        LabelNames = first.Labels,
                        LabelValues = new[] { agentId, tab.platform, tab.origin },
                        Value = TabStates.Live(tab),
                    });
                }
                else if (first.StatsType == MetricCatalog.PeerConnection)
                {
                    foreach (ConnectionRecord c in conns)
                        fam.Series.Add(new Series { LabelNames = first.Labels, LabelValues = new[] { agentId, tab.platform, tab.origin, c.slot.ToString(), c.state }, Value = 1 });
                }
                else
                {
                    foreach (ConnectionRecord c in conns)
                        foreach (Sample s in c.samples)
                            if (s.type == first.StatsType) AddSeries(fam, rows, s, agentId, tab, c.slot);
                }
                if (fam.Series.Count > 0) snapshot.Families.Add(fam);
            }
            return snapshot;
        }

        private static void AddSeries(MetricFamily fam, List<MetricDef> rows, Sample s, string agentId, TabRecord tab, int slot)
        {
            var baseValues = new List<string> { agentId, tab.platform, tab.origin, slot.ToString() };
            if (MetricCatalog.HasKind(s.type)) baseValues.Add(s.kind ?? "");
            MetricDef first = rows[0];
            if (first.Type == MetricType.Info)
            {
                var values = new List<string>(baseValues);
                bool any = false;
                foreach (MetricDef d in rows)
                {
                    int at = System.Array.IndexOf(s.infoNames, d.Key);
                    if (at >= 0) { values.Add(s.infoValues[at]); any = true; }
                    else values.Add("");
                }
                if (any) fam.Series.Add(new Series { LabelNames = first.Labels, LabelValues = values.ToArray(), Value = 1 });
                return;
            }
            foreach (MetricDef d in rows)
            {
                int at = System.Array.IndexOf(s.names, d.Key);
                if (at < 0) continue;
                var names = new List<string>(d.Labels);
                var values = new List<string>(baseValues);
                if (d.FixedLabel != null) { names.Add(d.FixedLabel!); values.Add(d.FixedValue ?? ""); }
                if (d.ValueLabel != null) { names.Add(d.ValueLabel!); values.Add(SampleValues.Text(s, d.Key) ?? ""); }
                fam.Series.Add(new Series { LabelNames = names.ToArray(), LabelValues = values.ToArray(), Value = s.values[at] });
            }
        }
    }
}
