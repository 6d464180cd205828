using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.FleetBench
{
    /// <summary>Debian's prometheus as a remote_write receiver (<c>--web.enable-remote-write-receiver</c>),
    /// no scrape jobs, TSDB in the run's temporary folder, on 127.0.0.1:&lt;free port&gt;.</summary>
    public sealed class PrometheusReceiver : Backend
    {
        public const string DefaultBinary = "/usr/bin/prometheus";
        public override string Name => "Prometheus remote write";
        public override string Sink => SinkKinds.RemoteWrite;
        public override string PushUrl => Url + "/api/v1/write";
        public override string ReadDescription => "GET /api/v1/query: sum by (instance) (rate(webrtc_inbound_received_packets_total[1m]))";

        public static async Task<PrometheusReceiver> Start(string binary, string workDir, HttpClient http, CancellationToken ct)
        {
            if (!File.Exists(binary)) throw new FileNotFoundException(binary + " not found: run `apt-get install prometheus`.", binary);
            var b = new PrometheusReceiver { Version = BackendProcess.Version(binary, "--version") };
            string config = Path.Combine(workDir, "prometheus-receiver.yml");
            File.WriteAllText(config, "# remote_write receiver only: nothing to scrape\nglobal:\n  scrape_interval: 15s\n");
            Exception? last = null;
            for (int attempt = 0; attempt < 3; attempt++)
            {
                int port = BackendProcess.FreeLoopbackPort();
                b.Url = "http://127.0.0.1:" + port;
                Loopback.Require(b.Url);
                var p = BackendProcess.Start(binary, new[]
                {
                    "--config.file=" + config, "--storage.tsdb.path=" + Path.Combine(workDir, "prometheus-data-" + attempt),
                    "--web.listen-address=127.0.0.1:" + port, "--web.enable-remote-write-receiver",
                }, Path.Combine(workDir, "prometheus.log"));
                try
                {
                    await p.WaitReady(http, b.Url + "/-/ready", TimeSpan.FromSeconds(60), ct).ConfigureAwait(false);
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

        public override async Task<Probe> Read(HttpClient http, string job, CancellationToken ct)
        {
            var probe = new Probe();
            string q = "sum by (instance) (rate(webrtc_inbound_received_packets_total{" + LabelMatcher(job) + "}[1m]))";
            try
            {
                var (body, ms, bytes) = await TimedGet(http, Url + "/api/v1/query?query=" + Uri.EscapeDataString(q), ct).ConfigureAwait(false);
                probe.ReadMs = ms;
                probe.ReadBytes = bytes;
                probe.Agents = VictoriaBackend.ResultCount(body);
            }
            catch (Exception e) when (e is HttpRequestException || e is TaskCanceledException || e is JsonException) { probe.Error = e.Message; }
            return probe;
        }

        /// <summary>Series: the job's series with a current sample (<c>count({job=…})</c>). Agents:
        /// distinct <c>instance</c> values of <c>webrtc_live_connections</c>.</summary>
        public override async Task<Probe> Count(HttpClient http, string job, CancellationToken ct)
        {
            var probe = new Probe();
            try
            {
                var (series, _, _) = await TimedGet(http, Url + "/api/v1/query?query=" + Uri.EscapeDataString("count({" + LabelMatcher(job) + "})"), ct).ConfigureAwait(false);
                probe.Series = VictoriaBackend.ScalarOfFirst(series);
                var (agents, ms, _) = await TimedGet(http, Url + "/api/v1/query?query=" + Uri.EscapeDataString("count(count by (instance) (webrtc_live_connections{" + LabelMatcher(job) + "}))"), ct).ConfigureAwait(false);
                probe.ReadMs = ms;
                probe.Agents = VictoriaBackend.ScalarOfFirst(agents);
            }
            catch (Exception e) when (e is HttpRequestException || e is TaskCanceledException || e is JsonException || e is InvalidOperationException || e is KeyNotFoundException) { probe.Error = e.Message; }
            return probe;
        }
    }

    /// <summary>Past one machine from existing engines only: agents remote-write to one vmagent,
    /// which shards by agent (<c>hashmod</c> of <c>instance</c> in a per-URL relabel config, so
    /// one agent's series stay together) across two victoria-metrics nodes. Debian's vmagent
    /// 1.79.5 has no <c>-remoteWrite.shardByURL</c> (newer releases do); the per-URL relabel
    /// configs give the same split. Each process is measured on its own.</summary>
    public sealed class ShardedLayout : Backend
    {
        public const string DefaultVmagent = "/usr/bin/vmagent";
        public const int Shards = 2;
        private readonly List<VictoriaBackend> nodes = new List<VictoriaBackend>();

        public override string Name => "vmagent → 2 × VictoriaMetrics (sharded)";
        public override string Sink => SinkKinds.RemoteWrite;
        public override string PushUrl => Url + "/api/v1/write";
        public override string ReadDescription => "GET /api/v1/query on each node: sum by (instance) (rate(webrtc_inbound_received_packets_total[1m])) (read time: the slower node)";
        public IReadOnlyList<VictoriaBackend> Nodes => nodes;

        public static async Task<ShardedLayout> Start(string vmagentBinary, string victoriaBinary, string workDir, HttpClient http, CancellationToken ct)
        {
            if (!File.Exists(vmagentBinary)) throw new FileNotFoundException(vmagentBinary + " not found: run `apt-get install victoria-metrics` (Debian ships vmagent with it).", vmagentBinary);
            var layout = new ShardedLayout();
            try
            {
                var agentArgs = new List<string>();
                for (int i = 0; i < Shards; i++)
                {
                    string name = "vm-" + (char)('a' + i);
                    VictoriaBackend node = await VictoriaBackend.Start(victoriaBinary, workDir, http, ct, name).ConfigureAwait(false);
                    layout.nodes.Add(node);
                    layout.Parts.Add((name, node.Pid!.Value));
                    string relabel = Path.Combine(workDir, "shard-" + i + ".yml");
                    File.WriteAllText(relabel,
                        "# keep the agents whose instance hashes to shard " + i + " of " + Shards + "\n" +
                        "- action: hashmod\n  source_labels: [instance]\n  modulus: " + Shards + "\n  target_label: __tmp_shard\n" +
                        "- action: keep\n  source_labels: [__tmp_shard]\n  regex: \"" + i + "\"\n" +
                        "- action: labeldrop\n  regex: __tmp_shard\n");
                    agentArgs.Add("-remoteWrite.url=" + node.Url + "/api/v1/write");
                    agentArgs.Add("-remoteWrite.urlRelabelConfig=" + relabel);
                }
                layout.Version = BackendProcess.Version(vmagentBinary, "-version") + " + " + layout.nodes[0].Version;
                Exception? last = null;
                for (int attempt = 0; attempt < 3; attempt++)
                {
                    int port = BackendProcess.FreeLoopbackPort();
                    layout.Url = "http://127.0.0.1:" + port;
                    Loopback.Require(layout.Url);
                    var args = new List<string> { "-httpListenAddr=127.0.0.1:" + port, "-remoteWrite.tmpDataPath=" + Path.Combine(workDir, "vmagent-" + attempt) };
                    args.AddRange(agentArgs);
                    var p = BackendProcess.Start(vmagentBinary, args, Path.Combine(workDir, "vmagent.log"));
                    try
                    {
                        await p.WaitReady(http, layout.Url + "/health", TimeSpan.FromSeconds(30), ct).ConfigureAwait(false);
                        layout.Process = p;
                        layout.Pid = p.Pid;
                        layout.Parts.Insert(0, ("vmagent", p.Pid));
                        return layout;
                    }
                    catch (Exception e) when (e is InvalidOperationException || e is TimeoutException)
                    {
                        last = e;
                        p.Dispose();
                    }
                }
                throw last!;
            }
            catch
            {
                layout.Dispose();
                throw;
            }
        }

        public override async Task<Probe> Read(HttpClient http, string job, CancellationToken ct)
        {
            var probe = new Probe { ReadMs = 0, Agents = 0 };
            foreach (VictoriaBackend node in nodes)
            {
                Probe p = await node.Read(http, job, ct).ConfigureAwait(false);
                if (p.Error != null) return p;
                probe.ReadMs = Math.Max(probe.ReadMs, p.ReadMs);
                probe.ReadBytes += p.ReadBytes;
                probe.Agents += p.Agents;
            }
            return probe;
        }

        /// <summary>Series and agents summed over the nodes (the shards are disjoint by agent),
        /// and the series of each node.</summary>
        public override async Task<Probe> Count(HttpClient http, string job, CancellationToken ct)
        {
            var probe = new Probe { Series = 0, Agents = 0 };
            var perNode = new List<string>();
            foreach (VictoriaBackend node in nodes)
            {
                Probe p = await node.Count(http, job, ct).ConfigureAwait(false);
                if (p.Error != null) return p;
                probe.Series += p.Series;
                probe.Agents += p.Agents;
                probe.ReadMs = Math.Max(double.IsNaN(probe.ReadMs) ? 0 : probe.ReadMs, p.ReadMs);
                perNode.Add(p.Series.ToString());
            }
            probe.PerNode = string.Join(" / ", perNode);
            return probe;
        }

        public override void Dispose()
        {
            Process?.Dispose(); // vmagent first: it flushes to the nodes
            foreach (VictoriaBackend n in nodes) n.Dispose();
        }
    }

    /// <summary>Debian's vmauth in front of a backend, as a real authenticating proxy: one user
    /// with a password and one with a bearer token, both routed to <paramref name="target"/>.</summary>
    public sealed class VmAuthProxy : IDisposable
    {
        public const string DefaultBinary = "/usr/bin/vmauth";
        public string Url { get; private set; } = "";
        public BackendProcess? Process { get; private set; }

        public static async Task<VmAuthProxy> Start(string binary, string workDir, HttpClient http, string target, string username, string password, string bearerToken, CancellationToken ct)
        {
            if (!File.Exists(binary)) throw new FileNotFoundException(binary + " not found: run `apt-get install victoria-metrics` (Debian ships vmauth with it).", binary);
            Loopback.Require(target);
            string config = Path.Combine(workDir, "vmauth-" + Guid.NewGuid().ToString("N").Substring(0, 6) + ".yml");
            File.WriteAllText(config,
                "users:\n" +
                "- username: \"" + username + "\"\n  password: \"" + password + "\"\n  url_prefix: \"" + target + "\"\n" +
                "- bearer_token: \"" + bearerToken + "\"\n  url_prefix: \"" + target + "\"\n");
            var proxy = new VmAuthProxy();
            Exception? last = null;
            for (int attempt = 0; attempt < 3; attempt++)
            {
                int port = BackendProcess.FreeLoopbackPort();
                proxy.Url = "http://127.0.0.1:" + port;
                var p = BackendProcess.Start(binary, new[] { "-httpListenAddr=127.0.0.1:" + port, "-auth.config=" + config }, Path.Combine(workDir, "vmauth.log"));
                try
                {
                    await p.WaitReady(http, proxy.Url + "/health", TimeSpan.FromSeconds(30), ct).ConfigureAwait(false);
                    proxy.Process = p;
                    return proxy;
                }
                catch (Exception e) when (e is InvalidOperationException || e is TimeoutException)
                {
                    last = e;
                    p.Dispose();
                }
            }
            throw last!;
        }

        public void Dispose() => Process?.Dispose();
    }
}
