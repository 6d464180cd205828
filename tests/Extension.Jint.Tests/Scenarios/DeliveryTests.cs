using System.Linq;
using System.Text.Json.Nodes;
using Jint;
using NUnit.Framework;
using WebRtcStatsExporter.JintTests.Harness;

namespace WebRtcStatsExporter.JintTests.Scenarios
{
    /// <summary>Worker restarts, slow and failing Pushgateways, settings changes, counters.</summary>
    public sealed class DeliveryTests : ScenarioBase
    {
        private const string InPackets = "webrtc_inbound_received_packets_total";

        private (Frame f, int pc) ConnectedCall(int tabId, string url = TeamsUrl)
        {
            Frame f = Page(tabId, url);
            Advance(10);
            int pc = NewPc(f);
            SetState(f, pc, "connected");
            return (f, pc);
        }

        [Test]
        public void WorkerRestartMidCall_ResumesTheSameGroupWithoutLosingTheTab()
        {
            Settings();
            B.StartWorker("installed");
            var (f, pc) = ConnectedCall(6);
            Advance(7100);
            var first = Requests("PUT");
            Assert.That(first, Is.Not.Empty);
            double before = Expo.Value(first.Last().Body!, InPackets, "pc=\"0\"");
            Assert.That(B.GetStorage("session", "wse-state"), Is.Not.Null, "live state is kept in chrome.storage.session");

            B.StopWorker();                 // Chrome stops the idle worker: its timers die with it
            Advance(30_000);                // the page keeps polling; messages find no receiver meanwhile
            int putsWhileDown = Requests("PUT").Count;
            B.StartWorker();                // woken again (by the next message or the alarm)
            Advance(12_000);
            var after = Requests("PUT").Skip(putsWhileDown).ToList();
            Assert.That(after, Is.Not.Empty, "pushes resume after the restart");
            Assert.That(after.Select(r => r.Url).Distinct(), Is.EqualTo(new[] { GroupUrl("agent-007", 0) }), "same group: the tab was not lost or re-slotted");
            string body = after.Last().Body!;
            Assert.That(Expo.Value(body, InPackets, "pc=\"0\""), Is.GreaterThanOrEqualTo(before), "counters continue from the saved totals");
            Assert.That(Expo.Value(body, "webrtc_live_connections"), Is.EqualTo(1), "one connection, not a duplicate");
            Assert.That(B.Badge(6), Is.EqualTo("1"));

            ClosePc(f, pc);
            Advance(10_500); // the final sample's push, then the group's DELETE one push interval later
            Assert.That(Requests("DELETE").Select(r => r.Url), Is.EqualTo(new[] { GroupUrl("agent-007", 0) }), "the restarted worker still ends the call");
        }

        [Test]
        public void RestartedWorkerPushesRestoredStateBeforeAnyNewMessage()
        {
            Settings();
            B.StartWorker();
            var (f, pc) = ConnectedCall(6);
            Advance(7100);
            Assert.That(Requests("PUT"), Is.Not.Empty);
            f.Main.Eval("__wse.rtc.mode = 'pending'"); // the page stops delivering new samples
            B.StopWorker();
            int n = Requests("PUT").Count;
            B.StartWorker();
            Advance(6000);
            Assert.That(Requests("PUT").Skip(n).Select(r => r.Url), Has.Member(GroupUrl("agent-007", 0)), "the restored tab is pushed by the new worker");
        }

        [Test]
        public void SlowPushgateway_AnsweringWithinTheInterval_EveryPushLands_OneInFlight()
        {
            Settings();
            B.Fetch.Handler = _ => new FetchReply { LatencyMs = 4800 }; // slow, but within the 5 s push interval
            B.StartWorker();
            ConnectedCall(1);
            Advance(60_000);
            var puts = TabRequests("PUT");
            Assert.That(puts, Has.Count.GreaterThanOrEqualTo(10), "one push per interval");
            Assert.That(puts.Take(puts.Count - 1).Select(r => r.State), Is.All.EqualTo(FetchState.Answered), "a slow answer is waited for, never abandoned");
            Assert.That(B.Fetch.MaxInFlightPerUrl.Values.Max(), Is.EqualTo(1), "never more than one request in flight per group");
            var values = puts.Select(r => Expo.Value(r.Body!, InPackets, "pc=\"0\"")).ToList();
            for (int i = 1; i < values.Count; i++) Assert.That(values[i], Is.GreaterThan(values[i - 1]), "each push carries a newer state");
        }

