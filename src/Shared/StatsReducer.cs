using System;
using System.Collections.Generic;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>One RTCStats dictionary, read by field name. The bridge implements it as one cursor
    /// over the JS objects (no object per report entry); tests implement it over recorded JSON.</summary>
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

    /// <summary>An RTCStatsReport: one walk over its objects, and look-ups by id. The object handed to
    /// <see cref="ForEach"/>'s callback and the one <see cref="Get"/> returns are valid only until the
    /// next call of the same method (the bridge reuses one cursor for each).</summary>
    public interface IStatsReport
    {
        void ForEach(Action<IStatsObject> visit);
        IStatsObject? Get(string id);
        /// <summary>A string field of the object with that id (a link such as <c>codecId</c>), or null.</summary>
        string? GetLinkedString(string id, string field);
    }

    /// <summary>Turns a getStats() report into the protocol's Sample[] holding only catalogue fields
    /// (<see cref="StatsFields"/>, the catalogue's page side):
    /// one sample per (stats type, kind), the selected candidate pair only, links (<c>codecId.x</c>)
    /// resolved, non-finite numbers and negative counters dropped, no ids/SSRCs/addresses.
    /// Runs on the page's main thread at every poll, so: one walk of the report, only the catalogue's
    /// fields read from each object, per-type plans computed once, and nothing allocated per report
    /// entry (accumulators are per sample, with one slot per catalogue row).</summary>
    public static class StatsReducer
    {
        /// <summary>The rows of one stats type, in catalogue order.</summary>
        private sealed class TypePlan
        {
            public string Type = "";
            public bool HasKind;
            public List<StatsField> Rows = new List<StatsField>();
        }

        /// <summary>One row of a sample being built: its value (NaN = absent) or its info string.</summary>
        private sealed class Cell
        {
            public StatsField Row = null!;
            public double Value = double.NaN;
            public string? Info;
        }

        /// <summary>One sample being built: a cell per row of its type, in the rows' order.</summary>
        private sealed class Acc
        {
            public TypePlan Plan = null!;
            public string? Kind;
            public List<Cell> Cells = new List<Cell>();
            public bool Any;
        }

        private static Dictionary<string, TypePlan>? plans;

        private static Dictionary<string, TypePlan> Plans()
        {
            if (plans != null) return plans;
            var map = new Dictionary<string, TypePlan>();
            foreach (StatsField d in StatsFields.All)
            {
                TypePlan? tp = map.GetValueOrDefault(d.StatsType);
                if (tp == null) map[d.StatsType] = tp = new TypePlan { Type = d.StatsType, HasKind = StatsKinds.HasKind(d.StatsType) };
                tp.Rows.Add(d);
            }
            plans = map;
            return map;
        }

        public static Sample[] Reduce(IStatsReport report)
        {
            Dictionary<string, TypePlan> plan = Plans();
            var accs = new List<Acc>();
            string? transportPair = null;
            string? fallbackPair = null;
            // One walk; candidate pairs are skipped there and the selected one is read by id after it
            // (the transport that names it may come later in the report).
            report.ForEach(o =>
            {
                string type = o.Type;
                if (type == "transport")
                {
                    if (transportPair == null) transportPair = o.GetString("selectedCandidatePairId");
                }
                else if (type == "candidate-pair")
                {
                    // Firefox marks the pair "selected"; otherwise a nominated pair that succeeded.
                    if (transportPair == null && fallbackPair == null
                        && (o.GetBool("selected") == true || (o.GetBool("nominated") == true && o.GetString("state") == "succeeded")))
                        fallbackPair = o.Id;
                    return;
                }
                TypePlan? tp = plan.GetValueOrDefault(type);
                if (tp != null) Take(report, accs, tp, o);
            });
            string? selected = transportPair ?? fallbackPair;
            TypePlan? pairPlan = plan.GetValueOrDefault("candidate-pair");
            if (selected != null && pairPlan != null)
            {
                IStatsObject? pair = report.Get(selected);
                if (pair != null && pair.Type == "candidate-pair") Take(report, accs, pairPlan, pair);
            }
            return Build(accs);
        }

        /// <summary>Reads the plan's fields of one object into its (type, kind) accumulator.</summary>
        private static void Take(IStatsReport report, List<Acc> accs, TypePlan tp, IStatsObject o)
        {
            string? kind = null;
            if (tp.HasKind)
            {
                kind = o.GetString("kind") ?? o.GetString("mediaType");
                if (kind != "audio" && kind != "video") return;
            }
            Acc acc = FindAcc(accs, tp, kind);
            foreach (Cell cell in acc.Cells)
            {
                StatsField d = cell.Row;
                if (d.OnlyKind.Length > 0 && d.OnlyKind != kind) continue;
                if (d.Info)
                {
                    if (cell.Info != null) continue;
                    string? s = ReadString(report, o, d);
                    if (s == null || s.Length == 0 || s.Length > Messages.MaxStringLength) continue;
                    cell.Info = s;
                    acc.Any = true;
                    continue;
                }
                // Absent (null) is skipped as NaN is.
                double v = (d.Mode == StatsField.InRecord ? o.GetNumberIn(d.First, d.Second) : o.GetNumber(d.First)) ?? double.NaN;
                if (double.IsNaN(v) || double.IsInfinity(v)) continue;
                if (d.Counter && v < 0) continue;
                v = v * d.Scale;
                double had = cell.Value;
                if (double.IsNaN(had)) cell.Value = v;
                else if (d.Sum) cell.Value = had + v;
                else if (v > had) cell.Value = v;
                acc.Any = true;
            }
        }

        private static Acc FindAcc(List<Acc> accs, TypePlan tp, string? kind)
        {
            foreach (Acc had in accs)
            {
                if (had.Plan == tp && had.Kind == kind) return had;
            }
            var a = new Acc { Plan = tp, Kind = kind, Cells = tp.Rows.ConvertAll(row => new Cell { Row = row }) };
            accs.Add(a);
            return a;
        }

        private static Sample[] Build(List<Acc> accs)
        {
            var result = new List<Sample>();
            foreach (Acc a in accs)
            {
                if (!a.Any) continue;
                var names = new List<string>();
                var values = new List<double>();
                var infoNames = new List<string>();
                var infoValues = new List<string>();
                foreach (Cell cell in a.Cells)
                {
                    if (!double.IsNaN(cell.Value)) { names.Add(cell.Row.Key); values.Add(cell.Value); }
                    if (cell.Info != null) { infoNames.Add(cell.Row.Key); infoValues.Add(cell.Info); }
                }
                result.Add(new Sample
                {
                    type = a.Plan.Type,
                    kind = a.Kind,
                    names = names.ToArray(),
                    values = values.ToArray(),
                    infoNames = infoNames.ToArray(),
                    infoValues = infoValues.ToArray(),
                });
            }
            return result.ToArray();
        }

        private static string? ReadString(IStatsReport report, IStatsObject o, StatsField d)
        {
            if (d.Mode == StatsField.Plain) return o.GetString(d.First);
            if (d.Mode != StatsField.Linked) return null;
            string? id = o.GetString(d.First);
            return id == null ? null : report.GetLinkedString(id, d.Second);
        }
    }
}
