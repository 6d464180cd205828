using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace WebRtcStatsExporter.Browser.Tests.Harness
{
    /// <summary>One series as the Pushgateway's /api/v1/metrics reports it, with the group's labels
    /// merged into its own.</summary>
    public sealed record Series(string Name, string Type, IReadOnlyDictionary<string, string> Labels, double Value);

    /// <summary>One group (one grouping key) in the Pushgateway.</summary>
    public sealed record Group(IReadOnlyDictionary<string, string> Labels, IReadOnlyList<Series> Series, double PushTimeSeconds)
    {
        /// <summary>A label of the group, or else the value its series agree on.</summary>
        public string? Label(string name)
        {
            if (Labels.TryGetValue(name, out var v)) return v;
            var values = Series.Where(s => s.Labels.ContainsKey(name)).Select(s => s.Labels[name]).Distinct().ToList();
            return values.Count == 1 ? values[0] : null;
        }

        /// <summary>The group's own series (without the Pushgateway's push_time_seconds and push_failure_time_seconds).</summary>
        public IEnumerable<Series> Data => Series.Where(s => !s.Name.StartsWith("push_"));
    }

    public sealed class PushState
    {
        public static readonly PushState Empty = new(new List<Group>());

        public IReadOnlyList<Group> Groups { get; }

        private PushState(List<Group> groups) { Groups = groups; }

        /// <summary>The call groups of an agent (one per tab holding a call; they carry a tab label).</summary>
        public IEnumerable<Group> ForAgent(string agentId) => Groups.Where(g => g.Labels.ContainsKey("tab") && g.Label("agent_id") == agentId);

        /// <summary>The agent's own group (self-metrics and call counters, pushed every minute, no tab label).</summary>
        public Group? AgentGroup(string agentId) => Groups.FirstOrDefault(g => !g.Labels.ContainsKey("tab") && g.Label("agent_id") == agentId);

        public IEnumerable<Series> AllData => Groups.SelectMany(g => g.Data);

        public static PushState Parse(string json)
        {
            using var doc = JsonDocument.Parse(json);
            var groups = new List<Group>();
            if (!doc.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
                return new PushState(groups);
            foreach (var g in data.EnumerateArray())
            {
                var groupLabels = Labels(g.TryGetProperty("labels", out var gl) ? gl : default);
                var series = new List<Series>();
                double pushTime = 0;
                foreach (var prop in g.EnumerateObject())
                {
                    if (prop.Name == "labels" || prop.Value.ValueKind != JsonValueKind.Object) continue;
                    if (!prop.Value.TryGetProperty("metrics", out var metrics) || metrics.ValueKind != JsonValueKind.Array) continue;
                    string type = prop.Value.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "";
                    foreach (var m in metrics.EnumerateArray())
                    {
                        var labels = new Dictionary<string, string>(groupLabels);
                        foreach (var kv in Labels(m.TryGetProperty("labels", out var ml) ? ml : default)) labels[kv.Key] = kv.Value;
                        double value = m.TryGetProperty("value", out var v) ? ParseValue(v.GetString()) : double.NaN;
                        string name = labels.TryGetValue("__name__", out var n) ? n : prop.Name;
                        labels.Remove("__name__");
                        series.Add(new Series(name, type, labels, value));
                        if (name == "push_time_seconds") pushTime = value;
                    }
                }
                groups.Add(new Group(groupLabels, series, pushTime));
            }
            return new PushState(groups);
        }

        private static Dictionary<string, string> Labels(JsonElement e)
        {
            var d = new Dictionary<string, string>();
            if (e.ValueKind != JsonValueKind.Object) return d;
            foreach (var p in e.EnumerateObject()) d[p.Name] = p.Value.GetString() ?? "";
            return d;
        }

        private static double ParseValue(string? s) => s switch
        {
            null => double.NaN,
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            "NaN" => double.NaN,
            _ => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
        };

        public string Describe()
        {
            if (Groups.Count == 0) return "  (none)";
            var sb = new StringBuilder();
            foreach (var g in Groups)
            {
                sb.Append("  {").Append(string.Join(", ", g.Labels.Select(kv => $"{kv.Key}=\"{kv.Value}\""))).Append("}: ");
                var names = g.Data.Select(s => s.Name).Distinct().ToList();
                sb.Append(names.Count).Append(" families");
                if (names.Count > 0) sb.Append(" (").Append(string.Join(", ", names.Take(6))).Append(names.Count > 6 ? ", …)" : ")");
                sb.AppendLine();
            }
            return sb.ToString();
        }
    }
}