        [Test]
        public void HungPushgateway_TheStuckRequestIsAbandonedWhenTheNextPushIsDue_AndTheNewestStateGoes()
        {
            Settings();
            B.Fetch.Handler = _ => FetchReply.Held();
            B.StartWorker();
            ConnectedCall(1);
            Advance(100);
            FetchRequest first = B.Fetch.Requests.Single(); // the new call's first sample goes at once
            Advance(5000);
            Assert.That(first.State, Is.EqualTo(FetchState.Aborted), "aborted through AbortController");
            Assert.That(first.EndedAt! - first.At, Is.EqualTo(5000).Within(1), "after one push interval");
            Assert.That(B.Fetch.Requests, Has.Count.EqualTo(2), "the next push went when the stuck one was abandoned, not later");
            FetchRequest second = B.Fetch.Requests[1];
            Assert.That(second.At - first.At, Is.EqualTo(5000).Within(1));
            Assert.That(B.Fetch.MaxInFlightPerUrl[first.Url], Is.EqualTo(1), "never two in flight");
            Assert.That(Expo.Value(second.Body!, InPackets, "pc=\"0\""), Is.GreaterThan(Expo.Value(first.Body!, InPackets, "pc=\"0\"")), "and it carries the newer state");
            var popup = new Realm(B, "popup", "worker", null);
            B.DeadRealms.Add(popup);
            var json = JsonNode.Parse(popup.Await(popup.Eval("chrome.runtime.sendMessage({ type: 'wse/status', tabId: 1 }).then(r => JSON.stringify(r))")).AsString())!;
            Assert.That(json["lastError"]!.ToString(), Is.EqualTo("No answer within 5 seconds (one push interval)."), "the popup names the hang");
            second.Respond(200);
        }

        /// <summary>The popup words a failed push as the options page's connection test words the same
        /// answer (one table, <c>EndpointProblems</c>), with the push's own hint for a 404.</summary>
        [TestCase(404, "Not Found", "", "HTTP 404 Not Found: nothing at this address. Check the URL and the sink type.")]
        [TestCase(401, "Unauthorized", "", "HTTP 401 Unauthorized: the endpoint wants credentials, or rejected the ones given.")]
        [TestCase(403, "Forbidden", "denied", "HTTP 403 Forbidden: the credentials are not allowed to write here.")]
        [TestCase(400, "Bad Request", "", "HTTP 400 Bad Request: a metric type conflict or a malformed request.")]
        [TestCase(503, "", "", "HTTP 503.")] // HTTP/2 has no status text; a retryable answer's body is not read
        [TestCase(-1, "", "", "Unreachable: no answer from the metrics server (server down, wrong address or port, certificate problem, a redirect, or refused by CORS).")]
        public void FailedPush_ThePopupSaysWhyInTheConnectionTestsWords(int status, string text, string body, string shown)
        {
            Settings();
            B.Fetch.Handler = _ => status < 0 ? FetchReply.Network() : FetchReply.Http(status, text, body);
            B.StartWorker();
            ConnectedCall(1);
            Advance(100);
            Assert.That(B.Fetch.Requests, Is.Not.Empty);
            var popup = new Realm(B, "popup", "worker", null);
            B.DeadRealms.Add(popup);
            var json = JsonNode.Parse(popup.Await(popup.Eval("chrome.runtime.sendMessage({ type: 'wse/status', tabId: 1 }).then(r => JSON.stringify(r))")).AsString())!;
            Assert.That(json["lastError"]!.ToString(), Is.EqualTo(shown));
        }

