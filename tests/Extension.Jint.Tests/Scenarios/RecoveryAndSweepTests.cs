using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using NUnit.Framework;
using WebRtcStatsExporter.JintTests.Harness;

namespace WebRtcStatsExporter.JintTests.Scenarios
{
    /// <summary>Issue 14, items 3 and 4, on the real worker bundle and virtual time (push interval 5 s,
    /// poll 2 s): recovery within one push interval after any outage, at most one attempt per push
    /// interval per group during it, no stale replay; a crashed tab's group gone within 30 s; a quit
    /// browser's groups gone within 30 s of the next start; a worker restart does not delay the sweep.</summary>
    public sealed class RecoveryAndSweepTests : ScenarioBase
    {
        private const double PushMs = 5000;
        private const string InPackets = "webrtc_inbound_received_packets_total";

        private Frame Call(int tabId)
        {
            Frame f = Page(tabId);
            Advance(10);
            int pc = NewPc(f);
            SetState(f, pc, "connected");
            return f;
        }

        [TestCase(503)]
        [TestCase(-1)] // refused / reset: fetch rejects
        [TestCase(0)]  // the server hangs: each attempt is abandoned after one push interval
        public void AfterAnyOutage_TheNewestStateLandsWithinOnePushInterval(int failure)
        {
            Settings();
            bool down = false;
            B.Fetch.Handler = r => !down ? FetchReply.Ok()
                : failure > 0 ? FetchReply.Http(failure, "Service Unavailable")
                : failure < 0 ? FetchReply.Network()
                : FetchReply.Held();
            B.StartWorker("installed");
            Call(1);
            Advance(7100);
            Assert.That(TabRequests("PUT").Last().Status, Is.EqualTo(200));

            down = true;
            double outageStart = B.Clock.Now;
            int before = TabRequests("PUT").Count;
            Advance(120_000); // a two-minute outage (the agent's own group, another group, is left out below)
            var during = TabRequests("PUT").Skip(before).ToList();
            Assert.That(during, Is.Not.Empty, "the worker keeps probing");
            Assert.That(during.Count, Is.LessThanOrEqualTo(120_000 / PushMs + 1), "at most one attempt per push interval per group");
            for (int i = 1; i < during.Count; i++)
                Assert.That(during[i].At - during[i - 1].At, Is.GreaterThanOrEqualTo(PushMs - 1), "attempts are at least one push interval apart");
            Assert.That(B.Fetch.MaxInFlightPerUrl.Values.Max(), Is.EqualTo(1), "never more than one request in flight per group");

            down = false;
            double back = B.Clock.Now;
            Advance(PushMs + 500);
            var ok = TabRequests("PUT").Where(r => r.At >= back && r.Status == 200).ToList();
            Assert.That(ok, Is.Not.Empty, "the newest state landed");
            double recoveryMs = ok.First().EndedAt!.Value - back;
            TestContext.Out.WriteLine($"outage by {(failure > 0 ? "HTTP " + failure : failure < 0 ? "network error" : "timeout")}: {during.Count} attempts in {(back - outageStart) / 1000:0} s; recovered {recoveryMs / 1000:0.0} s after the endpoint answered again");
            Assert.That(recoveryMs, Is.LessThanOrEqualTo(PushMs + 100), "within one push interval (for a hang too: the stuck request is abandoned when the next attempt is due)");
            if (failure == 0)
                Assert.That(during.Where(r => r.State == FetchState.Aborted).Select(r => r.EndedAt!.Value - r.At), Is.All.LessThanOrEqualTo(PushMs + 1),
                    "each stuck request was aborted within one push interval");
            var values = TabRequests("PUT").Select(r => Expo.Value(r.Body!, InPackets, "pc=\"0\"")).ToList();
            for (int i = 1; i < values.Count; i++) Assert.That(values[i], Is.GreaterThan(values[i - 1]), "no stale state is ever replayed");
        }

        [Test]
        public void CrashedTab_ItsGroupIsDeletedWithin30Seconds_AndNotPushedMeanwhile()
        {
            Settings();
            B.StartWorker("installed");
            Frame f = Call(8);
            Advance(7100);
            f.Crash();
            double crashedAt = B.Clock.Now;
            Advance(30_000);
            var delete = Requests("DELETE").SingleOrDefault();
            Assert.That(delete, Is.Not.Null, "deleted within 30 s of the crash");
            Assert.That(delete!.Url, Is.EqualTo(GroupUrl("agent-007", 0)));
            TestContext.Out.WriteLine($"crash → DELETE: {(delete.At - crashedAt) / 1000:0.0} s");
            int putsAfterDelete = Requests("PUT").Count(r => r.At > delete.At);
            Assert.That(putsAfterDelete, Is.EqualTo(0), "the dead tab's state is not pushed again");
            Assert.That(B.Badge(8), Is.EqualTo(""));
        }

        [Test]
        public void BrowserQuitMidCall_ItsGroupsAreDeletedWithin30SecondsOfTheNextStart()
        {
            Settings();
            B.StartWorker("installed");
            Call(3);
            Call(4);
            Advance(7100);
            Assert.That(Requests("PUT").Select(r => r.Url).Distinct().Count(), Is.EqualTo(2));
            JsonNode? ledger = B.GetStorage("local", "wse-groups");
            Assert.That(ledger?["slots"]?.AsArray().Count, Is.EqualTo(2), "the pushed groups are listed in chrome.storage.local");

            // the browser quits: renderers and worker die, chrome.storage.session is cleared
            foreach (Frame f in B.Frames.ToList()) f.Crash();
            B.StopWorker();
            B.Storage["session"].Clear();
            Advance(3_600_000);
            int before = B.Fetch.Requests.Count;
            double start = B.Clock.Now;
            B.StartWorker("startup");
            Advance(30_000);
            var deletes = B.Fetch.Requests.Skip(before).Where(r => r.Method == "DELETE").ToList();
            Assert.That(deletes.Select(r => r.Url), Is.EquivalentTo(new[] { GroupUrl("agent-007", 0), GroupUrl("agent-007", 1) }),
                "both groups of the quit session deleted");
            Assert.That(deletes.Max(r => r.At) - start, Is.LessThanOrEqualTo(30_000));
            Assert.That(B.GetStorage("local", "wse-groups")?["slots"]?.AsArray().Count, Is.EqualTo(0), "and struck off the list");
        }

        [Test]
        public void BrowserQuit_ThenSettingsChanged_TheOldGroupsAreDeletedWhereTheyLive()
        {
            Settings();
            B.StartWorker("installed");
            Call(3);
            Advance(7100);
            foreach (Frame f in B.Frames.ToList()) f.Crash();
            B.StopWorker();
            B.Storage["session"].Clear();
            Settings(s => s["agentId"] = "agent-new");
            int before = B.Fetch.Requests.Count;
            B.StartWorker("startup");
            Advance(30_000);
            Assert.That(B.Fetch.Requests.Skip(before).Where(r => r.Method == "DELETE").Select(r => r.Url), Is.EqualTo(new[] { GroupUrl("agent-007", 0) }));
        }

        [Test]
        public void WorkerRestart_DoesNotPostponeTheSweepAlarm()
        {
            Settings();
            B.StartWorker("installed");
            Advance(10);
            double scheduled = B.Alarms["wse-sweep"].ScheduledTime;
            Advance(40_000);
            B.StopWorker();
            B.StartWorker();
            Advance(10);
            Assert.That(B.Alarms["wse-sweep"].ScheduledTime, Is.EqualTo(scheduled), "the alarm is not re-armed a full period later at each start");
        }
    }
}
