using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.FleetBench.Tests
{
    /// <summary>The remote_write requests src/Shared builds (protobuf + snappy written in C#), sent
    /// as the extension sends them to real receivers on loopback: Debian's prometheus with
    /// <c>--web.enable-remote-write-receiver</c> and victoria-metrics (<c>/api/v1/write</c>), each
    /// bare and behind Debian's vmauth (basic and bearer auth), read back through the query API.
    /// The call end (staleness markers) must make the series disappear from instant queries at
    /// once, while a query at an earlier time still sees them.</summary>
    [NonParallelizable]
    public class RemoteWriteReceiverTests
    {
        private const string User = "agent-writer", Password = "s3cret:pä", Token = "tok-123";
        private string dir = "";
        private HttpClient http = null!;
        private PrometheusReceiver prom = null!;
        private VictoriaBackend vm = null!;
        private VmAuthProxy promAuth = null!, vmAuth = null!;

        [OneTimeSetUp]
        public async Task StartReceivers()
        {
            foreach (string b in new[] { PrometheusReceiver.DefaultBinary, "/usr/bin/victoria-metrics", VmAuthProxy.DefaultBinary })
                if (!File.Exists(b)) throw new InvalidOperationException(b + " not found: run `apt-get install prometheus victoria-metrics`.");
            dir = Path.Combine(Path.GetTempPath(), "rw-receivers-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(dir);
            http = Loopback.Client(8, TimeSpan.FromSeconds(30));
            prom = await PrometheusReceiver.Start(PrometheusReceiver.DefaultBinary, dir, http, CancellationToken.None);
            vm = await VictoriaBackend.Start("/usr/bin/victoria-metrics", dir, http, CancellationToken.None);
            vm.RemoteWrite = true;
            promAuth = await VmAuthProxy.Start(VmAuthProxy.DefaultBinary, dir, http, prom.Url, User, Password, Token, CancellationToken.None);
            vmAuth = await VmAuthProxy.Start(VmAuthProxy.DefaultBinary, dir, http, vm.Url, User, Password, Token, CancellationToken.None);
        }

        [OneTimeTearDown]
        public void Stop()
        {
            promAuth?.Dispose();
            vmAuth?.Dispose();
            prom?.Dispose();
            vm?.Dispose();
            http?.Dispose();
            try { Directory.Delete(dir, true); } catch (IOException) { }
        }

        private static long NowMs() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        private static MetricsSnapshot Snapshot(string agent, double atMs)
        {
            MetricsSnapshot snap = SinkRequestTests.FixtureSnapshot(agent, out _);
            snap.AtMs = atMs;
            return snap;
        }

        private static Settings Rw(string url, Action<Settings>? tweak = null)
        {
            Settings s = SettingsStore.Defaults();
            s.sink = SinkKinds.RemoteWrite;
            s.url = url;
            s.job = "rw-test";
            s.agentId = "rw-test-agent"; // the group key below names the agent of each write
            tweak?.Invoke(s);
            Assert.That(SettingsStore.Validate(s), Is.Empty);
            return s;
        }

        private async Task<(int status, string body)> Send(HttpRequestSpec spec)
        {
            using HttpRequestMessage req = StepRunner.ToHttp(Agent.Encode(spec));
            using HttpResponseMessage res = await http.SendAsync(req);
            return ((int)res.StatusCode, await res.Content.ReadAsStringAsync());
        }

        /// <summary>Instant query; the result's series as label maps with their value.</summary>
        private async Task<List<(Dictionary<string, string> labels, string value)>> Query(string baseUrl, string promql, double? atSeconds = null)
        {
            string url = baseUrl + "/api/v1/query?query=" + Uri.EscapeDataString(promql)
                + (atSeconds != null ? "&time=" + atSeconds.Value.ToString("0.000", CultureInfo.InvariantCulture) : "")
                + "&nocache=1&latency_offset=0s";
            string body = await http.GetStringAsync(url);
            using JsonDocument d = JsonDocument.Parse(body);
            return d.RootElement.GetProperty("data").GetProperty("result").EnumerateArray()
                .Select(r => (r.GetProperty("metric").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!), r.GetProperty("value")[1].GetString()!))
                .ToList();
        }

        private async Task<List<(Dictionary<string, string> labels, string value)>> QueryUntil(string baseUrl, string promql, Func<int, bool> done, double? at = null)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            while (true)
            {
                var r = await Query(baseUrl, promql, at);
                if (done(r.Count) || sw.Elapsed > TimeSpan.FromSeconds(20)) return r;
                await Task.Delay(250); // VictoriaMetrics makes new rows searchable within about a second
            }
        }

        private string Base(string receiver) => receiver == "prometheus" ? prom.Url : vm.Url;
        private string Proxy(string receiver) => receiver == "prometheus" ? promAuth.Url : vmAuth.Url;

        [TestCase("prometheus")]
        [TestCase("victoria-metrics")]
        public async Task A_call_lands_with_its_labels_and_its_end_makes_the_series_stale(string receiver)
        {
            string agent = "agent " + receiver + " ü/7";
            var sink = new RemoteWriteSink();
            Settings s = Rw(Base(receiver) + "/api/v1/write");
            var key = new GroupKey { Job = s.job, Agent = agent, TabSlot = 0 };
            long t0 = NowMs() - 20_000;
            MetricsSnapshot first = Snapshot(agent, t0);
            var (status, body) = await Send(sink.Push(s, key, first));
            Assert.That(status, Is.EqualTo(204), body);
            (status, body) = await Send(sink.Push(s, key, Snapshot(agent, t0 + 10_000)));
            Assert.That(status, Is.EqualTo(204), body);

            string selector = "{job=\"rw-test\",instance=\"" + agent.Replace("\"", "\\\"") + "\"}";
            var all = await QueryUntil(Base(receiver), selector, n => n >= first.SeriesCount());
            Assert.That(all, Has.Count.EqualTo(first.SeriesCount()), "one stored series per pushed series");
            Assert.That(all.All(x => x.labels["agent_id"] == agent && x.labels["tab"] == "0" && x.labels["platform"] == "connect"), Is.True);
            var live = await Query(Base(receiver), "webrtc_live_connections" + selector);
            Assert.That(live.Single().value, Is.EqualTo("1"));
            var packets = await Query(Base(receiver), "webrtc_inbound_received_packets_total" + selector);
            Assert.That(packets.Single().labels["kind"], Is.EqualTo("audio"));
            Assert.That(double.Parse(packets.Single().value, CultureInfo.InvariantCulture), Is.EqualTo(2790), "the recorded call's counter");

            (status, body) = await Send(sink.End(s, key)!);
            Assert.That(status, Is.EqualTo(204), body);
            var after = await QueryUntil(Base(receiver), selector, n => n == 0);
            Assert.That(after, Is.Empty, "staleness markers end every series at once (not 5 minutes later)");
            var before = await Query(Base(receiver), selector, (t0 + 10_000) / 1000.0);
            Assert.That(before, Has.Count.EqualTo(first.SeriesCount()), "the call's samples are still there before the end");
        }

        [TestCase("prometheus")]
        [TestCase("victoria-metrics")]
        public async Task Behind_vmauth_basic_and_bearer_auth_write_and_anything_else_is_refused(string receiver)
        {
            string url = Proxy(receiver) + "/api/v1/write";
            long t = NowMs() - 5_000;
            foreach (var (name, tweak) in new (string, Action<Settings>)[]
            {
                ("basic", x => { x.username = User; x.password = Password; }),
                ("bearer", x => { x.bearerToken = Token; }),
            })
            {
                string agent = "auth-" + name + "-" + receiver;
                Settings s = Rw(url, tweak);
                var (status, body) = await Send(new RemoteWriteSink().Push(s, new GroupKey { Job = s.job, Agent = agent }, Snapshot(agent, t)));
                Assert.That(status, Is.EqualTo(204), name + ": " + body);
                var landed = await QueryUntil(Base(receiver), "webrtc_live_connections{instance=\"" + agent + "\"}", n => n > 0);
                Assert.That(landed, Has.Count.EqualTo(1), name + " write reached the receiver");
            }
            foreach (var (name, tweak) in new (string, Action<Settings>)[]
            {
                ("no credentials", _ => { }),
                ("wrong password", x => { x.username = User; x.password = "nope"; }),
                ("wrong token", x => { x.bearerToken = "nope"; }),
            })
            {
                string agent = "refused-" + receiver;
                Settings s = Rw(url, tweak);
                var (status, _) = await Send(new RemoteWriteSink().Push(s, new GroupKey { Job = s.job, Agent = agent }, Snapshot(agent, t)));
                // vmauth 1.79.5: 401 without credentials, 400 "cannot find the provided auth token" for unknown ones
                Assert.That(status, name == "no credentials" ? Is.EqualTo(401) : Is.AnyOf(400, 401), name);
                Assert.That(RetryPolicy.IsRetryable(status), Is.False, "a refusal is dropped, not retried");
            }
            Assert.That(await Query(Base(receiver), "webrtc_live_connections{instance=\"refused-" + receiver + "\"}"), Is.Empty);
        }

        [Test]
        public async Task Prometheus_refuses_an_out_of_order_write_with_a_reason_and_it_is_not_retried()
        {
            string agent = "ooo-agent";
            Settings s = Rw(prom.Url + "/api/v1/write");
            var key = new GroupKey { Job = s.job, Agent = agent };
            long t = NowMs() - 5_000;
            Assert.That((await Send(new RemoteWriteSink().Push(s, key, Snapshot(agent, t)))).status, Is.EqualTo(204));
            // a second worker (fresh memory) with an older clock: the receiver refuses the samples
            var (status, body) = await Send(new RemoteWriteSink().Push(s, key, Snapshot(agent, t - 60_000)));
            Assert.That(status, Is.EqualTo(400));
            Assert.That(body, Does.Contain("out of order"), "the reason the popup shows");
            Assert.That(RetryPolicy.IsRetryable(status), Is.False);
        }

        [TestCase("prometheus")]
        [TestCase("victoria-metrics")]
        public async Task The_connection_test_write_is_accepted(string receiver)
        {
            var (status, body) = await Send(RemoteWriteSink.Empty(Rw(Base(receiver) + "/api/v1/write"), new GroupKey { Job = "rw-test", Agent = "t", TabSlot = 9999 }));
            Assert.That(status, Is.EqualTo(204), body);
        }
    }
}