        [TestCase(503)]
        [TestCase(500)]
        [TestCase(-1)] // network error: fetch rejects with TypeError("Failed to fetch")
        public void FailingPushgateway_NoCrash_Retries_NoStaleReplay(int status)
        {
            Settings();
            int failures = 3;
            B.Fetch.Handler = r => failures-- > 0 ? (status < 0 ? FetchReply.Network() : FetchReply.Http(status, "Service Unavailable")) : FetchReply.Ok();
            B.StartWorker();
            ConnectedCall(1);
            Advance(60_000);
            var puts = TabRequests("PUT");
            Assert.That(failures, Is.LessThan(0), "the three failures happened");
            Assert.That(puts.Count(r => r.Status == 200), Is.GreaterThan(0), "delivery recovers");
            Assert.That(puts.Last().Status, Is.EqualTo(200));
            Assert.That(puts.Count, Is.GreaterThan(4), "it keeps retrying after failures");
            Assert.That(B.Fetch.MaxInFlightPerUrl.Values.Max(), Is.EqualTo(1), "never more than one request in flight");
            // no stale replay: every request carries a newer state than the one before (a failed PUT is
            // never re-sent as is)
            var values = puts.Select(r => Expo.Value(r.Body!, InPackets, "pc=\"0\"")).ToList();
            for (int i = 1; i < values.Count; i++)
                Assert.That(values[i], Is.GreaterThan(values[i - 1]), $"PUT #{i + 1} replays an old state: {string.Join(", ", values)}");
        }

        [Test]
        public void SettingsChangeMidCall_NextPushUsesTheNewAgentId()
        {
            Settings();
            B.StartWorker();
            ConnectedCall(1);
            Advance(7100);
            Assert.That(Requests("PUT").Last().Url, Is.EqualTo(GroupUrl("agent-007", 0)));
            var s = B.GetStorage("sync", "settings")!.AsObject();
            s["agentId"] = "agent-042";
            B.WriteStorage("sync", new JsonObject { ["settings"] = s.DeepClone() });
            int n = Requests("PUT").Count;
            Advance(5100);
            var later = Requests("PUT").Skip(n).ToList();
            Assert.That(later, Is.Not.Empty);
            Assert.That(later.Last().Url, Is.EqualTo(GroupUrl("agent-042", 0)), "new agent id in the grouping key without a reload");
            Assert.That(later.Last().Body, Does.Contain("agent_id=\"agent-042\""));
            Assert.That(later.Last().Body, Does.Not.Contain("agent-007"));
        }

        [Test]
        public void SettingsChangeMidCall_TheOldAgentsGroupIsDeleted()
        {
            Settings();
            B.StartWorker();
            ConnectedCall(1);
            Advance(7100);
            var s = B.GetStorage("sync", "settings")!.AsObject();
            s["agentId"] = "agent-042";
            B.WriteStorage("sync", new JsonObject { ["settings"] = s.DeepClone() });
            Advance(5100 + 120_000); // a push and two sweeps
            Assert.That(Requests("DELETE").Select(r => r.Url), Has.Member(GroupUrl("agent-007", 0)),
                "the group pushed under the old agent id must not stay in the Pushgateway forever (its series would read as a live call)");
        }

        [Test]
        public void CounterResets_ExportedCountersStayMonotonic()
        {
            Settings(s => s["pushIntervalSeconds"] = 5);
            B.StartWorker();
            Frame f = Page(1);
            Advance(10);
            // packetsReceived per poll: 100, 200, 50 (the browser's counter restarted), 80, 90...
            f.Main.Eval(@"__wse.rtc.script = (n, fx) => fx.map(s => { if (s.type === 'inbound-rtp') s.packetsReceived = [0, 100, 200, 50, 80, 90, 95, 97, 98, 99][Math.min(n, 9)]; return s; });");
            int pc = NewPc(f);
            f.Main.Eval($"__pcs[{pc}].__script = __wse.rtc.script");
            SetState(f, pc, "connected");
            var seen = new System.Collections.Generic.List<double>();
            for (int i = 0; i < 8; i++)
            {
                Advance(2000);
                if (i % 2 == 1) Advance(500);
            }
            Advance(5000);
            seen = Requests("PUT").Select(r => Expo.Value(r.Body!, InPackets, "pc=\"0\"")).ToList();
            Assert.That(seen, Is.Not.Empty);
            Assert.That(seen, Is.Ordered.Ascending, "pushed counter never decreases: " + string.Join(", ", seen));
            int polls = (int)f.Main.Eval($"__pcs[{pc}].__polls").AsNumber();
            double[] raw = { 0, 100, 200, 50, 80, 90, 95, 97, 98, 99 };
            double expected = 0, last = 0;
            for (int n = 1; n <= polls; n++) { double v = raw[System.Math.Min(n, 9)]; expected += v >= last ? v - last : v; last = v; }
            Assert.That(seen.Last(), Is.LessThanOrEqualTo(expected));
            Assert.That(seen.Last(), Is.GreaterThan(200), "the reset is added on top of the running total, not restarted from 50");
        }
    }
}
