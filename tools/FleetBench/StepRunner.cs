using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.FleetBench
{
    /// <summary>One tick of the schedule: agent <see cref="Agent"/> pushes at <see cref="AtSeconds"/>.</summary>
    public readonly struct Tick
    {
        public readonly double AtSeconds;
        public readonly int Agent;
        public Tick(double at, int agent) { AtSeconds = at; Agent = agent; }
    }

    public sealed class PartUsage
    {
        public string Name = "";
        public double Cores = double.NaN;
        public long RssBytes;
    }

    public sealed class StepResult
    {
        public string Backend = "";
        public StepPlan Plan = new StepPlan();
        public double WindowSeconds;
        public int Scheduled;
        public int Sent;
        public int Ok;
        public int Errors;
        /// <summary>Ticks not sent because the agent's previous push was still in flight (the
        /// extension coalesces them the same way: one request in flight per group).</summary>
        public int Skipped;
        /// <summary>Latency of pushes after each agent's first (the steady state the targets are about).</summary>
        public double P50Ms, P99Ms, MaxMs;
        /// <summary>p99 of each new agent's first push, which creates its group or its series
        /// (NaN when the step added no agent).</summary>
        public double FirstP99Ms = double.NaN;
        public int FirstPushes;
        /// <summary>p99 of how late pushes started against the schedule (the generator's own health).</summary>
        public double LagP99Ms;
        public double BackendCores = double.NaN;
        public long BackendRssBytes;
        public double GeneratorCores;
        /// <summary>Cores the rest of the machine kept busy meanwhile (other processes: a shared
        /// machine is a noisy one).</summary>
        public double OtherCores = double.NaN;
        public Probe Held = new Probe();
        public List<double> ReadMs = new List<double>();
        public double AvgWireBytes, AvgPlainBytes;
        public int SeriesPerPush;
        public List<string> ErrorSamples = new List<string>();
        /// <summary>Each process of a multi-process layout: CPU (cores over the step) and peak RSS.</summary>
        public List<PartUsage> Parts = new List<PartUsage>();

        public double RequiredPerSecond => Plan.Agents / Plan.IntervalSeconds;
        public double AchievedPerSecond => WindowSeconds > 0 ? Ok / WindowSeconds : 0;
        public double ReadP50 => ReadMs.Count == 0 ? double.NaN : StepRunner.Percentile(ReadMs, 50);
        public double ReadMax => ReadMs.Count == 0 ? double.NaN : ReadMs.Max();
        /// <summary>The fleet kept up: every push answered 2xx, ≥ 95 % of the required rate went out.</summary>
        public bool KeptUp => Errors == 0 && Ok >= 0.95 * Scheduled;
    }

    /// <summary>Runs one step: a fixed schedule (agent i of N first pushes at i·interval/N, then every
    /// interval), one request in flight per agent, latency measured from sending the request to
    /// having read the whole response.</summary>
    public sealed class StepRunner
    {
        private readonly Backend backend;
        private readonly HttpClient http;
        private readonly HttpClient reader;
        private readonly BenchOptions options;
        private readonly Fleet fleet;
        private readonly List<Agent> agents;

        public StepRunner(Backend backend, HttpClient http, HttpClient reader, BenchOptions options, Fleet fleet, List<Agent> agents)
        {
            this.backend = backend;
            this.http = http;
            this.reader = reader;
            this.options = options;
            this.fleet = fleet;
            this.agents = agents;
        }

        /// <summary>The schedule of a step, in time order. Pure: the same plan gives the same ticks.</summary>
        public static List<Tick> Schedule(int agents, double intervalSeconds, double stepSeconds)
        {
            var ticks = new List<Tick>();
            for (int k = 0; ; k++)
            {
                bool any = false;
                for (int i = 0; i < agents; i++)
                {
                    double at = k * intervalSeconds + i * intervalSeconds / agents;
                    if (at >= stepSeconds) break;
                    ticks.Add(new Tick(at, i));
                    any = true;
                }
                if (!any) break;
            }
            return ticks;
        }

        public static double Percentile(IReadOnlyList<double> values, double p)
        {
            if (values.Count == 0) return double.NaN;
            var sorted = values.OrderBy(v => v).ToArray();
            int rank = (int)Math.Ceiling(p / 100.0 * sorted.Length); // nearest rank
            return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
        }

        public async Task<StepResult> Run(StepPlan plan, CancellationToken ct)
        {
            while (agents.Count < plan.Agents) agents.Add(fleet.NewAgent(agents.Count));
            Settings sink = backend.SinkSettings(options.Job, options.Gzip, options.MetricDetail);
            List<Tick> ticks = Schedule(plan.Agents, plan.IntervalSeconds, options.StepSeconds);
            var result = new StepResult { Backend = backend.Name, Plan = plan, Scheduled = ticks.Count };
            var latencies = new List<double>(ticks.Count);
            var firstLatencies = new List<double>();
            var lags = new List<double>(ticks.Count);
            var inFlight = new bool[plan.Agents];
            var pending = new List<Task>(ticks.Count);
            object gate = new object();
            long wireBytes = 0, plainBytes = 0;
            int series = 0;

            using var stepCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var clock = Stopwatch.StartNew();
            int? pid = backend.Pid;
            ProcSample before = pid != null ? ProcFs.Sample(pid.Value, clock) : default;
            TimeSpan genBefore = Process.GetCurrentProcess().TotalProcessorTime;
            double machineBefore = ProcFs.MachineBusySeconds();
            long peakRss = 0;
            var parts = backend.Parts.ToList();
            var partsBefore = parts.Select(p => ProcFs.Sample(p.Pid, clock)).ToArray();
            var partsPeak = new long[parts.Count];
            Task rssWatch = Task.Run(async () =>
            {
                while (!stepCts.IsCancellationRequested)
                {
                    if (pid != null) peakRss = Math.Max(peakRss, ProcFs.RssBytes(pid.Value));
                    for (int i = 0; i < parts.Count; i++) partsPeak[i] = Math.Max(partsPeak[i], ProcFs.RssBytes(parts[i].Pid));
                    try { await Task.Delay(500, stepCts.Token).ConfigureAwait(false); } catch (TaskCanceledException) { }
                }
            });
            Task reads = Task.Run(async () =>
            {
                if (options.ReadEverySeconds <= 0) return;
                for (double at = options.ReadEverySeconds / 2; at < options.StepSeconds; at += options.ReadEverySeconds)
                {
                    double wait = at - clock.Elapsed.TotalSeconds;
                    if (wait > 0)
                    {
                        try { await Task.Delay(TimeSpan.FromSeconds(wait), stepCts.Token).ConfigureAwait(false); } catch (TaskCanceledException) { return; }
                    }
                    Probe p = await backend.Read(reader, options.Job, stepCts.Token).ConfigureAwait(false);
                    lock (gate)
                    {
                        if (p.Error == null) result.ReadMs.Add(p.ReadMs);
                        else if (result.ErrorSamples.Count < 5) result.ErrorSamples.Add("read: " + p.Error);
                    }
                }
            });

            async Task PushOne(Agent agent, double scheduledAt)
            {
                double lag = (clock.Elapsed.TotalSeconds - scheduledAt) * 1000;
                double latency = double.NaN;
                bool first = agent.Pushes == 0;
                bool ok = false;
                string? error = null;
                try
                {
                    WirePush push = agent.NextPush(sink, plan.IntervalSeconds, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
                    using HttpRequestMessage request = ToHttp(push);
                    var sw = Stopwatch.StartNew();
                    using var abandon = CancellationTokenSource.CreateLinkedTokenSource(stepCts.Token);
                    abandon.CancelAfter(TimeSpan.FromSeconds(options.PushTimeoutSeconds(plan.IntervalSeconds)));
                    try
                    {
                        using HttpResponseMessage response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, abandon.Token).ConfigureAwait(false);
                        string text = await response.Content.ReadAsStringAsync(CancellationToken.None).ConfigureAwait(false);
                        latency = sw.Elapsed.TotalMilliseconds;
                        ok = response.IsSuccessStatusCode;
                        if (!ok) error = $"{push.Spec.Method} HTTP {(int)response.StatusCode}: {(text.Length > 160 ? text.Substring(0, 160) : text).Trim()}";
                    }
                    catch (Exception e) when (e is HttpRequestException || e is TaskCanceledException || e is OperationCanceledException)
                    {
                        latency = sw.Elapsed.TotalMilliseconds;
                        error = e is HttpRequestException ? e.Message : $"no answer within {options.PushTimeoutSeconds(plan.IntervalSeconds):0}s";
                    }
                    lock (gate)
                    {
                        wireBytes += push.Body.Length;
                        plainBytes += push.PlainBytes;
                        series = push.Spec.SeriesCount;
                    }
                }
                finally
                {
                    lock (gate) inFlight[agent.Index] = false;
                }
                lock (gate)
                {
                    (first ? firstLatencies : latencies).Add(latency);
                    lags.Add(lag);
                    if (ok) result.Ok++;
                    else
                    {
                        result.Errors++;
                        if (error != null && result.ErrorSamples.Count < 5) result.ErrorSamples.Add(error);
                    }
                }
            }

            foreach (Tick t in ticks)
            {
                if (ct.IsCancellationRequested) break;
                double wait = t.AtSeconds - clock.Elapsed.TotalSeconds;
                if (wait > 0.002) await Task.Delay(TimeSpan.FromSeconds(wait), ct).ConfigureAwait(false);
                else if (wait > 0) Thread.Yield();
                lock (gate)
                {
                    if (inFlight[t.Agent]) { result.Skipped++; continue; }
                    inFlight[t.Agent] = true;
                    result.Sent++;
                }
                Agent agent = agents[t.Agent];
                double at = t.AtSeconds;
                pending.Add(Task.Run(() => PushOne(agent, at)));
            }
            // the step's window is its planned length, or longer when answers arrive late
            await Task.WhenAll(pending).ConfigureAwait(false);
            result.WindowSeconds = Math.Max(options.StepSeconds, clock.Elapsed.TotalSeconds);
            ProcSample after = pid != null ? ProcFs.Sample(pid.Value, clock) : default;
            var partsAfter = parts.Select(p => ProcFs.Sample(p.Pid, clock)).ToArray();
            TimeSpan genAfter = Process.GetCurrentProcess().TotalProcessorTime;
            double machineAfter = ProcFs.MachineBusySeconds();
            stepCts.Cancel();
            await Task.WhenAll(reads, rssWatch).ConfigureAwait(false);

            if (pid != null) result.BackendCores = (after.CpuSeconds - before.CpuSeconds) / (after.At - before.At);
            result.BackendRssBytes = Math.Max(peakRss, after.RssBytes);
            if (parts.Count > 0)
            {
                for (int i = 0; i < parts.Count; i++)
                {
                    result.Parts.Add(new PartUsage
                    {
                        Name = parts[i].Name,
                        Cores = (partsAfter[i].CpuSeconds - partsBefore[i].CpuSeconds) / (partsAfter[i].At - partsBefore[i].At),
                        RssBytes = Math.Max(partsPeak[i], partsAfter[i].RssBytes),
                    });
                }
                // the layout as a whole: every process together
                result.BackendCores = result.Parts.Sum(p => p.Cores);
                result.BackendRssBytes = result.Parts.Sum(p => p.RssBytes);
            }
            double wall = clock.Elapsed.TotalSeconds;
            result.GeneratorCores = (genAfter - genBefore).TotalSeconds / wall;
            double machineCores = (machineAfter - machineBefore) / wall;
            result.OtherCores = Math.Max(0, machineCores - result.GeneratorCores - (double.IsNaN(result.BackendCores) ? 0 : result.BackendCores));
            result.P50Ms = Percentile(latencies, 50);
            result.P99Ms = Percentile(latencies, 99);
            result.MaxMs = latencies.Count == 0 ? double.NaN : latencies.Max();
            result.FirstPushes = firstLatencies.Count;
            result.FirstP99Ms = Percentile(firstLatencies, 99);
            result.LagP99Ms = Percentile(lags, 99);
            int done = latencies.Count + firstLatencies.Count;
            result.AvgWireBytes = done == 0 ? 0 : (double)wireBytes / done;
            result.AvgPlainBytes = done == 0 ? 0 : (double)plainBytes / done;
            result.SeriesPerPush = series;

            // what the backend holds once the step's pushes have landed (one more read, idle)
            await Task.Delay(TimeSpan.FromSeconds(1), ct).ConfigureAwait(false);
            result.Held = await backend.Count(reader, options.Job, ct).ConfigureAwait(false);
            if (result.Held.Error != null && result.ErrorSamples.Count < 5) result.ErrorSamples.Add("count: " + result.Held.Error);
            return result;
        }

        /// <summary>The request as the extension's HttpSender makes it: the spec's method, URL and
        /// headers; the body gzipped with Content-Encoding only when the spec asks for gzip.</summary>
        public static HttpRequestMessage ToHttp(WirePush push)
        {
            HttpRequestSpec spec = push.Spec;
            var request = new HttpRequestMessage(new HttpMethod(spec.Method), spec.Url);
            if (spec.Body != null || spec.BodyBytes != null) request.Content = new ByteArrayContent(push.Body);
            for (int i = 0; i < spec.HeaderNames.Count; i++)
            {
                string name = spec.HeaderNames[i], value = spec.HeaderValues[i];
                bool contentHeader = name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) || name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase);
                if (request.Content != null && contentHeader)
                    request.Content.Headers.TryAddWithoutValidation(name, value);
                else if (!contentHeader)
                    request.Headers.TryAddWithoutValidation(name, value);
            }
            if (push.Gzipped && request.Content != null) request.Content.Headers.ContentEncoding.Add("gzip");
            return request;
        }
    }
}
