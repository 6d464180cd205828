using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace WebRtcStatsExporter.Demo
{
    /// <summary>The metrics side: Debian's Pushgateway and Prometheus on free loopback ports, data in
    /// the demo's temporary folder. Prometheus scrapes the Pushgateway every 5 s with
    /// <c>honor_labels: true</c> and evaluates the shipped rules from <c>deploy/prometheus/</c>.</summary>
    public sealed class Stack : IDisposable
    {
        public const string PushgatewayBinary = "/usr/bin/prometheus-pushgateway";
        public const string PrometheusBinary = "/usr/bin/prometheus";

        public string PushgatewayUrl { get; private set; } = "";
        public string PrometheusUrl { get; private set; } = "";
        public List<string> RuleFiles { get; } = new List<string>();
        public List<OwnedProcess> Processes { get; } = new List<OwnedProcess>();

        /// <summary>What to install when something is missing, or null.</summary>
        public static string? Missing(string chromium)
        {
            var packages = new List<string>();
            if (!File.Exists(PushgatewayBinary)) packages.Add("prometheus-pushgateway");
            if (!File.Exists(PrometheusBinary)) packages.Add("prometheus");
            if (!File.Exists(chromium)) packages.Add("chromium");
            return packages.Count == 0 ? null : "sudo apt-get install -y " + string.Join(" ", packages);
        }

        public static async Task<Stack> StartAsync(string repoRoot, string workDir, HttpClient http, CancellationToken ct)
        {
            var stack = new Stack();
            try
            {
                int pgwPort = OwnedProcess.FreeLoopbackPort();
                stack.PushgatewayUrl = "http://127.0.0.1:" + pgwPort;
                var pgw = OwnedProcess.Start("pushgateway", PushgatewayBinary, new[] { "--web.listen-address=127.0.0.1:" + pgwPort, "--persistence.file=" }, workDir);
                stack.Processes.Add(pgw);
                await pgw.WaitReadyAsync(http, stack.PushgatewayUrl + "/-/ready", TimeSpan.FromSeconds(30), ct);

                string rulesDir = Path.Combine(repoRoot, "deploy", "prometheus");
                if (Directory.Exists(rulesDir))
                    stack.RuleFiles.AddRange(Directory.EnumerateFiles(rulesDir, "*.yml").Where(f => !Path.GetFileName(f).Contains("test")).OrderBy(f => f, StringComparer.Ordinal));
                int promPort = OwnedProcess.FreeLoopbackPort();
                stack.PrometheusUrl = "http://127.0.0.1:" + promPort;
                string config = Path.Combine(workDir, "prometheus.yml");
                File.WriteAllText(config,
                    "global:\n  scrape_interval: 5s\n  evaluation_interval: 5s\n" +
                    "rule_files:\n" + (stack.RuleFiles.Count == 0 ? "  []\n" : string.Concat(stack.RuleFiles.Select(f => "  - '" + f + "'\n"))) +
                    "scrape_configs:\n" +
                    "  - job_name: pushgateway\n    honor_labels: true\n    static_configs:\n      - targets: ['127.0.0.1:" + pgwPort + "']\n");
                var prom = OwnedProcess.Start("prometheus", PrometheusBinary, new[]
                {
                    "--config.file=" + config, "--storage.tsdb.path=" + Path.Combine(workDir, "prometheus-data"),
                    "--web.listen-address=127.0.0.1:" + promPort,
                }, workDir);
                stack.Processes.Add(prom);
                await prom.WaitReadyAsync(http, stack.PrometheusUrl + "/-/ready", TimeSpan.FromSeconds(60), ct);
                return stack;
            }
            catch
            {
                stack.Dispose();
                throw;
            }
        }

        public void Dispose()
        {
            for (int i = Processes.Count - 1; i >= 0; i--) Processes[i].Dispose();
        }
    }
}
