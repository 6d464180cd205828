using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace WebRtcStatsExporter.Browser.Tests.Harness
{
    /// <summary>A real Prometheus (Debian's prometheus) on a free loopback port, scraping a
    /// Pushgateway with <c>honor_labels: true</c> and evaluating the shipped rule files
    /// (deploy/prometheus/*.yml without "test" in the name), with its own temporary storage; stopped
    /// by its process id. Short scrape and evaluation intervals keep real-time scenarios short; the
    /// rules' own <c>for:</c> durations are used as shipped.</summary>
    public sealed class Prometheus : IDisposable
    {
        public const string Binary = "/usr/bin/prometheus";
        private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };
        private Process? process;
        private readonly StringWriter log = new();
        private readonly string dataDir;

        public int Port { get; } = FreePort.Next();
        public string Url => $"http://127.0.0.1:{Port}";
        public IReadOnlyList<string> RuleFiles { get; }

        private Prometheus(string dataDir, IReadOnlyList<string> ruleFiles)
        {
            this.dataDir = dataDir;
            RuleFiles = ruleFiles;
        }

        /// <summary>The shipped rule files.</summary>
        public static IReadOnlyList<string> ShippedRuleFiles() =>
            Directory.EnumerateFiles(Path.Combine(Repo.Root, "deploy", "prometheus"), "*.yml")
                .Where(f => !Path.GetFileName(f).Contains("test")).OrderBy(f => f, StringComparer.Ordinal).ToList();

        /// <summary>Starts Prometheus scraping <paramref name="pushgatewayUrl"/> every
        /// <paramref name="intervalSeconds"/> and evaluating the rules as often.</summary>
        public static Prometheus Start(string pushgatewayUrl, int intervalSeconds = 1, IReadOnlyList<string>? ruleFiles = null)
        {
            Repo.RequireTool(Binary, "prometheus");
            string dir = Path.Combine(Path.GetTempPath(), "wse-prometheus-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            var p = new Prometheus(dir, ruleFiles ?? ShippedRuleFiles());
            var target = new Uri(pushgatewayUrl);
            var config = new StringBuilder();
            config.Append("global:\n");
            config.Append($"  scrape_interval: {intervalSeconds}s\n");
            config.Append($"  evaluation_interval: {intervalSeconds}s\n");
            config.Append("rule_files:\n");
            foreach (string f in p.RuleFiles) config.Append("  - ").Append(JsonSerializer.Serialize(f)).Append('\n');
            config.Append("scrape_configs:\n");
            config.Append("  - job_name: pushgateway\n");
            config.Append("    honor_labels: true\n");
            config.Append($"    static_configs:\n      - targets: [\"{target.Host}:{target.Port}\"]\n");
            string configPath = Path.Combine(dir, "prometheus.yml");
            File.WriteAllText(configPath, config.ToString());
            p.Launch(configPath);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => p.Stop();
            return p;
        }

        private void Launch(string configPath)
        {
            var psi = new ProcessStartInfo(Binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            psi.ArgumentList.Add("--config.file=" + configPath);
            psi.ArgumentList.Add("--storage.tsdb.path=" + Path.Combine(dataDir, "data"));
            psi.ArgumentList.Add($"--web.listen-address=127.0.0.1:{Port}");
            psi.ArgumentList.Add("--log.level=warn");
            var proc = Process.Start(psi)!;
            proc.OutputDataReceived += (_, e) => { if (e.Data != null) lock (log) log.WriteLine(e.Data); };
            proc.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (log) log.WriteLine(e.Data); };
            proc.BeginOutputReadLine();
            proc.BeginErrorReadLine();
            process = proc;
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
            while (DateTime.UtcNow < deadline)
            {
                if (proc.HasExited) Assert.Fail($"prometheus exited with {proc.ExitCode}: {Log}");
                try
                {
                    if (Http.GetAsync(Url + "/-/ready").Result.IsSuccessStatusCode) return;
                }
                catch (AggregateException) { }
                Thread.Sleep(200);
            }
            Assert.Fail($"prometheus did not become ready on {Url}: {Log}");
        }

        public string Log { get { lock (log) return log.ToString(); } }

        public void Stop()
        {
            var p = process;
            process = null;
            if (p != null)
            {
                try
                {
                    using var byId = Process.GetProcessById(p.Id);
                    byId.Kill();
                    byId.WaitForExit(15_000);
                }
                catch (ArgumentException) { /* already gone */ }
                p.Dispose();
            }
            try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }

        public void Dispose() => Stop();

        /// <summary>The answer of a query endpoint: its status, and on success the <c>data</c> element.</summary>
        public sealed record Answer(bool Ok, string Error, JsonElement Data)
        {
            /// <summary>Series (vector or matrix) in the result.</summary>
            public List<JsonElement> Result => Ok && Data.TryGetProperty("result", out var r) && r.ValueKind == JsonValueKind.Array ? r.EnumerateArray().ToList() : new List<JsonElement>();

            /// <summary>The labels of each series.</summary>
            public List<Dictionary<string, string>> Labels => Result.Select(s => s.GetProperty("metric").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "")).ToList();

            /// <summary>The value of each series of an instant vector.</summary>
            public List<double> Values => Result.Where(s => s.TryGetProperty("value", out _))
                .Select(s => ParseValue(s.GetProperty("value")[1].GetString())).ToList();
        }

        private async Task<Answer> GetAsync(string pathAndQuery)
        {
            using var r = await Http.GetAsync(Url + pathAndQuery);
            string body = await r.Content.ReadAsStringAsync();
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            bool ok = root.TryGetProperty("status", out var st) && st.GetString() == "success";
            string error = ok ? "" : (root.TryGetProperty("errorType", out var et) ? et.GetString() + ": " : "") + (root.TryGetProperty("error", out var e) ? e.GetString() : body);
            return new Answer(ok, error, root.TryGetProperty("data", out var data) ? data.Clone() : default);
        }

        /// <summary>An instant query at the server's current time.</summary>
        public Task<Answer> QueryAsync(string promql) => GetAsync("/api/v1/query?query=" + Uri.EscapeDataString(promql));

        /// <summary>A range query over the last <paramref name="range"/>, one point per <paramref name="step"/>.</summary>
        public Task<Answer> QueryRangeAsync(string promql, TimeSpan range, TimeSpan step)
        {
            double end = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;
            double start = end - range.TotalSeconds;
            string q = "/api/v1/query_range?query=" + Uri.EscapeDataString(promql)
                       + "&start=" + start.ToString("0.###", CultureInfo.InvariantCulture)
                       + "&end=" + end.ToString("0.###", CultureInfo.InvariantCulture)
                       + "&step=" + step.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            return GetAsync(q);
        }

        /// <summary>The values of one label across the series matching <paramref name="match"/>
        /// (what Grafana's <c>label_values(match, label)</c> asks).</summary>
        public Task<Answer> LabelValuesAsync(string label, string match)
            => GetAsync($"/api/v1/label/{Uri.EscapeDataString(label)}/values?match[]=" + Uri.EscapeDataString(match));

        /// <summary>Active alerts (pending and firing) as Prometheus reports them.</summary>
        public async Task<List<ActiveAlert>> AlertsAsync()
        {
            Answer a = await GetAsync("/api/v1/alerts");
            if (!a.Ok) throw new InvalidOperationException("GET /api/v1/alerts failed: " + a.Error);
            var list = new List<ActiveAlert>();
            foreach (var e in a.Data.GetProperty("alerts").EnumerateArray())
            {
                var labels = e.GetProperty("labels").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");
                DateTimeOffset? activeAt = e.TryGetProperty("activeAt", out var at) && at.ValueKind == JsonValueKind.String
                    ? DateTimeOffset.Parse(at.GetString()!, CultureInfo.InvariantCulture) : null;
                list.Add(new ActiveAlert(labels, e.GetProperty("state").GetString() ?? "", activeAt));
            }
            return list;
        }

        /// <summary>The rule groups Prometheus loaded, with each rule's health (a rule whose
        /// expression fails at evaluation reports "err").</summary>
        public async Task<List<(string Name, string Health, string Error)>> RulesAsync()
        {
            Answer a = await GetAsync("/api/v1/rules");
            if (!a.Ok) throw new InvalidOperationException("GET /api/v1/rules failed: " + a.Error);
            var list = new List<(string, string, string)>();
            foreach (var g in a.Data.GetProperty("groups").EnumerateArray())
                foreach (var r in g.GetProperty("rules").EnumerateArray())
                    list.Add((r.GetProperty("name").GetString() ?? "", r.TryGetProperty("health", out var h) ? h.GetString() ?? "" : "",
                              r.TryGetProperty("lastError", out var le) ? le.GetString() ?? "" : ""));
            return list;
        }

        /// <summary>Polls <paramref name="query"/> until it answers series satisfying
        /// <paramref name="condition"/>, within a generous <paramref name="timeout"/>.</summary>
        public async Task<Answer> WaitForAsync(string query, Func<Answer, bool> condition, TimeSpan timeout, string what)
        {
            var sw = Stopwatch.StartNew();
            Answer last = new(false, "not asked yet", default);
            while (sw.Elapsed < timeout)
            {
                try { last = await QueryAsync(query); } catch (HttpRequestException) { }
                if (last.Ok && condition(last))
                {
                    TestContext.Out.WriteLine($"{what}: after {sw.Elapsed.TotalSeconds:0.0}s");
                    return last;
                }
                await Task.Delay(500);
            }
            Assert.Fail($"Timed out after {timeout.TotalSeconds:0}s waiting for {what} ({query}); last answer: {(last.Ok ? JsonSerializer.Serialize(last.Data) : last.Error)}");
            return last;
        }

        public static double ParseValue(string? s) => s switch
        {
            null => double.NaN,
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            "NaN" => double.NaN,
            _ => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }

    public sealed record ActiveAlert(IReadOnlyDictionary<string, string> Labels, string State, DateTimeOffset? ActiveAt)
    {
        public string Name => Labels.TryGetValue("alertname", out var n) ? n : "";
        public string? Label(string name) => Labels.TryGetValue(name, out var v) ? v : null;
    }
}
