using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace WebRtcStatsExporter.Browser.Tests.Harness
{
    /// <summary>The shipped Grafana dashboards (deploy/grafana/dashboards/*.json) read the way Grafana
    /// reads them: every panel (rows included), every target's PromQL, every template variable, with
    /// Grafana's variables substituted so the queries can be run against a real Prometheus.</summary>
    public static class Dashboards
    {
        public sealed record Target(string Dashboard, string Panel, string PanelType, string RefId, string Expr, bool Instant);

        public sealed record Variable(string Dashboard, string Name, string Query);

        public static string Dir => Path.Combine(Repo.Root, "deploy", "grafana", "dashboards");

        public static IReadOnlyList<string> Files() => Directory.EnumerateFiles(Dir, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToList();

        public static List<Target> Targets()
        {
            var list = new List<Target>();
            foreach (string file in Files())
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(file));
                string title = doc.RootElement.GetProperty("title").GetString() ?? file;
                foreach (JsonElement panel in Panels(doc.RootElement))
                {
                    if (!panel.TryGetProperty("targets", out var targets)) continue;
                    string type = panel.GetProperty("type").GetString() ?? "";
                    string name = panel.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "";
                    foreach (JsonElement target in targets.EnumerateArray())
                    {
                        bool instant = target.TryGetProperty("instant", out var i) && i.ValueKind == JsonValueKind.True
                                       && !(target.TryGetProperty("range", out var r) && r.ValueKind == JsonValueKind.True);
                        list.Add(new Target(title, name, type, target.GetProperty("refId").GetString() ?? "", target.GetProperty("expr").GetString() ?? "", instant));
                    }
                }
            }
            return list;
        }

        /// <summary>Every panel, including those nested in collapsed rows.</summary>
        public static IEnumerable<JsonElement> Panels(JsonElement dashboard)
        {
            if (!dashboard.TryGetProperty("panels", out var panels)) yield break;
            foreach (JsonElement p in panels.EnumerateArray())
            {
                yield return p;
                if (p.TryGetProperty("panels", out var nested))
                    foreach (JsonElement n in nested.EnumerateArray()) yield return n;
            }
        }

        public static List<Variable> QueryVariables()
        {
            var list = new List<Variable>();
            foreach (string file in Files())
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(file));
                string title = doc.RootElement.GetProperty("title").GetString() ?? file;
                foreach (JsonElement v in doc.RootElement.GetProperty("templating").GetProperty("list").EnumerateArray())
                {
                    if (v.GetProperty("type").GetString() != "query") continue;
                    string query = v.GetProperty("query").ValueKind == JsonValueKind.String ? v.GetProperty("query").GetString()! : v.GetProperty("query").GetProperty("query").GetString()!;
                    list.Add(new Variable(title, v.GetProperty("name").GetString()!, query));
                }
            }
            return list;
        }

        /// <summary>Replaces Grafana's variables: the dashboard's own from <paramref name="values"/>
        /// (e.g. platform → ".*" as "All" does, agent → an agent id), and the built-in intervals.</summary>
        public static string Substitute(string expr, IReadOnlyDictionary<string, string> values)
        {
            var builtIn = new Dictionary<string, string> { ["__rate_interval"] = "1m", ["__interval"] = "15s", ["__range"] = "5m" };
            string result = Regex.Replace(expr, @"\$\{(\w+)\}|\$(\w+)", m =>
            {
                string name = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
                if (values.TryGetValue(name, out var v)) return v;
                if (builtIn.TryGetValue(name, out var b)) return b;
                throw new InvalidOperationException($"no value for the dashboard variable ${name} in: {expr}");
            });
            return result;
        }

        /// <summary>Runs one target: a range query over the last 5 minutes (what a time-series panel
        /// asks) or an instant query; returns the problem, or null when Prometheus accepted the
        /// expression and answered at least one series.</summary>
        public static async Task<string?> ProblemAsync(Prometheus prometheus, Target t, IReadOnlyDictionary<string, string> values)
        {
            string expr = Substitute(t.Expr, values);
            Prometheus.Answer a = t.Instant
                ? await prometheus.QueryAsync(expr)
                : await prometheus.QueryRangeAsync(expr, TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(15));
            if (!a.Ok) return $"{t.Dashboard} / {t.Panel} ({t.RefId}): Prometheus rejected `{expr}`: {a.Error}";
            if (a.Result.Count == 0) return $"{t.Dashboard} / {t.Panel} ({t.RefId}): no data for `{expr}`";
            return null;
        }

        /// <summary>A query variable's values, as Grafana's label_values(match, label) computes them.</summary>
        public static async Task<List<string>> VariableValuesAsync(Prometheus prometheus, Variable v, IReadOnlyDictionary<string, string> values)
        {
            Match m = Regex.Match(v.Query, @"^label_values\((?:(.+),\s*)?(\w+)\)$");
            if (!m.Success) throw new InvalidOperationException($"{v.Dashboard}: variable {v.Name} is not a label_values() query: {v.Query}");
            string match = m.Groups[1].Success ? Substitute(m.Groups[1].Value, values) : "{__name__=~\".+\"}";
            Prometheus.Answer a = await prometheus.LabelValuesAsync(m.Groups[2].Value, match);
            if (!a.Ok) throw new InvalidOperationException($"{v.Dashboard}: variable {v.Name}: {a.Error}");
            return a.Data.EnumerateArray().Select(x => x.GetString() ?? "").ToList();
        }
    }
}
