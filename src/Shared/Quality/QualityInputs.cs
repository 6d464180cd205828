using System.Collections.Generic;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>The values of one poll the worker uses, both for export and for the quality
    /// derivation: the poll's raw values (not yet running totals, so that the derivation sees a counter
    /// going backwards as the reset it is) without those <see cref="Plausibility"/> refuses.</summary>
    public static class QualityInputs
    {
        /// <summary>The samples without the values that are not finite or out of their physical range,
        /// each refused value counted once in the agent's webrtc_exporter_dropped_values_total (a
        /// sample with nothing refused is returned as it is).</summary>
        public static Sample[] Plausible(Sample[] raw, AgentCounters agent)
        {
            var result = new List<Sample>();
            foreach (Sample s in raw)
            {
                var names = new List<string>();
                var values = new List<double>();
                for (int j = 0; j < s.values.Length; j++)
                {
                    double v = s.values[j];
                    MetricDef? d = MetricCatalog.FindNumeric(s.type, s.names[j]);
                    if (d == null) continue;
                    // NaN and ±Infinity arrive as null through the extension's JSON messaging
                    string? refused = Shape.IsFiniteNumber(v) ? Plausibility.Check(d, v) : Plausibility.NotFinite;
                    if (refused != null) { AgentCounterOps.Add(agent, MetricCatalog.DroppedValuesName, "", refused, 1); continue; }
                    names.Add(s.names[j]);
                    values.Add(v);
                }
                result.Add(names.Count == s.values.Length ? s
                    : new Sample { type = s.type, kind = s.kind, names = names.ToArray(), values = values.ToArray(), infoNames = s.infoNames, infoValues = s.infoValues });
            }
            return result.ToArray();
        }
    }
}
