using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace WebRtcStatsExporter.Demo
{
    public sealed class DemoOptions
    {
        public double Minutes = 5;
        public bool ForceHeadless;
        public string? RepoRoot;
        public string? OutputDir;
        public string Chromium = "/usr/bin/chromium";
        public double PrintEverySeconds = 5;

        public static DemoOptions Parse(string[] args)
        {
            var o = new DemoOptions();
            foreach (string a in args)
            {
                if (a.StartsWith("--minutes=", StringComparison.Ordinal))
                {
                    if (!double.TryParse(a.Substring(10), NumberStyles.Float, CultureInfo.InvariantCulture, out o.Minutes) || o.Minutes <= 0 || o.Minutes > 600)
                        throw new ArgumentException("--minutes must be a number of minutes between 0 and 600");
                }
                else if (a == "--headless") o.ForceHeadless = true;
                else if (a.StartsWith("--out=", StringComparison.Ordinal)) o.OutputDir = a.Substring(6);
                else if (a.StartsWith("--repo=", StringComparison.Ordinal)) o.RepoRoot = a.Substring(7);
                else throw new ArgumentException("unknown argument: " + a + " (use --minutes=N, --headless, --out=DIR)");
            }
            return o;
        }
    }

    /// <summary>What a run left behind, for the demo's test.</summary>
    public sealed class DemoResult
    {
        public string WorkDir = "";
        public string ChartPath = "";
        public long MostSeries;
        public List<int> StartedPids = new List<int>();
        public List<Supervisor.Snapshot> History = new List<Supervisor.Snapshot>();
        public bool Headless;
        public List<string> RuleFiles = new List<string>();
    }

    public static class Program
    {
        public static readonly string[] Agents = { "agent-good", "agent-degraded" };

        public static async Task<int> Main(string[] args)
        {
            DemoOptions o;
            try { o = DemoOptions.Parse(args); }
            catch (ArgumentException e) { Console.Error.WriteLine("demo: " + e.Message); return 2; }
            using var cts = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; Console.WriteLine("stopping…"); cts.Cancel(); };
            try
            {
                DemoResult r = await RunAsync(o, Console.Out, cts.Token);
                Console.WriteLine($"chart: {r.ChartPath}");
                return 0;
            }
            catch (Exception e) when (e is InvalidOperationException || e is TimeoutException || e is FileNotFoundException || e is PlaywrightException)
            {
                Console.Error.WriteLine("demo: " + e.Message);
                return 1;
            }
        }

        public static string FindRepoRoot(string? given)
        {
            if (!string.IsNullOrEmpty(given)) return Path.GetFullPath(given);
            string? env = Environment.GetEnvironmentVariable("WSE_REPO_ROOT");
            if (!string.IsNullOrEmpty(env)) return Path.GetFullPath(env);
            foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                var d = new DirectoryInfo(start);
                while (d != null && !File.Exists(Path.Combine(d.FullName, "WebRtcStatsExporter.sln"))) d = d.Parent;
                if (d != null) return d.FullName;
            }
            throw new InvalidOperationException("cannot find the repository root (WebRtcStatsExporter.sln); set WSE_REPO_ROOT");
        }

        /// <summary>Runs the whole demo until <see cref="DemoOptions.Minutes"/> pass or
        /// <paramref name="ct"/> is cancelled, then stops everything it started and removes its
        /// temporary folder; only the chart stays (in <c>artifacts/demo/</c>).</summary>
        public static async Task<DemoResult> RunAsync(DemoOptions o, TextWriter output, CancellationToken ct)
        {
            string root = FindRepoRoot(o.RepoRoot);
            string extension = Path.Combine(root, "dist", "unpacked");
            if (!File.Exists(Path.Combine(extension, "manifest.json")))
                throw new InvalidOperationException(extension + " has no built extension: run `dotnet cake` first (the Demo target does)");
            string? missing = Stack.Missing(o.Chromium);
            if (missing != null) throw new InvalidOperationException("missing Debian packages: " + missing);
            bool hasDisplay = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY")) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY"));
            var result = new DemoResult { Headless = o.ForceHeadless || !hasDisplay };
            result.WorkDir = Path.Combine(Path.GetTempPath(), "wse-demo-" + Guid.NewGuid().ToString("N").Substring(0, 10));
            Directory.CreateDirectory(result.WorkDir);
            string outDir = o.OutputDir ?? Path.Combine(root, "artifacts", "demo");
            Directory.CreateDirectory(outDir);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };

            Stack? stack = null;
            DemoSite? site = null;
            IPlaywright? playwright = null;
            var agents = new List<DemoAgent>();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            try
            {
                output.WriteLine("Starting a local Pushgateway and Prometheus…");
                stack = await Stack.StartAsync(root, result.WorkDir, http, ct);
                result.StartedPids.AddRange(stack.Processes.Select(p => p.Pid));
                result.RuleFiles.AddRange(stack.RuleFiles);
                site = await DemoSite.StartAsync();
                output.WriteLine($"Starting Chromium ({(result.Headless ? "headless" : "headed")}) for {string.Join(" and ", Agents)}…");
                playwright = await Playwright.CreateAsync();
                foreach (string id in Agents)
                {
                    DemoAgent a = await DemoAgent.LaunchAsync(playwright, o.Chromium, extension, site, result.WorkDir, id, degraded: id.Contains("degraded"), result.Headless);
                    agents.Add(a);
                    if (a.BrowserPid > 0) result.StartedPids.Add(a.BrowserPid);
                    await a.ConfigureAsync(stack.PushgatewayUrl, "webrtc");
                    await a.StartCallAsync(site);
                }
                output.WriteLine();
                output.WriteLine($"  Prometheus UI:    {stack.PrometheusUrl}/graph   (alerts: {stack.PrometheusUrl}/alerts)");
                output.WriteLine($"  Pushgateway page: {stack.PushgatewayUrl}");
                output.WriteLine($"  rules loaded:     {(stack.RuleFiles.Count == 0 ? "none (deploy/prometheus/ has no rule files yet)" : string.Join(", ", stack.RuleFiles.Select(f => Path.GetRelativePath(root, f))))}");
                output.WriteLine($"  calls:            {agents[0].Id} (clean network), {agents[1].Id} (3 % loss each way, 20–100 ms latency)");
                output.WriteLine($"  running for {o.Minutes:0.#} minute(s); Ctrl+C stops earlier");
                output.WriteLine();

                var supervisor = new Supervisor(http, stack.PrometheusUrl);
                Task wander = Task.WhenAll(agents.Select(a => a.WanderAsync(stop.Token)));
                DateTime deadline = DateTime.UtcNow.AddMinutes(o.Minutes);
                while (DateTime.UtcNow < deadline && !ct.IsCancellationRequested)
                {
                    try { await Task.Delay(TimeSpan.FromSeconds(o.PrintEverySeconds), ct); }
                    catch (OperationCanceledException) { break; }
                    try
                    {
                        Supervisor.Snapshot s = await supervisor.ReadAsync(ct);
                        result.History.Add(s);
                        output.WriteLine(Supervisor.Format(s, Agents));
                        var series = await supervisor.QueryAsync("count({job=\"webrtc\",__name__=~\"webrtc_.+\"})", ct);
                        if (series.Count > 0) result.MostSeries = Math.Max(result.MostSeries, (long)series[0].Value);
                    }
                    catch (OperationCanceledException) { break; }
                    catch (HttpRequestException e) { output.WriteLine("  (Prometheus did not answer: " + e.Message + ")"); }
                }
                stop.Cancel();
                await wander;
                result.ChartPath = Path.Combine(outDir, "mos-and-loss.png");
                Chart.Write(result.ChartPath, result.History, Agents);
                output.WriteLine();
                output.WriteLine($"Series that reached Prometheus (most at once): {result.MostSeries}");
                output.WriteLine($"Chart of MOS and loss: {result.ChartPath}");
            }
            finally
            {
                stop.Cancel();
                foreach (DemoAgent a in agents) await a.DisposeAsync();
                playwright?.Dispose();
                if (site != null) await site.DisposeAsync();
                stack?.Dispose();
                await ReapAsync(result, output);
                try { Directory.Delete(result.WorkDir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
                output.WriteLine("Stopped everything the demo started.");
            }
            return result;
        }

        /// <summary>Waits for every process the demo started (and Chromium's helpers, which name the
        /// demo's folder) to be gone; kills any that linger, by pid.</summary>
        private static async Task ReapAsync(DemoResult result, TextWriter output)
        {
            for (int i = 0; i < 50; i++)
            {
                if (Leftovers(result).Count == 0) return;
                await Task.Delay(200);
            }
            foreach (int pid in Leftovers(result))
            {
                try { System.Diagnostics.Process.GetProcessById(pid).Kill(); output.WriteLine($"  killed a leftover process {pid}"); } catch (ArgumentException) { } catch (InvalidOperationException) { }
            }
        }

        /// <summary>Live processes the demo started: its pids, and anything whose command line names
        /// the demo's temporary folder.</summary>
        public static List<int> Leftovers(DemoResult result)
        {
            var left = new List<int>();
            foreach (string dir in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(dir), out int pid)) continue;
                string cmd, stat;
                try
                {
                    cmd = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                    stat = File.ReadAllText(Path.Combine(dir, "stat"));
                }
                catch (IOException) { continue; }
                catch (UnauthorizedAccessException) { continue; }
                bool zombie = stat.Length > stat.LastIndexOf(')') + 2 && stat[stat.LastIndexOf(')') + 2] == 'Z';
                if (zombie) continue;
                if (result.StartedPids.Contains(pid) || cmd.Contains(result.WorkDir)) left.Add(pid);
            }
            return left;
        }
    }
}
