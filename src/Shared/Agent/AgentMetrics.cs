using System.Collections.Generic;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>The snapshot of the agent's own group (no tab label): the extension's version, its
    /// delivery and capture health, live connections across tabs, and the call counters. Pushed once
    /// a minute (the sweep alarm) whether or not a call is live, so in PromQL an idle agent is a
    /// fresh group with 0 live connections and a silent one is a group whose push_time_seconds
    /// (or webrtc_exporter_info sample) has gone stale.</summary>
    public static class AgentMetrics
    {
        public static MetricsSnapshot Build(AgentCounters a, string agentId, string version, int liveConnections, int pushIntervalSeconds, double atMs)
        {
            AgentCounterOps.EnsureSelf(a);
            var snapshot = new MetricsSnapshot { AtMs = atMs };
            foreach (string name in MetricCatalog.FamilyNames())
            {
                List<MetricDef> rows = MetricCatalog.Family(name);
                MetricDef d = rows[0];
                if (!d.AgentScope) continue;
                var fam = new MetricFamily
                {
                    Name = name,
                    Type = d.Type == MetricType.Counter ? "counter" : "gauge",
                    Help = MetricCatalog.FamilyHelp(name),
                };
                string[] labels = MetricCatalog.FamilyLabels(name);
                if (name == MetricCatalog.ExporterInfoName) Add(fam, labels, new[] { agentId, version }, 1);
                else if (name == MetricCatalog.LastPushName) { if (a.lastPushAt > 0) Add(fam, labels, new[] { agentId }, a.lastPushAt / 1000); }
                else if (name == MetricCatalog.ExporterLiveName) Add(fam, labels, new[] { agentId }, liveConnections);
                else if (name == MetricCatalog.PushIntervalName) Add(fam, labels, new[] { agentId }, pushIntervalSeconds);
                else
                {
                    foreach (AgentCounter c in a.counters)
                    {
                        if (c.name != name) continue;
                        var values = new List<string> { agentId };
                        if (labels.Length > 1 && labels[1] == MetricCatalog.LabelPlatform) values.Add(c.platform);
                        if (d.ValueLabel != null) values.Add(c.label);
                        Add(fam, labels, values.ToArray(), c.value);
                    }
                }
                if (fam.Series.Count > 0) snapshot.Families.Add(fam);
            }
            return snapshot;
        }

        private static void Add(MetricFamily fam, string[] labels, string[] values, double value)
            => fam.Series.Add(new Series { LabelNames = labels, LabelValues = values, Value = value });
    }
}
