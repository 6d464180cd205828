using System.Collections.Generic;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>The values the quality derivation may use: the poll's raw values (not the running
    /// totals, so that a counter going backwards is seen as the reset it is) without those
    /// <see cref="Plausibility"/> refuses (they are counted where the export drops them).</summary>
    public static class QualityInputs
    {
        public static Sample[] Plausible(Sample[] raw)
        {
            var result = new Sample[raw.Length];
            for (int i = 0; i < raw.Length; i++)
            {
                Sample s = raw[i];
                bool clean = true;
                for (int j = 0; j < s.values.Length && clean; j++)
                {
                    MetricDef? d = MetricCatalog.FindNumeric(s.type, s.names[j]);
                    if (d == null || !Shape.IsFiniteNumber(s.values[j]) || Plausibility.Check(d, s.values[j]) != null) clean = false;
                }
                if (clean) { result[i] = s; continue; }
                var names = new List<string>();
                var values = new List<double>();
                for (int j = 0; j < s.values.Length; j++)
                {
                    MetricDef? d = MetricCatalog.FindNumeric(s.type, s.names[j]);
                    if (d == null || !Shape.IsFiniteNumber(s.values[j]) || Plausibility.Check(d, s.values[j]) != null) continue;
                    names.Add(s.names[j]);
                    values.Add(s.values[j]);
                }
                result[i] = new Sample { type = s.type, kind = s.kind, names = names.ToArray(), values = values.ToArray(), infoNames = s.infoNames, infoValues = s.infoValues };
            }
            return result;
        }
    }
}
