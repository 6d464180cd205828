using System.Linq;
using NUnit.Framework;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Tests.RemoteWrite
{
    public class RemoteWriteSettingsTests
    {
        private static string[] Fields(Settings s) => SettingsStore.Validate(s).Select(e => e.field).ToArray();

        [Test]
        public void Remote_write_is_a_stored_sink_and_its_tenant_round_trips()
        {
            Settings s = Make.Settings(x => { x.sink = SinkKinds.RemoteWrite; x.url = "https://mimir.example/api/v1/push"; x.remoteWriteTenant = "team-a"; });
            Assert.That(Fields(s), Is.Empty);
            Settings back = SettingsStore.Normalize(SettingsStore.ToSync(s), SettingsStore.ToLocal(s));
            Assert.That(back.sink, Is.EqualTo("remotewrite"));
            Assert.That(back.remoteWriteTenant, Is.EqualTo("team-a"));
            Assert.That(SettingsStore.Defaults().remoteWriteTenant, Is.EqualTo(""));
        }

        [TestCase("https://mimir.example", "url")]
        [TestCase("https://mimir.example/", "url")]
        [TestCase("http://prometheus:9090/api/v1/write", null)]
        public void The_url_must_be_the_full_write_endpoint(string url, string? field)
        {
            Settings s = Make.Settings(x => { x.sink = SinkKinds.RemoteWrite; x.url = url; });
            Assert.That(Fields(s), field == null ? Is.Empty : Is.EqualTo(new[] { field }));
        }

        [TestCase("team a")]
        [TestCase("..")]
        [TestCase("a/b")]
        [TestCase("tenant\u00e9")]
        public void Bad_tenants_are_refused(string tenant)
        {
            Settings s = Make.Settings(x => { x.sink = SinkKinds.RemoteWrite; x.url = "https://m.example/api/v1/push"; x.remoteWriteTenant = tenant; });
            Assert.That(Fields(s), Is.EqualTo(new[] { "remoteWriteTenant" }));
        }

        [Test]
        public void A_tenant_on_another_sink_is_refused()
        {
            Settings s = Make.Settings(x => { x.remoteWriteTenant = "team-a"; });
            Assert.That(Fields(s), Is.EqualTo(new[] { "remoteWriteTenant" }));
        }

        [TestCase(0, true)]
        [TestCase(429, true)]
        [TestCase(500, true)]
        [TestCase(503, true)]
        [TestCase(400, false)]
        [TestCase(401, false)]
        [TestCase(404, false)]
        [TestCase(413, false)]
        public void Retry_policy_follows_the_remote_write_spec(int status, bool retry)
            => Assert.That(RetryPolicy.IsRetryable(status), Is.EqualTo(retry));

        [Test]
        public void A_refused_end_is_dropped_a_failed_one_retried()
        {
            var clock = new ManualClock(0);
            var q = new DeliveryQueue(clock);
            var end = new HttpRequestSpec { Method = "POST", EndsGroup = true, Group = "g" };
            q.Offer(end);
            Assert.That(q.TakeReady(), Has.Count.EqualTo(1));
            q.Complete(end, false, RetryPolicy.IsRetryable(503));
            Assert.That(q.HasPending("g"), Is.True, "503: kept for another attempt");
            clock.Advance(q.AttemptIntervalMs);
            Assert.That(q.TakeReady(), Has.Count.EqualTo(1));
            q.Complete(end, false, RetryPolicy.IsRetryable(400));
            Assert.That(q.HasPending("g"), Is.False, "400: dropped, never resent");
        }
    }
}
