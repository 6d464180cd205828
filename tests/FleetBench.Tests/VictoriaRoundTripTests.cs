using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.FleetBench.Tests
{
    /// <summary>The request src/Shared describes, sent as the extension sends it (gzip, auth header)
    /// to a real Debian victoria-metrics on loopback, and read back.</summary>
    [NonParallelizable]
    public class VictoriaRoundTripTests
    {
        private const string Binary = "/usr/bin/victoria-metrics";
        private string dir = "";
        private VictoriaBackend? vm;
        private HttpClient http = null!;

        [OneTimeSetUp]
        public async Task StartVictoriaMetrics()
        {
            if (!File.Exists(Binary))
                throw new InvalidOperationException(Binary + " not found: run `apt-get install victoria-metrics` (Debian bookworm ships 1.79.5).");
            dir = Path.Combine(Path.GetTempPath(), "fleetbench-tests-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(dir);
            http = Loopback.Client(8, TimeSpan.FromSeconds(20));
            vm = await VictoriaBackend.Start(Binary, dir, http, CancellationToken.None);
        }

        [OneTimeTearDown]
        public void Stop()
        {
            vm?.Dispose();
            http?.Dispose();
            try { Directory.Delete(dir, true); } catch (IOException) { }
        }

        private async Task<List<Dictionary<string, string>>> SeriesOf(string job, int expected)
        {
            string match = Uri.EscapeDataString("{job=\"" + job + "\"}");
            var sw = System.Diagnostics.Stopwatch.StartNew();
            while (true)
            {
                string body = await http.GetStringAsync(vm!.Url + "/api/v1/series?match[]=" + match);
                using JsonDocument d = JsonDocument.Parse(body);
                var list = d.RootElement.GetProperty("data").EnumerateArray()
                    .Select(e => e.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!)).ToList();
                if (list.Count >= expected || sw.Elapsed > TimeSpan.FromSeconds(15)) return list;
                await Task.Delay(250); // ingested rows become searchable within about a second
            }
        }

        [Test]
        public async Task Gzipped_post_with_basic_auth_lands_with_the_grouping_labels()
        {
            const string agent = "team/7 \u00fc&x=y";
            MetricsSnapshot snap = SinkRequestTests.FixtureSnapshot(agent, out TabRecord tab);
            Settings s = vm!.SinkSettings("rt-gzip", gzip: true, MetricDetail.Standard);
            s.username = "fleet";
            s.password = "secret";
            HttpRequestSpec spec = Sinks.Push(s, new GroupKey { Job = s.job, Agent = agent, TabSlot = tab.groupSlot }, snap)!;
            WirePush push = Agent.Encode(spec);
            Assert.That(push.Gzipped, Is.True);
            using HttpRequestMessage req = StepRunner.ToHttp(push);
            Assert.That(req.Headers.Authorization!.Scheme, Is.EqualTo("Basic"));
            using HttpResponseMessage res = await http.SendAsync(req);
            Assert.That((int)res.StatusCode, Is.EqualTo(204), await res.Content.ReadAsStringAsync());

            List<Dictionary<string, string>> series = await SeriesOf("rt-gzip", snap.SeriesCount());
            Assert.That(series.Count, Is.EqualTo(snap.SeriesCount()), "one stored series per exposed series");
            Assert.That(series.All(x => x["job"] == "rt-gzip" && x["instance"] == agent && x["tab"] == "0"), Is.True,
                "extra_label job/instance/tab arrive decoded: " + JsonSerializer.Serialize(series[0]));
            Assert.That(series.All(x => x["agent_id"] == agent && x["platform"] == "connect" && x["origin"] == "https://acme.my.connect.aws"), Is.True);
            Assert.That(series.Any(x => x["__name__"] == "webrtc_inbound_jitter_seconds" && x["kind"] == "audio"), Is.True);
        }

        [Test]
        public async Task Plain_post_to_the_same_group_adds_samples_not_series()
        {
            MetricsSnapshot snap = SinkRequestTests.FixtureSnapshot("agent-plain", out TabRecord tab);
            Settings s = vm!.SinkSettings("rt-plain", gzip: false, MetricDetail.Standard);
            var key = new GroupKey { Job = s.job, Agent = "agent-plain", TabSlot = tab.groupSlot };
            for (int i = 0; i < 2; i++)
            {
                using HttpRequestMessage req = StepRunner.ToHttp(Agent.Encode(Sinks.Push(s, key, snap)!));
                Assert.That(req.Content!.Headers.ContentEncoding, Is.Empty);
                using HttpResponseMessage res = await http.SendAsync(req);
                Assert.That((int)res.StatusCode, Is.EqualTo(204));
            }
            Assert.That((await SeriesOf("rt-plain", snap.SeriesCount())).Count, Is.EqualTo(snap.SeriesCount()));
        }

        [Test]
        public async Task The_pushgateway_shaped_import_path_is_refused_by_1_79_5()
        {
            // Why Sinks uses extra_label: this path shape answers 400 on Debian's 1.79.5.
            using var content = new StringContent("x_total 1\n");
            using HttpResponseMessage res = await http.PostAsync(vm!.Url + "/api/v1/import/prometheus/metrics/job/x/instance/y", content);
            Assert.That(res.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        }
    }
}
