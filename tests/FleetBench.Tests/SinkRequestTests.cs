using System;
using System.Collections.Generic;
using System.IO;
using NUnit.Framework;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.FleetBench.Tests
{
    /// <summary>The VictoriaMetrics request src/Shared describes, beyond what
    /// tests/Extension.Tests/QueueAndSinkTests.cs already pins (single node URL, cluster prefix,
    /// bearer, no delete).</summary>
    public class SinkRequestTests
    {
        internal static MetricsSnapshot FixtureSnapshot(string agentId, out TabRecord tab)
        {
            var report = RecordedReport.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "chromium-audio-call.json"));
            Sample[] samples = StatsReducer.Reduce(report);
            SessionState state = TabStates.Empty();
            var m = new StatsMessage { type = Messages.Stats, pc = 0, state = "connected", at = 1727000000000.5, samples = samples };
            tab = TabStates.Ingest(state, 3, 0, "https://acme.my.connect.aws/ccp-v2/softphone?contact=1", Platform.Connect, m, 1727000000000);
            return MetricsModel.Build(tab, agentId, MetricDetail.Detailed);
        }

        private static Settings Vm(Action<Settings> tweak)
        {
            Settings s = SettingsStore.Defaults();
            s.sink = SinkKinds.VictoriaMetrics;
            s.url = "http://vm.example:8428";
            tweak(s);
            return s;
        }

        /// <summary>The decoded <c>extra_label</c> parameters of a URL, in order.</summary>
        internal static List<string> ExtraLabels(string url)
        {
            var list = new List<string>();
            string query = new Uri(url).Query.TrimStart('?');
            foreach (string part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                int eq = part.IndexOf('=');
                Assert.That(eq, Is.GreaterThan(0), "every query parameter is name=value: " + part);
                Assert.That(part.Substring(0, eq), Is.EqualTo("extra_label"));
                list.Add(Uri.UnescapeDataString(part.Substring(eq + 1)));
            }
            return list;
        }

        [Test]
        public void Post_carries_gzip_content_type_and_basic_auth()
        {
            Settings s = Vm(x => { x.username = "fleet"; x.password = "s3:cr\u00e9t"; });
            HttpRequestSpec r = Sinks.Push(s, new GroupKey { Job = "webrtc", Agent = "agent-1", TabSlot = 0 }, FixtureSnapshot("agent-1", out _))!;
            Assert.That(r.Method, Is.EqualTo("POST"));
            Assert.That(r.Gzip, Is.True, "gzip is the default for every sink");
            Assert.That(r.Header("Content-Type"), Is.EqualTo("text/plain; version=0.0.4; charset=utf-8"));
            Assert.That(r.Header("Authorization"), Is.EqualTo("Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("fleet:s3:cr\u00e9t"))));
            s.gzip = false;
            Assert.That(Sinks.Push(s, new GroupKey { Job = "webrtc", Agent = "agent-1" }, FixtureSnapshot("agent-1", out _))!.Gzip, Is.False);
        }

        [Test]
        public void Bearer_token_wins_over_basic_auth()
        {
            Settings s = Vm(x => { x.username = "fleet"; x.password = "p"; x.bearerToken = "tok"; });
            HttpRequestSpec r = Sinks.Push(s, new GroupKey { Job = "webrtc", Agent = "a" }, FixtureSnapshot("a", out _))!;
            Assert.That(r.Header("Authorization"), Is.EqualTo("Bearer tok"));
        }

        [Test]
        public void Extra_labels_survive_ampersand_equals_space_slash_and_unicode()
        {
            var key = new GroupKey { Job = "web rtc&x=y", Agent = "team/a&b=c d \u00fc", TabSlot = 2 };
            HttpRequestSpec r = Sinks.Push(Vm(_ => { }), key, FixtureSnapshot("x", out _))!;
            Assert.That(ExtraLabels(r.Url), Is.EqualTo(new[] { "job=web rtc&x=y", "instance=team/a&b=c d \u00fc", "tab=2" }));
            Assert.That(r.Url, Does.Not.Contain(" "));
        }

        [Test]
        public void Base_url_keeps_its_path_prefix_and_loses_trailing_slashes()
        {
            var key = new GroupKey { Job = "webrtc", Agent = "a", TabSlot = 0 };
            Assert.That(Sinks.Push(Vm(x => x.url = " https://metrics.example/vm// "), key, FixtureSnapshot("a", out _))!.Url,
                Does.StartWith("https://metrics.example/vm/api/v1/import/prometheus?extra_label=job%3Dwebrtc&"));
            Assert.That(Sinks.Push(Vm(x => { x.url = "http://vminsert:8480/"; x.vmTenant = "0"; }), key, FixtureSnapshot("a", out _))!.Url,
                Does.StartWith("http://vminsert:8480/insert/0/prometheus/api/v1/import/prometheus?extra_label="));
        }

        [Test]
        public void Both_sinks_send_the_same_exposition()
        {
            MetricsSnapshot snap = FixtureSnapshot("agent-9", out _);
            var key = new GroupKey { Job = "webrtc", Agent = "agent-9" };
            Settings pgw = SettingsStore.Defaults();
            HttpRequestSpec put = Sinks.Push(pgw, key, snap)!;
            HttpRequestSpec post = Sinks.Push(Vm(_ => { }), key, snap)!;
            Assert.That(put.Method, Is.EqualTo("PUT"));
            Assert.That(post.Body, Is.EqualTo(put.Body));
            Assert.That(post.SeriesCount, Is.EqualTo(snap.SeriesCount()));
            Assert.That(post.Body, Does.Not.Contain("job=").And.Not.Contain("instance="), "job/instance/tab come from the URL, not the body");
        }
    }
}
