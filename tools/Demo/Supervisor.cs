using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace WebRtcStatsExporter.Demo
{
    /// <summary>What a supervisor sees, read from Prometheus's HTTP API: agents in a call, MOS and
    /// loss per agent, firing alerts. Each figure has its expressions in order of preference: the
    /// shipped recording rules first, then the raw series they are built from.</summary>
    public sealed class Supervisor
    {
        public static readonly string[] AgentsInCall =
        {
            "count(count by (agent_id) (webrtc_live_connections{job=\"webrtc\"} > 0))",
        };

        /// <summary>Worst estimated MOS (1–5) of each agent's inbound audio.</summary>
        public static readonly string[] MosByAgent =
        {
            "webrtc:agent_mos:min",
            "min by (agent_id) (webrtc_inbound_mos)",
        };

        /// <summary>Inbound packet loss ratio of each agent over the last minute.</summary>
        public static readonly string[] LossByAgent =
        {
            "max by (agent_id) (webrtc:inbound_loss_ratio:rate1m)",
            "max by (agent_id) (clamp_min(delta(webrtc_inbound_lost_packets{kind=\"audio\"}[1m]), 0) / clamp_min(increase(webrtc_inbound_received_packets_total{kind=\"audio\"}[1m]) + clamp_min(delta(webrtc_inbound_lost_packets{kind=\"audio\"}[1m]), 0), 1))",
        };

        private readonly HttpClient http;
        private readonly string prometheus;

        public Supervisor(HttpClient http, string prometheusUrl) { this.http = http; prometheus = prometheusUrl; }

        /// <summary>Instant query: (labels, value) per series; empty on no data.</summary>
        public async Task<List<(Dictionary<string, string> Labels, double Value)>> QueryAsync(string promql, CancellationToken ct)
        {
            string body = await http.GetStringAsync(prometheus + "/api/v1/query?query=" + Uri.EscapeDataString(promql), ct);
            using JsonDocument d = JsonDocument.Parse(body);
            return d.RootElement.GetProperty("data").GetProperty("result").EnumerateArray()
                .Select(r => (r.GetProperty("metric").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? ""),
                              double.Parse(r.GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture)))
                .ToList();
        }

        /// <summary>The first expression of <paramref name="choices"/> that has data, per agent.</summary>
        public async Task<Dictionary<string, double>> ByAgentAsync(string[] choices, CancellationToken ct)
        {
            foreach (string q in choices)
            {
                var rows = await QueryAsync(q, ct);
                if (rows.Count == 0) continue;
                return rows.Where(r => r.Labels.ContainsKey("agent_id")).GroupBy(r => r.Labels["agent_id"]).ToDictionary(g => g.Key, g => g.First().Value);
            }
            return new Dictionary<string, double>();
        }

        public async Task<List<string>> FiringAlertsAsync(CancellationToken ct)
        {
            string body = await http.GetStringAsync(prometheus + "/api/v1/alerts", ct);
            using JsonDocument d = JsonDocument.Parse(body);
            return d.RootElement.GetProperty("data").GetProperty("alerts").EnumerateArray()
                .Where(a => a.GetProperty("state").GetString() == "firing")
                .Select(a =>
                {
                    var labels = a.GetProperty("labels");
                    string name = labels.GetProperty("alertname").GetString()!;
                    return labels.TryGetProperty("agent_id", out JsonElement agent) ? $"{name} ({agent.GetString()})" : name;
                })
                .OrderBy(x => x, StringComparer.Ordinal).ToList();
        }

        public sealed class Snapshot
        {
            public DateTime At;
            public int AgentsInCall;
            public Dictionary<string, double> Mos = new Dictionary<string, double>();
            public Dictionary<string, double> Loss = new Dictionary<string, double>();
            public List<string> Alerts = new List<string>();
        }

        public async Task<Snapshot> ReadAsync(CancellationToken ct)
        {
            var s = new Snapshot { At = DateTime.UtcNow };
            var agents = await QueryAsync(AgentsInCall[0], ct);
            s.AgentsInCall = agents.Count == 0 ? 0 : (int)agents[0].Value;
            s.Mos = await ByAgentAsync(MosByAgent, ct);
            s.Loss = await ByAgentAsync(LossByAgent, ct);
            s.Alerts = await FiringAlertsAsync(ct);
            return s;
        }

        public static string Format(Snapshot s, IEnumerable<string> agents)
        {
            var sb = new StringBuilder();
            sb.Append($"[{s.At:HH:mm:ss}] agents in a call: {s.AgentsInCall}");
            foreach (string a in agents)
            {
                string mos = s.Mos.TryGetValue(a, out double m) ? m.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
                string loss = s.Loss.TryGetValue(a, out double l) ? (l * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "n/a";
                sb.Append($" | {a}: MOS {mos}, loss {loss}");
            }
            sb.Append(" | alerts firing: ").Append(s.Alerts.Count == 0 ? "none" : string.Join(", ", s.Alerts));
            return sb.ToString();
        }
    }
}
