using System.Linq;
using NUnit.Framework;
using WebRtcStatsExporter.JintTests.Harness;

namespace WebRtcStatsExporter.JintTests.Scenarios
{
    /// <summary>Issue 13's agent group through the real worker bundle: pushed once a minute by the
    /// sweep alarm whether or not a call is live, with the extension's self-metrics and the call
    /// counters that outlive calls.</summary>
    public sealed class AgentGroupTests : ScenarioBase
    {
        private string LastAgentPush()
        {
            var puts = Requests("PUT").Where(r => r.Url == AgentGroupUrl("agent-007")).ToList();
            Assert.That(puts, Is.Not.Empty, "the agent's own group was pushed");
            string body = puts.Last().Body!;
            Assert.That(Expo.Promtool(body), Is.Empty, "promtool check metrics complained on:\n" + body);
            return body;
        }

        private (Frame f, int pc) Call(int tabId, string? script = null)
        {
            Frame f = Page(tabId);
            Advance(10);
            int pc = NewPc(f);
            if (script != null) f.Main.Eval($"__pcs[{pc}].__script = {script}");
            SetState(f, pc, "connecting");
            SetState(f, pc, "connected");
            return (f, pc);
        }

        [Test]
        public void TheAgentGroupCarriesSelfMetricsAndCallCountersAndOutlivesTheCall()
        {
            Settings();
            B.StartWorker("installed");
            var (f, pc) = Call(5);
            Advance(61_000);
            string during = LastAgentPush();
            Assert.Multiple(() =>
            {
                Assert.That(Expo.Value(during, "webrtc_exporter_info", "version=\"0.1.0\""), Is.EqualTo(1), "the manifest's version");
                Assert.That(Expo.Value(during, "webrtc_exporter_live_connections"), Is.EqualTo(1));
                Assert.That(Expo.Value(during, "webrtc_exporter_push_interval_seconds"), Is.EqualTo(5));
                Assert.That(Expo.Value(during, "webrtc_exporter_pushes_total", "result=\"ok\""), Is.GreaterThanOrEqualTo(10), "the call's pushes");
                Assert.That(Expo.Value(during, "webrtc_exporter_pushes_total", "result=\"http_5xx\""), Is.EqualTo(0));
                Assert.That(Expo.Value(during, "webrtc_exporter_last_push_timestamp_seconds"), Is.GreaterThan(B.Clock.Now / 1000 - 10));
                Assert.That(Expo.Value(during, "webrtc_exporter_worker_starts_total"), Is.EqualTo(1));
                Assert.That(Expo.Value(during, "webrtc_agent_calls_started_total", "platform=\"teams\""), Is.EqualTo(1));
                Assert.That(Expo.Value(during, "webrtc_agent_calls_connected_total", "platform=\"teams\""), Is.EqualTo(1));
                Assert.That(Expo.Value(during, "webrtc_agent_call_seconds_total", "platform=\"teams\""), Is.InRange(50, 62));
                Assert.That(Expo.Value(during, "webrtc_agent_poor_calls_total", "reason=\"loss\""), Is.EqualTo(0));
                Assert.That(during, Does.Not.Contain("tab=\""), "no tab label: the group is the agent's");
            });

            ClosePc(f, pc);
            Advance(11_000);
            Assert.That(Requests("DELETE").Select(r => r.Url), Is.EqualTo(new[] { GroupUrl("agent-007", 0) }), "the call's group went");
            Advance(60_000);
            string idle = LastAgentPush();
            Assert.That(Expo.Value(idle, "webrtc_exporter_live_connections"), Is.EqualTo(0), "idle: a fresh group with no live connection");
            Assert.That(Expo.Value(idle, "webrtc_agent_calls_started_total", "platform=\"teams\""), Is.EqualTo(1), "the counters outlive the call");
            int pushes = Requests("PUT").Count(r => r.Url == AgentGroupUrl("agent-007"));
            Advance(180_000);
            Assert.That(Requests("PUT").Count(r => r.Url == AgentGroupUrl("agent-007")), Is.GreaterThanOrEqualTo(pushes + 3), "kept fresh once a minute while idle");
            Assert.That(Requests("DELETE").Where(r => r.Url == AgentGroupUrl("agent-007")), Is.Empty, "never deleted while the agent id stays");
        }

        [Test]
        public void APoorCallIsCountedByReasonWhenItEnds_AndAFailedOneByWhatFailed()
        {
            Settings();
            B.StartWorker();
            // 20 % loss both ways
            var (f, pc) = Call(6, @"(n, fx) => fx.map(s => {
                if (s.type === 'inbound-rtp') { s.packetsReceived = 400 * n; s.packetsLost = 100 * n; }
                if (s.type === 'outbound-rtp') s.packetsSent = 500 * n;
                if (s.type === 'remote-inbound-rtp') s.packetsLost = 100 * n;
                return s; })");
            Advance(30_000);
            ClosePc(f, pc);
            // a second connection fails its DTLS handshake before connecting
            int failing = NewPc(f);
            f.Main.Eval($@"__pcs[{failing}].__script = (n, fx) => fx.map(s => {{ if (s.type === 'transport') s.dtlsState = 'failed'; return s; }})");
            SetState(f, failing, "connecting");
            Advance(2100);
            SetState(f, failing, "failed");
            Advance(61_000);
            string body = LastAgentPush();
            Assert.Multiple(() =>
            {
                Assert.That(Expo.Value(body, "webrtc_agent_poor_calls_total", "platform=\"teams\"", "reason=\"loss\""), Is.EqualTo(1));
                Assert.That(Expo.Value(body, "webrtc_agent_calls_started_total", "platform=\"teams\""), Is.EqualTo(2));
                Assert.That(Expo.Value(body, "webrtc_agent_calls_connected_total", "platform=\"teams\""), Is.EqualTo(1));
                Assert.That(Expo.Value(body, "webrtc_agent_calls_failed_total", "reason=\"dtls\""), Is.EqualTo(1));
                Assert.That(Expo.Value(body, "webrtc_agent_calls_failed_total", "reason=\"ice\""), Is.EqualTo(0));
            });
        }

        [Test]
        public void WorkerRestartsAndDroppedMessagesAreCounted()
        {
            Settings();
            B.StartWorker();
            Frame f = Page(2);
            Advance(10);
            B.SendToWorkerFrom(f, "{\"type\":\"wse/poll\",\"stats\":[{\"type\":\"wse/stats\",\"pc\":0,\"state\":\"connected\",\"at\":1,\"samples\":[{\"type\":\"no-such-type\"}]}],\"closed\":[]}");
            Advance(1000);
            B.StopWorker();
            B.StartWorker();
            Advance(61_000);
            string body = LastAgentPush();
            Assert.That(Expo.Value(body, "webrtc_exporter_worker_starts_total"), Is.EqualTo(2), "the count survives the restart (chrome.storage.session)");
            Assert.That(Expo.Value(body, "webrtc_exporter_dropped_messages_total"), Is.EqualTo(1));
        }
    }
}
