using System.Collections.Generic;
using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net.Http;
using System.Text;
using NUnit.Framework;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.FleetBench.Tests
{
    public class LoopbackTests
    {
        [TestCase("http://127.0.0.1:9091")]
        [TestCase("http://127.3.4.5:8428/vm")]
        [TestCase("http://[::1]:8428")]
        [TestCase("https://localhost:8428")]
        public void Loopback_urls_are_accepted(string url) => Assert.That(Loopback.Refusal(url), Is.Null);

        [TestCase("http://10.0.0.5:9091")]
        [TestCase("http://192.168.1.10:9091")]
        [TestCase("http://172.16.0.1:8428")]
        [TestCase("http://0.0.0.0:8428")]
        [TestCase("http://pushgateway.example:9091")]
        [TestCase("http://127.0.0.1.nip.io:9091")]
        [TestCase("http://foo.localhost:9091")]
        [TestCase("ftp://127.0.0.1/")]
        [TestCase("127.0.0.1:9091")]
        public void Anything_else_is_refused(string url) => Assert.That(Loopback.Refusal(url), Is.Not.Null);

        [Test]
        public void Options_refuse_a_remote_backend()
        {
            Assert.Throws<LoopbackRefusal>(() => BenchOptions.Parse(new[] { "--victoria-url", "http://10.1.2.3:8428" }));
            Assert.Throws<LoopbackRefusal>(() => BenchOptions.Parse(new[] { "--pushgateway-url", "http://example.org:9091" }));
            Assert.That(BenchOptions.Parse(new[] { "--victoria-url", "http://127.0.0.1:8428" }).VictoriaUrl, Is.EqualTo("http://127.0.0.1:8428"));
        }

        [Test]
        public void The_client_will_not_connect_to_a_remote_address_even_if_asked()
        {
            using HttpClient c = Loopback.Client(1, TimeSpan.FromSeconds(5));
            // TEST-NET-1 (RFC 5737): never routed; the guard refuses before any packet is sent.
            var e = Assert.ThrowsAsync<HttpRequestException>(() => c.GetAsync("http://192.0.2.1:9/"));
            Assert.That(e!.InnerException, Is.TypeOf<LoopbackRefusal>());
        }
    }

    public class OptionsTests
    {
        [Test]
        public void Defaults_are_the_issue_steps_and_bounded()
        {
            BenchOptions o = BenchOptions.Parse(Array.Empty<string>());
            Assert.That(o.PushgatewaySteps.Select(s => s.Agents), Is.EqualTo(new[] { 50, 100, 200, 300 }));
            Assert.That(o.VictoriaSteps.Select(s => s.Agents), Is.EqualTo(new[] { 500, 1000, 3000 }));
            Assert.That(o.ShardedSteps.Select(s => s.Agents), Is.EqualTo(new[] { 3000 }), "one sharded remote_write step");
            Assert.That(o.PrometheusSteps.Concat(o.VictoriaRemoteWriteSteps), Is.Empty, "the other remote_write layouts are opt-in");
            Assert.That(o.PushgatewaySteps.Concat(o.VictoriaSteps).All(s => s.IntervalSeconds == SettingsStore.DefaultPushSeconds), Is.True);
            Assert.That(o.PlannedSeconds(), Is.LessThanOrEqualTo(240), "the default run fits the Bench target's ~5 minutes");
            Assert.That(o.MetricDetail, Is.EqualTo(MetricDetail.Standard), "the extension's default metric detail");
        }

        [Test]
        public void Metric_detail_is_standard_or_detailed()
        {
            Assert.That(BenchOptions.Parse(new[] { "--metric-detail", "detailed" }).MetricDetail, Is.EqualTo(MetricDetail.Detailed));
            Assert.Throws<ArgumentException>(() => BenchOptions.Parse(new[] { "--metric-detail", "all" }));
        }

        [Test]
        public void Steps_take_an_interval_and_none()
        {
            BenchOptions o = BenchOptions.Parse(new[] { "--vm", "3000@5,100", "--pgw", "none", "--interval", "15" });
            Assert.That(o.PushgatewaySteps, Is.Empty);
            Assert.That(o.VictoriaSteps.Select(s => s.ToString()), Is.EqualTo(new[] { "3000@5s", "100@15s" }));
            Assert.Throws<ArgumentException>(() => BenchOptions.Parse(new[] { "--vm", "999999" }));
            Assert.Throws<ArgumentException>(() => BenchOptions.Parse(new[] { "--step", "3600" }));
        }
    }

    public class ScheduleTests
    {
        [Test]
        public void Agents_are_spread_over_the_interval_and_push_every_interval()
        {
            var ticks = StepRunner.Schedule(4, 10, 25);
            Assert.That(ticks.Select(t => t.AtSeconds), Is.Ordered);
            Assert.That(ticks.Take(4).Select(t => t.AtSeconds), Is.EqualTo(new[] { 0, 2.5, 5, 7.5 }));
            Assert.That(ticks.Count, Is.EqualTo(4 + 4 + 2), "ticks at or after the step's end are not scheduled");
            foreach (var g in ticks.GroupBy(t => t.Agent))
            {
                double[] at = g.Select(t => t.AtSeconds).ToArray();
                for (int i = 1; i < at.Length; i++) Assert.That(at[i] - at[i - 1], Is.EqualTo(10).Within(1e-9));
            }
            Assert.That(StepRunner.Schedule(4, 10, 25).Select(t => (t.AtSeconds, t.Agent)), Is.EqualTo(ticks.Select(t => (t.AtSeconds, t.Agent))));
        }

        [Test]
        public void Percentile_is_nearest_rank()
        {
            double[] v = Enumerable.Range(1, 100).Select(i => (double)i).ToArray();
            Assert.That(StepRunner.Percentile(v, 50), Is.EqualTo(50));
            Assert.That(StepRunner.Percentile(v, 99), Is.EqualTo(99));
            Assert.That(StepRunner.Percentile(new[] { 7.0 }, 99), Is.EqualTo(7));
        }
    }

    public class FleetTests
    {
        private static Fleet NewFleet(ulong seed = 1)
            => new Fleet(RecordedReport.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "chromium-audio-call.json")), "fleetbench", seed);

        private static Settings Pgw()
        {
            Settings s = SettingsStore.Defaults();
            s.url = "http://127.0.0.1:9091";
            s.job = "fleetbench";
            return s;
        }

        private static double Value(string exposition, string seriesPrefix)
        {
            string line = exposition.Split('\n').Single(l => l.StartsWith(seriesPrefix, StringComparison.Ordinal));
            return double.Parse(line.Substring(line.LastIndexOf(' ') + 1), System.Globalization.CultureInfo.InvariantCulture);
        }

        [Test]
        public void Counters_grow_gauges_move_and_agents_differ()
        {
            Fleet f = NewFleet();
            Agent a = f.NewAgent(0), b = f.NewAgent(1);
            Settings s = Pgw();
            string a1 = a.NextPush(s, 10, 1e12).Spec.Body!, a2 = a.NextPush(s, 10, 1e12 + 10000).Spec.Body!;
            string b1 = b.NextPush(s, 10, 1e12).Spec.Body!;
            const string packets = "webrtc_inbound_received_packets_total{";
            Assert.That(Value(a2, packets), Is.GreaterThan(Value(a1, packets)), "counters are monotonic and move");
            Assert.That(a1, Is.Not.EqualTo(b1));
            Assert.That(a1, Does.Contain("agent_id=\"agent-00000\"").And.Not.Contain("agent-00001"));
            Assert.That(b1, Does.Contain("agent_id=\"agent-00001\""));
            Assert.That(Value(a2, "webrtc_inbound_jitter_seconds{"), Is.Not.EqualTo(Value(a1, "webrtc_inbound_jitter_seconds{")));
            // the first complete interval adds the derived quality series (MOS, poor stream, silence);
            // from then on the series set stays that of one live call: same lines, other values
            string a3 = a.NextPush(s, 10, 1e12 + 20000).Spec.Body!;
            static IEnumerable<string> Lines(string body) => body.Split('\n').Select(l => l.Split(' ')[0]);
            Assert.That(Lines(a1).Except(Lines(a2)), Is.Empty);
            Assert.That(Lines(a2).Where(l => l.StartsWith("webrtc_inbound_mos{")), Has.Exactly(1).Items);
            Assert.That(Lines(a3), Is.EqualTo(Lines(a2)));
        }

        [Test]
        public void Same_seed_same_bytes()
        {
            Settings s = Pgw();
            string x = NewFleet(7).NewAgent(3).NextPush(s, 10, 1e12).Spec.Body!;
            string y = NewFleet(7).NewAgent(3).NextPush(s, 10, 1e12).Spec.Body!;
            string z = NewFleet(8).NewAgent(3).NextPush(s, 10, 1e12).Spec.Body!;
            Assert.That(y, Is.EqualTo(x));
            Assert.That(z, Is.Not.EqualTo(x));
        }

        [Test]
        public void Pushgateway_push_is_a_put_of_the_agents_group_gzipped()
        {
            WirePush p = NewFleet().NewAgent(42).NextPush(Pgw(), 10, 1e12);
            Assert.That(p.Spec.Method, Is.EqualTo("PUT"));
            Assert.That(p.Spec.Url, Is.EqualTo("http://127.0.0.1:9091/metrics/job/fleetbench/instance/agent-00042/tab/0"));
            using HttpRequestMessage req = StepRunner.ToHttp(p);
            Assert.That(req.Content!.Headers.ContentEncoding, Is.EqualTo(new[] { "gzip" }));
            Assert.That(req.Content.Headers.ContentType!.ToString(), Is.EqualTo("text/plain; version=0.0.4; charset=utf-8"));
            using var gz = new GZipStream(new MemoryStream(p.Body), CompressionMode.Decompress);
            using var r = new StreamReader(gz, Encoding.UTF8);
            Assert.That(r.ReadToEnd(), Is.EqualTo(p.Spec.Body));
            Assert.That(p.Body.Length, Is.LessThan(p.PlainBytes / 3));
        }
    }
}
