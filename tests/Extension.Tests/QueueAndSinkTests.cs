using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Tests
{
    public class GroupingPathTests
    {
        [Test]
        public void Plain_values_are_percent_encoded()
            => Assert.That(GroupingPath.Path(new GroupKey { Job = "webrtc", Agent = "jane doe@acme", TabSlot = 0 }),
                Is.EqualTo("/metrics/job/webrtc/instance/jane%20doe%40acme/tab/0"));

        [Test]
        public void Slash_empty_and_dot_values_use_base64()
        {
            Assert.That(GroupingPath.Segment("instance", "team/a"), Is.EqualTo("/instance@base64/dGVhbS9h"));
            Assert.That(GroupingPath.Segment("instance", ""), Is.EqualTo("/instance@base64/="));
            Assert.That(GroupingPath.Segment("instance", ".."), Is.EqualTo("/instance@base64/Li4="));
            // URL-safe alphabet: bytes that would give '+' and '/' in standard base64
            Assert.That(GroupingPath.Segment("job", "/?>"), Is.EqualTo("/job@base64/Lz8-"));
            Assert.That(TextEncoding.Base64("\u00ff\u00ff/", false), Is.EqualTo(System.Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("\u00ff\u00ff/"))));
        }

        [TestCase("a")]
        [TestCase("ab")]
        [TestCase("abc")]
        [TestCase("h\u00e9llo/w\u00f6rld \U0001F600")]
        public void Base64_matches_dotnet_url_safe(string v)
        {
            string expected = System.Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(v)).Replace('+', '-').Replace('/', '_');
            Assert.That(TextEncoding.Base64(v, true), Is.EqualTo(expected));
        }
    }

    public class SinkTests
    {
        private static MetricsSnapshot OneSeries()
        {
            var s = new MetricsSnapshot();
            var f = new MetricFamily { Name = "webrtc_live_connections", Help = "h" };
            f.Series.Add(new Series { LabelNames = new[] { "agent_id" }, LabelValues = new[] { "a" }, Value = 1 });
            s.Families.Add(f);
            return s;
        }

        [Test]
        public void Pushgateway_put_and_delete_with_basic_auth()
        {
            Settings s = Make.Settings(x => { x.url = "https://pgw.example:9091/prefix/"; x.username = "bob"; x.password = "pä:ss"; });
            var key = new GroupKey { Job = "webrtc", Agent = "agent-007", TabSlot = 1 };
            HttpRequestSpec put = Sinks.Push(s, key, OneSeries())!;
            Assert.That(put.Method, Is.EqualTo("PUT"));
            Assert.That(put.Url, Is.EqualTo("https://pgw.example:9091/prefix/metrics/job/webrtc/instance/agent-007/tab/1"));
            Assert.That(put.Header("Content-Type"), Is.EqualTo("text/plain; version=0.0.4; charset=utf-8"));
            Assert.That(put.Header("Authorization"), Is.EqualTo("Basic " + System.Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("bob:pä:ss"))));
            Assert.That(put.Gzip, Is.True);
            Assert.That(put.Body, Does.Contain("webrtc_live_connections"));
            HttpRequestSpec del = Sinks.Delete(s, key)!;
            Assert.That(del.Method, Is.EqualTo("DELETE"));
            Assert.That(del.Url, Is.EqualTo(put.Url));
            Assert.That(del.Body, Is.Null);
            Assert.That(del.Group, Is.EqualTo(put.Group));
        }

        [Test]
        public void VictoriaMetrics_single_and_cluster_with_bearer()
        {
            Settings s = Make.Settings(x => { x.sink = SinkKinds.VictoriaMetrics; x.url = "http://vm:8428"; x.bearerToken = "t0k"; x.agentId = "a/b"; });
            var key = new GroupKey { Job = "webrtc", Agent = "a/b", TabSlot = 0 };
            HttpRequestSpec post = Sinks.Push(s, key, OneSeries())!;
            Assert.That(post.Method, Is.EqualTo("POST"));
            Assert.That(post.Url, Is.EqualTo("http://vm:8428/api/v1/import/prometheus?extra_label=job%3Dwebrtc&extra_label=instance%3Da%2Fb&extra_label=tab%3D0"));
            Assert.That(post.Header("Authorization"), Is.EqualTo("Bearer t0k"));
            Assert.That(Sinks.Delete(s, key), Is.Null, "VictoriaMetrics has no delete: series go stale");
            s.vmTenant = "42:7";
            s.url = "http://vminsert:8480";
            Assert.That(Sinks.Push(s, key, OneSeries())!.Url, Does.StartWith("http://vminsert:8480/insert/42%3A7/prometheus/api/v1/import/prometheus?extra_label="));
        }
    }

    public class DeliveryQueueTests
    {
        private static HttpRequestSpec Put(string group, string body) => new HttpRequestSpec { Method = "PUT", Group = group, Body = body };
        private static HttpRequestSpec Del(string group) => new HttpRequestSpec { Method = "DELETE", Group = group };

        [Test]
        public void Slow_sink_one_in_flight_latest_wins()
        {
            var clock = new ManualClock(0);
            var q = new DeliveryQueue(clock);
            q.Offer(Put("g", "v1"));
            List<HttpRequestSpec> first = q.TakeReady();
            Assert.That(first.Select(r => r.Body), Is.EqualTo(new[] { "v1" }));
            // the sink is slow: three more pushes arrive while v1 is in flight
            q.Offer(Put("g", "v2")); q.Offer(Put("g", "v3")); q.Offer(Put("g", "v4"));
            Assert.That(q.TakeReady(), Is.Empty, "at most one request in flight per group");
            Assert.That(q.InFlightCount(), Is.EqualTo(1));
            q.Complete(first[0], true);
            List<HttpRequestSpec> next = q.TakeReady();
            Assert.That(next.Select(r => r.Body), Is.EqualTo(new[] { "v4" }), "older unsent states are coalesced away");
        }

        [Test]
        public void Groups_are_independent()
        {
            var q = new DeliveryQueue(new ManualClock(0));
            q.Offer(Put("a", "1")); q.Offer(Put("b", "1"));
            Assert.That(q.TakeReady().Count, Is.EqualTo(2));
        }

        [Test]
        public void Failing_sink_is_probed_once_per_interval_and_never_replays_stale_values()
        {
            var clock = new ManualClock(0);
            var q = new DeliveryQueue(clock) { AttemptIntervalMs = 5000 };
            q.Offer(Put("g", "v1"));
            HttpRequestSpec r = q.TakeReady().Single();
            clock.Advance(300); // the failed request took 300 ms
            q.Complete(r, false);
            Assert.That(q.HasPending("g"), Is.False, "a failed PUT is not retried: its values are stale");
            q.Offer(Put("g", "v2"));
            Assert.That(q.TakeReady(), Is.Empty, "one attempt per interval");
            Assert.That(q.NextWakeInMs(), Is.EqualTo(4700), "counted from the failed attempt's start");
            clock.Advance(4700);
            HttpRequestSpec r2 = q.TakeReady().Single();
            Assert.That(r2.Body, Is.EqualTo("v2"));
            clock.Advance(20_000); // a timeout
            q.Complete(r2, false);
            q.Offer(Put("g", "v3")); q.Offer(Put("g", "v4"));
            Assert.That(q.TakeReady().Single().Body, Is.EqualTo("v4"),
                "the wait never grows: after a long failure the newest state goes at once");
        }

        [Test]
        public void An_outage_of_any_length_never_delays_recovery_beyond_one_interval()
        {
            var clock = new ManualClock(0);
            var q = new DeliveryQueue(clock) { AttemptIntervalMs = 5000 };
            int attempts = 0;
            for (int tick = 0; tick < 200; tick++) // 1000 s of outage, one offer per push tick
            {
                q.Offer(Put("g", "v" + tick));
                foreach (HttpRequestSpec r in q.TakeReady()) { attempts++; q.Complete(r, false); }
                clock.Advance(5000);
            }
            Assert.That(attempts, Is.EqualTo(200), "one probe per interval, no more, no fewer");
            q.Offer(Put("g", "after"));
            Assert.That(q.TakeReady().Single().Body, Is.EqualTo("after"), "the endpoint is back: the next tick's state goes at once");
        }

        [Test]
        public void A_request_is_given_one_interval_to_answer_bounded_below()
        {
            var q = new DeliveryQueue(new ManualClock(0)) { AttemptIntervalMs = 10_000 };
            q.Offer(Put("g", "v1"));
            Assert.That(q.TakeReady().Single().TimeoutMs, Is.EqualTo(10_000), "abandoned by the time the next attempt is due");
            q.AttemptIntervalMs = 1000;
            q.Offer(Put("h", "v1"));
            Assert.That(q.TakeReady().Single().TimeoutMs, Is.EqualTo(DeliveryQueue.MinRequestTimeoutMs), "never less than the floor");
        }

        [Test]
        public void A_hung_request_never_holds_back_the_next_due_attempt()
        {
            var clock = new ManualClock(0);
            var q = new DeliveryQueue(clock) { AttemptIntervalMs = 5000 };
            var started = new List<double>();
            HttpRequestSpec? inFlight = null;
            // ten minutes of a hung endpoint: a push tick every 5 s; the sender aborts each request at its timeout
            for (double t = 0; t < 600_000; t += 100)
            {
                if (inFlight != null && clock.NowMs() - started[^1] >= inFlight.TimeoutMs) { q.Complete(inFlight, false); inFlight = null; }
                if (t % 5000 == 0) q.Offer(Put("g", "v" + t));
                foreach (HttpRequestSpec r in q.TakeReady()) { Assert.That(inFlight, Is.Null, "one in flight"); inFlight = r; started.Add(clock.NowMs()); }
                clock.Advance(100);
            }
            Assert.That(started, Has.Count.EqualTo(120), "one attempt per interval: never more, and a stuck one does not skip a turn");
            for (int i = 1; i < started.Count; i++) Assert.That(started[i] - started[i - 1], Is.EqualTo(5000));
        }

        [Test]
        public void Delete_supersedes_pending_put_and_is_retried()
        {
            var clock = new ManualClock(0);
            var q = new DeliveryQueue(clock);
            q.Offer(Put("g", "v1"));
            HttpRequestSpec inflight = q.TakeReady().Single();
            q.Offer(Put("g", "v2"));
            q.Offer(Del("g"));
            q.Complete(inflight, true);
            HttpRequestSpec d = q.TakeReady().Single();
            Assert.That(d.IsDelete, Is.True);
            q.Complete(d, false);
            Assert.That(q.HasPending("g"), Is.True, "a failed DELETE is kept");
            clock.Advance(q.AttemptIntervalMs);
            Assert.That(q.TakeReady().Single().IsDelete, Is.True);
        }

        [Test]
        public void A_new_put_replaces_a_pending_delete()
        {
            var q = new DeliveryQueue(new ManualClock(0));
            q.Offer(Del("g"));
            q.Offer(Put("g", "new call"));
            Assert.That(q.TakeReady().Single().Body, Is.EqualTo("new call"), "PUT replaces the whole group anyway");
        }
    }
}
