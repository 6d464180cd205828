using System.Collections.Generic;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>One RTCStats dictionary, read by field name. The hook implements it over the JS
    /// object (a few property reads); tests implement it over recorded JSON.</summary>
    public interface IStatsObject
    {
        string Type { get; }
        string Id { get; }
        /// <summary>The field's value when it is a number (NaN/Infinity included), else null.</summary>
        double? GetNumber(string field);
        /// <summary>A number inside a record-valued field (<c>qualityLimitationDurations.cpu</c>).</summary>
        double? GetNumberIn(string record, string field);
        string? GetString(string field);
        bool? GetBool(string field);
    }

    /// <summary>An RTCStatsReport: iterate, and look up by id.</summary>
    public interface IStatsReport
    {
        List<IStatsObject> Objects();
        IStatsObject? Get(string id);
    }

    /// <summary>Turns a getStats() report into the protocol's Sample[] holding only catalogue fields:
    /// one sample per (stats type, kind), the selected candidate pair only, links (<c>codecId.x</c>)
    /// resolved, non-finite numbers and negative counters dropped, no ids/SSRCs/addresses.
    /// Runs in the page on every poll, so the per-type plan is computed once.</summary>
    public static class StatsReducer
    {
        private sealed class Plan
        {
            public MetricDef Def = null!;
            public string First = "";
            public string Second = "";
            /// <summary>0 plain field, 1 record (a.b), 2 link (aId → b).</summary>
            public int Mode;
        }

        private sealed class Acc
        {
            public string Type = "";
            public string? Kind;
            public List<string> Names = new List<string>();
            public List<double> Values = new List<double>();
            public List<string> InfoNames = new List<string>();
            public List<string> InfoValues = new List<string>();
        }

        private static Dictionary<string, List<Plan>>? plans;

        private static Dictionary<string, List<Plan>> Plans()
        {
            if (plans != null) return plans;
            var map = new Dictionary<string, List<Plan>>();
            foreach (MetricDef d in MetricCatalog.All)
            {
                if (d.StatsType.Length == 0 || d.StatsType == MetricCatalog.PeerConnection || d.Derived) continue;
                var p = new Plan { Def = d };
                int dot = d.Key.IndexOf('.');
                if (dot < 0) { p.First = d.Key; p.Mode = 0; }
                else
                {
                    p.First = d.Key.Substring(0, dot);
                    p.Second = d.Key.Substring(dot + 1);
                    p.Mode = p.First.EndsWith("Id") ? 2 : 1;
                }
                if (!map.ContainsKey(d.StatsType)) map[d.StatsType] = new List<Plan>();
                map[d.StatsType].Add(p);
            }
            plans = map;
            return map;
        }

        /// <summary>The id of the selected candidate pair: the transport's
        /// <c>selectedCandidatePairId</c>, else a pair marked <c>selected</c> (Firefox) or nominated and
        /// succeeded.</summary>
        public static string? SelectedPairId(List<IStatsObject> all)
        {
            for (int i = 0; i < all.Count; i++)
            {
                if (all[i].Type == "transport")
                {
                    string? id = all[i].GetString("selectedCandidatePairId");
                    if (id != null) return id;
                }
            }
            for (int i = 0; i < all.Count; i++)
            {
                IStatsObject o = all[i];
                if (o.Type != "candidate-pair") continue;
                if (o.GetBool("selected") == true) return o.Id;
                if (o.GetBool("nominated") == true && o.GetString("state") == "succeeded") return o.Id;
            }
            return null;
        }

        public static Sample[] Reduce(IStatsReport report)
        {
            Dictionary<string, List<Plan>> plan = Plans();
            // One walk of the report per poll (it runs on the page's main thread).
            List<IStatsObject> all = report.Objects();
            string? selected = SelectedPairId(all);
            var accs = new List<Acc>();
            for (int oi = 0; oi < all.Count; oi++)
            {
                IStatsObject o = all[oi];
                string type = o.Type;
                if (!plan.ContainsKey(type)) continue;
                if (type == "candidate-pair" && o.Id != selected) continue;
                string? kind = null;
                if (MetricCatalog.HasKind(type))
                {
                    kind = o.GetString("kind") ?? o.GetString("mediaType");
                    if (kind != "audio" && kind != "video") continue;
                }
                Acc acc = FindAcc(accs, type, kind);
                List<Plan> rows = plan[type];
                for (int i = 0; i < rows.Count; i++)
                {
                    Plan p = rows[i];
                    MetricDef d = p.Def;
                    if (d.OnlyKind.Length > 0 && d.OnlyKind != kind) continue;
                    if (d.Type == MetricType.Info)
                    {
                        string? s = ReadString(report, o, p);
                        if (s == null || s.Length == 0 || s.Length > Messages.MaxStringLength) continue;
                        if (acc.InfoNames.IndexOf(d.Key) < 0) { acc.InfoNames.Add(d.Key); acc.InfoValues.Add(s); }
                        continue;
                    }
                    double? raw = p.Mode == 1 ? o.GetNumberIn(p.First, p.Second) : o.GetNumber(p.First);
                    if (raw == null) continue;
                    double v = raw.Value;
                    if (double.IsNaN(v) || double.IsInfinity(v)) continue;
                    if (d.Type == MetricType.Counter && v < 0) continue;
                    v = v * d.Scale;
                    int at = acc.Names.IndexOf(d.Key);
                    if (at < 0) { acc.Names.Add(d.Key); acc.Values.Add(v); }
                    else if (d.Sum) acc.Values[at] = acc.Values[at] + v;
                    else if (v > acc.Values[at]) acc.Values[at] = v;
                }
            }
            var result = new List<Sample>();
            for (int i = 0; i < accs.Count; i++)
            {
                Acc a = accs[i];
                if (a.Names.Count == 0 && a.InfoNames.Count == 0) continue;
                result.Add(new Sample
                {
                    type = a.Type,
                    kind = a.Kind,
                    names = a.Names.ToArray(),
                    values = a.Values.ToArray(),
                    infoNames = a.InfoNames.ToArray(),
                    infoValues = a.InfoValues.ToArray(),
                });
            }
            return result.ToArray();
        }

        private static Acc FindAcc(List<Acc> accs, string type, string? kind)
        {
            for (int i = 0; i < accs.Count; i++)
            {
                if (accs[i].Type == type && accs[i].Kind == kind) return accs[i];
            }
            var a = new Acc { Type = type, Kind = kind };
            accs.Add(a);
            return a;
        }

        private static string? ReadString(IStatsReport report, IStatsObject o, Plan p)
        {
            if (p.Mode == 0) return o.GetString(p.First);
            if (p.Mode != 2) return null;
            string? id = o.GetString(p.First);
            if (id == null) return null;
            IStatsObject? target = report.Get(id);
            return target?.GetString(p.Second);
        }
    }
}
