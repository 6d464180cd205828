using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.FleetBench
{
    public static class Program
    {
        public const double PushgatewayTargetAgents = 200, PushgatewayTargetP99Ms = 200;
        public const double VictoriaTargetAgents = 3000, VictoriaTargetP99Ms = 150;
        /// <summary>Issue 16: each remote_write layout reports the agents it holds at this p99.</summary>
        public const double RemoteWriteP99Ms = 50;

        private static bool IsRemoteWrite(string backend) => backend.Contains("remote write") || backend.Contains("sharded");

        public static async Task<int> Main(string[] args)
        {
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            BenchOptions o;
            try { o = BenchOptions.Parse(args); }
            catch (Exception e) when (e is ArgumentException || e is FormatException || e is OverflowException || e is LoopbackRefusal)
            {
                Console.Error.WriteLine("fleetbench: " + e.Message);
                Console.Error.WriteLine();
                Console.Error.WriteLine(BenchOptions.Usage);
                return 2;
            }
            if (o.Help) { Console.WriteLine(BenchOptions.Usage); return 0; }

            using var cts = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
            var backends = new List<Backend>();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => { foreach (Backend b in backends) b.Dispose(); };
            string workDir = Path.Combine(Path.GetTempPath(), "fleetbench-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(workDir);
            var results = new List<StepResult>();
            var started = DateTimeOffset.UtcNow;
            try
            {
                string reportPath = o.ReportPath ?? Path.Combine(AppContext.BaseDirectory, "Fixtures", "chromium-audio-call.json");
                var fleet = new Fleet(RecordedReport.Load(reportPath), o.Job, o.Seed);
                PrintHeader(o, fleet, reportPath, started);
                TimeSpan timeout = TimeSpan.FromSeconds(60); // the client's bound; each push has its own (StepRunner)
                using HttpClient control = Loopback.Client(16, TimeSpan.FromSeconds(60));

                if (o.PushgatewaySteps.Count > 0)
                {
                    Backend pgw = o.PushgatewayUrl != null
                        ? PushgatewayBackend.Attach(o.PushgatewayUrl, o.PushgatewayPid)
                        : await PushgatewayBackend.Start(o.PushgatewayBinary, workDir, control, cts.Token);
                    backends.Add(pgw);
                    results.AddRange(await RunBackend(pgw, o.PushgatewaySteps, o, fleet, control, timeout, cts.Token));
                    pgw.Dispose();
                }
                if (o.VictoriaSteps.Count > 0)
                {
                    Backend vm = o.VictoriaUrl != null
                        ? VictoriaBackend.Attach(o.VictoriaUrl, o.VictoriaPid)
                        : await VictoriaBackend.Start(o.VictoriaBinary, workDir, control, cts.Token);
                    backends.Add(vm);
                    results.AddRange(await RunBackend(vm, o.VictoriaSteps, o, fleet, control, timeout, cts.Token));
                    vm.Dispose();
                }
                if (o.PrometheusSteps.Count > 0)
                {
                    Backend prom = await PrometheusReceiver.Start(o.PrometheusBinary, workDir, control, cts.Token);
                    backends.Add(prom);
                    results.AddRange(await RunBackend(prom, o.PrometheusSteps, o, fleet, control, timeout, cts.Token));
                    prom.Dispose();
                }
                if (o.VictoriaRemoteWriteSteps.Count > 0)
                {
                    VictoriaBackend vmrw = await VictoriaBackend.Start(o.VictoriaBinary, workDir, control, cts.Token, "victoria-metrics-rw");
                    vmrw.RemoteWrite = true;
                    backends.Add(vmrw);
                    results.AddRange(await RunBackend(vmrw, o.VictoriaRemoteWriteSteps, o, fleet, control, timeout, cts.Token));
                    vmrw.Dispose();
                }
                if (o.ShardedSteps.Count > 0)
                {
                    Backend sharded = await ShardedLayout.Start(o.VmagentBinary, o.VictoriaBinary, workDir, control, cts.Token);
                    backends.Add(sharded);
                    results.AddRange(await RunBackend(sharded, o.ShardedSteps, o, fleet, control, timeout, cts.Token));
                    sharded.Dispose();
                }
            }
            catch (OperationCanceledException) when (cts.IsCancellationRequested)
            {
                Console.WriteLine("interrupted: stopping the backends");
            }
            catch (Exception e) when (e is LoopbackRefusal || e is FileNotFoundException || e is InvalidOperationException || e is TimeoutException || e is HttpRequestException)
            {
                Console.Error.WriteLine("fleetbench: " + e.Message);
                return 1;
            }
            finally
            {
                foreach (Backend b in backends) b.Dispose();
                try { Directory.Delete(workDir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }

            string table = Table(results);
            Console.WriteLine();
            Console.WriteLine(table);
            List<string> verdicts = Verdicts(results, o, out bool missed);
            foreach (string v in verdicts) Console.WriteLine(v);
            Console.WriteLine($"total {(DateTimeOffset.UtcNow - started).TotalSeconds:0} s");
            if (o.MarkdownPath != null)
            {
                File.WriteAllText(o.MarkdownPath, $"Measured {started:yyyy-MM-dd} UTC on {Machine()}.\n\n" + table + "\n" + string.Join("\n", verdicts) + "\n");
            }
            if (cts.IsCancellationRequested) return 130;
            return missed && o.FailOnMiss ? 3 : 0;
        }

        private static async Task<List<StepResult>> RunBackend(Backend backend, List<StepPlan> steps, BenchOptions o, Fleet fleet, HttpClient control, TimeSpan timeout, CancellationToken ct)
        {
            Console.WriteLine();
            Console.WriteLine($"{backend.Name} {backend.Version} at {backend.PushUrl}" + (backend.Pid != null ? $" (pid {backend.Pid})" : " (no pid: CPU and memory not measured)"));
            if (backend.Process != null) Console.WriteLine("  started: " + backend.Process.CommandLine);
            Console.WriteLine("  read = " + backend.ReadDescription);
            var results = new List<StepResult>();
            // Each backend gets its own fleet of agents: a bigger step adds agents to the ones
            // already pushing (their groups/series stay), as a growing contact centre would.
            var agents = new List<Agent>();
            using HttpClient http = Loopback.Client(o.MaxConnections, timeout);
            var runner = new StepRunner(backend, http, control, o, fleet, agents);
            foreach (StepPlan plan in steps)
            {
                ct.ThrowIfCancellationRequested();
                Console.Write($"  {plan.Agents,5} agents every {plan.IntervalSeconds:0.##} s for {o.StepSeconds:0} s … ");
                StepResult r = await runner.Run(plan, ct);
                results.Add(r);
                Console.WriteLine($"{r.Ok}/{r.Scheduled} ok, {r.Errors} errors, {r.Skipped} skipped; p50 {Ms(r.P50Ms)} p99 {Ms(r.P99Ms)} max {Ms(r.MaxMs)} ms (first push of {r.FirstPushes} new agents: p99 {Ms(r.FirstP99Ms)} ms); "
                    + $"backend {Cores(r.BackendCores)} cores {Mb(r.BackendRssBytes)} MB; held {Count(r.Held.Series)} series / {Count(r.Held.Agents)} agents; "
                    + $"read p50 {Ms(r.ReadP50)} max {Ms(r.ReadMax)} ms; generator {Cores(r.GeneratorCores)} cores, lag p99 {Ms(r.LagP99Ms)} ms; other processes {Cores(r.OtherCores)} cores"
                    + (r.Parts.Count > 0 ? "; " + PartsText(r) + "; series per node " + r.Held.PerNode : ""));
                foreach (string e in r.ErrorSamples) Console.WriteLine("      " + e);
            }
            if (backend.Process != null && results.Any(r => r.Errors > 0))
            {
                string tail = backend.Process.Tail(5);
                if (tail.Length > 0) Console.WriteLine("  backend log (last lines):\n    " + tail.Replace("\n", "\n    "));
            }
            return results;
        }

        private static void PrintHeader(BenchOptions o, Fleet fleet, string reportPath, DateTimeOffset started)
        {
            var probe = fleet.NewAgent(0);
            var s = SettingsStore.Defaults();
            s.url = "http://127.0.0.1:9091";
            s.job = o.Job;
            s.gzip = o.Gzip;
            s.metricDetail = o.MetricDetail;
            WirePush sample = probe.NextPush(s, o.IntervalSeconds, started.ToUnixTimeMilliseconds());
            Console.WriteLine($"FleetBench {started:yyyy-MM-dd HH:mm} UTC on {Machine()}");
            Console.WriteLine($"  report {Path.GetFileName(reportPath)}: {sample.Spec.SeriesCount} series per push, {sample.PlainBytes} B text, {sample.Body.Length} B on the wire{(sample.Gzipped ? " (gzip)" : "")}, metric detail {o.MetricDetail}");
            Console.WriteLine($"  steps of {o.StepSeconds:0} s; pushes: one group per agent, Pushgateway PUT, VictoriaMetrics POST; timeout {(o.TimeoutSeconds > 0 ? o.TimeoutSeconds.ToString("0") + " s" : "one push interval (≥ 5 s), as the extension")}; one request in flight per agent");
            Console.WriteLine("  push p50/p99/max: every push after an agent's first; first push p99: the one that creates the agent's group or series");
            Console.WriteLine($"  plan: Pushgateway {string.Join(", ", o.PushgatewaySteps)}; VictoriaMetrics {string.Join(", ", o.VictoriaSteps)}; "
                + $"remote write: Prometheus {string.Join(", ", o.PrometheusSteps)}, VictoriaMetrics {string.Join(", ", o.VictoriaRemoteWriteSteps)}, sharded {string.Join(", ", o.ShardedSteps)}; ≈{o.PlannedSeconds() + 10 * o.StepCount():0} s");
            var rw = SettingsStore.Defaults();
            rw.sink = SinkKinds.RemoteWrite;
            rw.url = "http://127.0.0.1:9090/api/v1/write";
            rw.job = o.Job;
            rw.metricDetail = o.MetricDetail;
            WirePush rwSample = fleet.NewAgent(0).NextPush(rw, o.IntervalSeconds, started.ToUnixTimeMilliseconds());
            Console.WriteLine($"  remote_write: {rwSample.PlainBytes} B protobuf, {rwSample.Body.Length} B on the wire (snappy)");
        }

        public static string Machine()
        {
            string cpu = "?";
            try
            {
                string? line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
                if (line != null) cpu = line.Substring(line.IndexOf(':') + 1).Trim();
            }
            catch (IOException) { }
            double memGiB = 0;
            try
            {
                string? line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
                if (line != null) memGiB = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1048576.0;
            }
            catch (IOException) { }
            return $"{Environment.ProcessorCount} cores ({cpu}), {memGiB:0} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription.Trim()}, .NET {Environment.Version}";
        }

        /// <summary>CPU and peak RSS of each process of a layout.</summary>
        public static string PartsText(StepResult r)
            => string.Join(", ", r.Parts.Select(p => $"{p.Name} {Cores(p.Cores)} cores {Mb(p.RssBytes)} MB"));

        public static string Table(List<StepResult> results)
        {
            var sb = new StringBuilder();
            sb.Append("| backend | agents | interval | pushes/s required | pushes/s achieved | skipped | errors | push p50 | push p99 | push max | first push p99 | backend CPU | backend RSS | series held | agents held | read p50 / max | generator CPU | other load | bytes per push |\n");
            sb.Append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            foreach (StepResult r in results)
            {
                sb.Append($"| {r.Backend} | {r.Plan.Agents} | {r.Plan.IntervalSeconds:0.##} s | {r.RequiredPerSecond:0.#} | {r.AchievedPerSecond:0.#} | {r.Skipped} | {r.Errors} | ")
                  .Append($"{Ms(r.P50Ms)} ms | {Ms(r.P99Ms)} ms | {Ms(r.MaxMs)} ms | {(r.FirstPushes == 0 ? "-" : Ms(r.FirstP99Ms) + " ms (" + r.FirstPushes + ")")} | {Cores(r.BackendCores)} cores | {Mb(r.BackendRssBytes)} MB | ")
                  .Append($"{Count(r.Held.Series)}{(r.Held.PerNode.Length > 0 ? " (" + r.Held.PerNode + ")" : "")} | {Count(r.Held.Agents)} | {Ms(r.ReadP50)} / {Ms(r.ReadMax)} ms | {Cores(r.GeneratorCores)} cores | {Cores(r.OtherCores)} cores | {r.AvgWireBytes:0} B |\n");
            }
            List<StepResult> layouts = results.Where(r => r.Parts.Count > 0).ToList();
            if (layouts.Count > 0)
            {
                sb.Append("\n| layout | agents | ").Append(string.Join(" | ", layouts[0].Parts.Select(p => p.Name + " CPU / RSS"))).Append(" | series per node |\n");
                sb.Append("|---|---:|").Append(string.Concat(layouts[0].Parts.Select(_ => "---:|"))).Append("---:|\n");
                foreach (StepResult r in layouts)
                    sb.Append($"| {r.Backend} | {r.Plan.Agents} | ").Append(string.Join(" | ", r.Parts.Select(p => $"{Cores(p.Cores)} cores / {Mb(p.RssBytes)} MB"))).Append($" | {r.Held.PerNode} |\n");
            }
            return sb.ToString();
        }

        public static List<string> Verdicts(List<StepResult> results, BenchOptions o, out bool missed)
        {
            var lines = new List<string>();
            missed = false;
            foreach (var (name, agents, p99) in new[] { ("Pushgateway", PushgatewayTargetAgents, PushgatewayTargetP99Ms), ("VictoriaMetrics", VictoriaTargetAgents, VictoriaTargetP99Ms) })
            {
                List<StepResult> mine = results.Where(r => r.Backend == name).ToList();
                if (mine.Count == 0) continue;
                List<StepResult> held = mine.Where(r => r.KeptUp && r.P99Ms < p99).ToList();
                int best = held.Count == 0 ? 0 : held.Max(r => r.Plan.Agents);
                bool tried = mine.Any(r => r.Plan.Agents >= agents);
                bool met = best >= agents;
                if (!met && tried) missed = true;
                string verdict = met ? "target met" : tried ? "TARGET MISSED" : "target not tried (no step that large)";
                var misses = mine.Where(r => !(r.KeptUp && r.P99Ms < p99))
                    .Select(r => $"{r.Plan} p99 {Ms(r.P99Ms)} ms, {r.Errors} errors, {r.Skipped} skipped").ToList();
                lines.Add($"{name}: largest step at p99 < {p99:0} ms with no error: {best} agents (target ≥ {agents:0}): {verdict}"
                    + (misses.Count > 0 ? "; over the bar: " + string.Join("; ", misses) : ""));
            }
            foreach (string name in results.Where(r => r.Plan != null && IsRemoteWrite(r.Backend)).Select(r => r.Backend).Distinct())
            {
                List<StepResult> mine = results.Where(r => r.Backend == name).ToList();
                List<StepResult> held = mine.Where(r => r.KeptUp && r.P99Ms < RemoteWriteP99Ms).ToList();
                int best = held.Count == 0 ? 0 : held.Max(r => r.Plan.Agents);
                var misses = mine.Where(r => !(r.KeptUp && r.P99Ms < RemoteWriteP99Ms)).Select(r => $"{r.Plan} p99 {Ms(r.P99Ms)} ms, {r.Errors} errors, {r.Skipped} skipped").ToList();
                lines.Add($"{name}: largest step held at p99 < {RemoteWriteP99Ms:0} ms with no error: {best} agents (largest tried {mine.Max(r => r.Plan.Agents)})"
                    + (misses.Count > 0 ? "; over the bar: " + string.Join("; ", misses) : ""));
            }
            double busiest = results.Count == 0 ? 0 : results.Max(r => double.IsNaN(r.OtherCores) ? 0 : r.OtherCores);
            if (busiest > 0.5)
            {
                lines.Add($"warning: other processes kept up to {busiest:0.00} of {Environment.ProcessorCount} cores busy during the run: "
                    + "tail latencies (p99, max) are inflated by them; rerun on a quiet machine before quoting p99 against a target");
            }
            return lines;
        }

        private static string Ms(double v) => double.IsNaN(v) ? "-" : v >= 100 ? v.ToString("0") : v.ToString("0.0");
        private static string Cores(double v) => double.IsNaN(v) ? "-" : v.ToString("0.00");
        private static string Mb(long bytes) => bytes <= 0 ? "-" : (bytes / 1048576.0).ToString("0");
        private static string Count(long v) => v < 0 ? "-" : v.ToString();
    }
}
