using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.FleetBench
{
    /// <summary>What a backend holds and how long reading it takes.</summary>
    public sealed class Probe
    {
        /// <summary>Time of the read request (Pushgateway: GET /metrics; VictoriaMetrics: a
        /// fleet-wide PromQL query), ms.</summary>
        public double ReadMs = double.NaN;
        public long ReadBytes;
        /// <summary>Series the backend holds for the benchmark's job (-1 unknown).</summary>
        public long Series = -1;
        /// <summary>Distinct agents (instance label) the backend shows for the job (-1 unknown).</summary>
        public long Agents = -1;
        public string? Error;
        /// <summary>Series per storage node, for layouts of several ("" for one node).</summary>
        public string PerNode = "";
    }

    public abstract class Backend : IDisposable
    {
        public abstract string Name { get; }
        public abstract string Sink { get; }
        public string Url { get; protected set; } = "";
        public string Version { get; protected set; } = "?";
        public BackendProcess? Process { get; protected set; }
        /// <summary>The pid whose CPU and memory are measured (ours, or one given for --*-url).</summary>
        public int? Pid { get; protected set; }
        /// <summary>Every process of a layout of several (e.g. vmagent and two storage nodes), each
        /// measured on its own; empty for a single process.</summary>
        public List<(string Name, int Pid)> Parts { get; } = new List<(string Name, int Pid)>();
        /// <summary>Where the extension sends (the base URL, or the full write endpoint for remote_write).</summary>
        public virtual string PushUrl => Url;

        /// <summary>What a Prometheus-style read of the whole fleet means for this backend.</summary>
        public abstract string ReadDescription { get; }

        public Settings SinkSettings(string job, bool gzip, string metricDetail)
        {
            Settings s = SettingsStore.Defaults();
            s.metricDetail = metricDetail;
            s.sink = Sink;
            s.url = PushUrl;
            s.job = job;
            s.gzip = gzip;
            return s;
        }

        /// <summary>Reads the fleet as Prometheus or Grafana would, timed.</summary>
        public abstract Task<Probe> Read(HttpClient http, string job, CancellationToken ct);

        /// <summary>Counts what the backend holds (not timed; may be slower).</summary>
        public abstract Task<Probe> Count(HttpClient http, string job, CancellationToken ct);

        public virtual void Dispose() => Process?.Dispose();

        protected static async Task<(string body, double ms, long bytes)> TimedGet(HttpClient http, string url, CancellationToken ct)
        {
            var sw = Stopwatch.StartNew();
            using HttpResponseMessage r = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
            byte[] bytes = await r.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
            double ms = sw.Elapsed.TotalMilliseconds;
            string body = System.Text.Encoding.UTF8.GetString(bytes);
            if (!r.IsSuccessStatusCode) throw new HttpRequestException($"GET {url}: HTTP {(int)r.StatusCode} {Short(body)}");
            return (body, ms, bytes.LongLength);
        }

        protected static string Short(string s) => s.Length <= 200 ? s.Trim() : s.Substring(0, 200).Trim() + "…";

        protected static string LabelMatcher(string job) => "job=\"" + Exposition.EscapeLabelValue(job) + "\"";
    }

    /// <summary>Debian's prometheus-pushgateway with its default settings (no persistence file),
    /// on 127.0.0.1:&lt;free port&gt;.</summary>
    public sealed class PushgatewayBackend : Backend
    {
        public override string Name => "Pushgateway";
        public override string Sink => SinkKinds.Pushgateway;
        public override string ReadDescription => "GET /metrics (a Prometheus scrape of every group)";

        public static async Task<PushgatewayBackend> Start(string binary, string workDir, HttpClient http, CancellationToken ct)
        {
            var b = new PushgatewayBackend { Version = BackendProcess.Version(binary, "--version") };
            Exception? last = null;
            for (int attempt = 0; attempt < 3; attempt++)
            {
                int port = BackendProcess.FreeLoopbackPort();
                b.Url = "http://127.0.0.1:" + port;
                Loopback.Require(b.Url);
                var p = BackendProcess.Start(binary, new[] { "--web.listen-address=127.0.0.1:" + port, "--persistence.file=" }, Path.Combine(workDir, "pushgateway.log"));
                try
                {
                    await p.WaitReady(http, b.Url + "/-/ready", TimeSpan.FromSeconds(20), ct).ConfigureAwait(false);
                    b.Process = p;
                    b.Pid = p.Pid;
                    return b;
                }
                catch (Exception e) when (e is InvalidOperationException || e is TimeoutException)
                {
                    last = e;
                    p.Dispose(); // the port may have been taken in between: try another
                }
            }
            throw last!;
        }

        public static PushgatewayBackend Attach(string url, int? pid)
        {
            Loopback.Require(url);
            return new PushgatewayBackend { Url = Sinks.BaseUrl(url), Pid = pid, Version = "(running, not started by FleetBench)" };
        }

        public override async Task<Probe> Read(HttpClient http, string job, CancellationToken ct)
        {
            var probe = new Probe();
            try
            {
                var (body, ms, bytes) = await TimedGet(http, Url + "/metrics", ct).ConfigureAwait(false);
                probe.ReadMs = ms;
                probe.ReadBytes = bytes;
                CountExposition(body, job, probe);
            }
            catch (Exception e) when (e is HttpRequestException || e is TaskCanceledException) { probe.Error = e.Message; }
            return probe;
        }

        public override Task<Probe> Count(HttpClient http, string job, CancellationToken ct) => Read(http, job, ct);

        /// <summary>Series of the job's groups (webrtc_* samples; the Pushgateway's own
        /// push_time_seconds/push_failure_time_seconds not counted) and groups (one
        /// push_time_seconds per group).</summary>
        public static void CountExposition(string body, string job, Probe probe)
        {
            string jobLabel = LabelMatcher(job);
            long series = 0, groups = 0;
            foreach (string line in body.Split('\n'))
            {
                if (line.Length == 0 || line[0] == '#') continue;
                if (!line.Contains(jobLabel, StringComparison.Ordinal)) continue;
                if (line.StartsWith("push_time_seconds{", StringComparison.Ordinal)) groups++;
                else if (line.StartsWith("webrtc_", StringComparison.Ordinal)) series++;
            }
            probe.Series = series;
            probe.Agents = groups;
        }
    }

    /// <summary>Debian's victoria-metrics single node with default settings, on
    /// 127.0.0.1:&lt;free port&gt;, storage in the run's temporary folder.</summary>
    public sealed class VictoriaBackend : Backend
    {
        /// <summary>Pushed through remote_write (<c>/api/v1/write</c>) rather than the text import.</summary>
        public bool RemoteWrite;
        public override string Name => RemoteWrite ? "VictoriaMetrics remote write" : "VictoriaMetrics";
        public override string Sink => RemoteWrite ? SinkKinds.RemoteWrite : SinkKinds.VictoriaMetrics;
        public override string PushUrl => RemoteWrite ? Url + "/api/v1/write" : Url;
        public override string ReadDescription => "GET /api/v1/query: sum by (instance) (rate(webrtc_inbound_received_packets_total[1m])), nocache";

        public static async Task<VictoriaBackend> Start(string binary, string workDir, HttpClient http, CancellationToken ct, string name = "victoria-metrics", IReadOnlyList<string>? extraArgs = null)
        {
            var b = new VictoriaBackend { Version = BackendProcess.Version(binary, "-version") };
            Exception? last = null;
            for (int attempt = 0; attempt < 3; attempt++)
            {
                int port = BackendProcess.FreeLoopbackPort();
                b.Url = "http://127.0.0.1:" + port;
                Loopback.Require(b.Url);
                string data = Path.Combine(workDir, name + "-data-" + attempt);
                var args = new List<string> { "-httpListenAddr=127.0.0.1:" + port, "-storageDataPath=" + data };
                if (extraArgs != null) args.AddRange(extraArgs);
                var p = BackendProcess.Start(binary, args, Path.Combine(workDir, name + ".log"));
                try
                {
                    await p.WaitReady(http, b.Url + "/health", TimeSpan.FromSeconds(30), ct).ConfigureAwait(false);
                    b.Process = p;
                    b.Pid = p.Pid;
                    return b;
                }
                catch (Exception e) when (e is InvalidOperationException || e is TimeoutException)
                {
                    last = e;
                    p.Dispose();
                }
            }
            throw last!;
        }

        public static VictoriaBackend Attach(string url, int? pid)
        {
            Loopback.Require(url);
            return new VictoriaBackend { Url = Sinks.BaseUrl(url), Pid = pid, Version = "(running, not started by FleetBench)" };
        }

        public override async Task<Probe> Read(HttpClient http, string job, CancellationToken ct)
        {
            var probe = new Probe();
            string q = "sum by (instance) (rate(webrtc_inbound_received_packets_total{" + LabelMatcher(job) + "}[1m]))";
            try
            {
                var (body, ms, bytes) = await TimedGet(http, Url + "/api/v1/query?nocache=1&query=" + Uri.EscapeDataString(q), ct).ConfigureAwait(false);
                probe.ReadMs = ms;
                probe.ReadBytes = bytes;
                probe.Agents = ResultCount(body);
            }
            catch (Exception e) when (e is HttpRequestException || e is TaskCanceledException || e is JsonException) { probe.Error = e.Message; }
            return probe;
        }

        /// <summary>Series: <c>/api/v1/series/count</c> (every series in the index, which for this
        /// private instance is the job's). Agents: distinct <c>instance</c> values with a sample in
        /// the last 5 minutes, i.e. that <c>extra_label=instance=…</c> really arrived.</summary>
        public override async Task<Probe> Count(HttpClient http, string job, CancellationToken ct)
        {
            var probe = new Probe();
            try
            {
                var (countBody, _, _) = await TimedGet(http, Url + "/api/v1/series/count", ct).ConfigureAwait(false);
                using (JsonDocument d = JsonDocument.Parse(countBody))
                {
                    JsonElement data = d.RootElement.GetProperty("data");
                    probe.Series = data.ValueKind == JsonValueKind.Array && data.GetArrayLength() > 0 ? data[0].GetInt64() : -1;
                }
                string q = "count(count by (instance) (last_over_time(webrtc_live_connections{" + LabelMatcher(job) + "}[5m])))";
                var (body, ms, _) = await TimedGet(http, Url + "/api/v1/query?nocache=1&latency_offset=0s&query=" + Uri.EscapeDataString(q), ct).ConfigureAwait(false);
                probe.ReadMs = ms;
                probe.Agents = ScalarOfFirst(body);
            }
            catch (Exception e) when (e is HttpRequestException || e is TaskCanceledException || e is JsonException || e is InvalidOperationException || e is KeyNotFoundException) { probe.Error = e.Message; }
            return probe;
        }

        internal static long ResultCount(string body)
        {
            using JsonDocument d = JsonDocument.Parse(body);
            return d.RootElement.GetProperty("data").GetProperty("result").GetArrayLength();
        }

        internal static long ScalarOfFirst(string body)
        {
            using JsonDocument d = JsonDocument.Parse(body);
            JsonElement result = d.RootElement.GetProperty("data").GetProperty("result");
            if (result.GetArrayLength() == 0) return 0;
            string v = result[0].GetProperty("value")[1].GetString()!;
            return (long)double.Parse(v, CultureInfo.InvariantCulture);
        }
    }
}
