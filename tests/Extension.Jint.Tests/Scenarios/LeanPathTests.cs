using System.Linq;
using Jint;
using NUnit.Framework;
using WebRtcStatsExporter.JintTests.Harness;

namespace WebRtcStatsExporter.JintTests.Scenarios
{
    /// <summary>Issue 17's hot paths as behaviour (the costs themselves are in tests/Browser.Bench):
    /// one runtime message per poll tick per frame, one session write per push interval, the badge
    /// set only when it changes, a new call pushed at once, no duplicate push from the sweep.</summary>
    public sealed class LeanPathTests : ScenarioBase
    {
        private const int Pcs = 8;

        /// <summary>One frame with <see cref="Pcs"/> connected calls, 1 s poll, 5 s push.</summary>
        private Frame EightConnected(int tabId)
        {
            Settings(s => s["pollIntervalSeconds"] = 1);
            B.StartWorker("installed");
            Frame f = Page(tabId);
            Advance(10);
            for (int i = 0; i < Pcs; i++) SetState(f, NewPc(f), "connected");
            Advance(10);
            return f;
        }

        private int SessionWrites() => B.StorageEvents.Count(e => e.StartsWith("session:"));

        [Test]
        public void EightConnectionsInOneFrame_OneRuntimeMessagePerPollTick()
        {
            EightConnected(4);
            Advance(3000);
            int before = B.MessagesDelivered;
            double polls = B.Frames[0].Main.Eval("__wse.rtc.getStatsCalls").AsNumber();
            Advance(20_000);
            int messages = B.MessagesDelivered - before;
            double polled = B.Frames[0].Main.Eval("__wse.rtc.getStatsCalls").AsNumber() - polls;
            Assert.That(polled, Is.InRange(19 * Pcs, 21 * Pcs), "every connection is still polled every second");
            Assert.That(messages, Is.InRange(19, 21), "one message per tick for all 8 connections (not one per connection)");
            string body = Requests("PUT").Last().Body!;
            Assert.That(Expo.Value(body, "webrtc_live_connections"), Is.EqualTo(Pcs));
            for (int pc = 0; pc < Pcs; pc++)
                Assert.That(Expo.Value(body, "webrtc_inbound_received_packets_total", $"pc=\"{pc}\"", "kind=\"audio\""), Is.GreaterThan(0), "pc " + pc);
        }

        [Test]
        public void TabState_IsWrittenAtMostOncePerPushInterval()
        {
            EightConnected(4);
            Advance(3000);
            int before = SessionWrites();
            Advance(60_000);
            int writes = SessionWrites() - before;
            Assert.That(writes, Is.InRange(1, 60 / 5), "at most one write per 5 s push interval, while 8 connections send every second");
        }

        [Test]
        public void Badge_IsSetOnlyWhenItsTextChanges()
        {
            Frame f = EightConnected(4);
            Advance(3000);
            Assert.That(B.Badge(4), Is.EqualTo("8"));
            int before = B.ActionCalls.Count;
            Advance(30_000);
            Assert.That(B.ActionCalls.Count - before, Is.Zero, "no badge call while the count stays 8");
            ClosePc(f, 3);
            Advance(1000);
            Assert.That(B.Badge(4), Is.EqualTo("7"));
            Assert.That(B.ActionCalls.Skip(before).Count(c => c.StartsWith("setBadgeText")), Is.EqualTo(1), "one call for the change");
        }

        [Test]
        public void NewCall_IsPushedAtOnce_ThenAtThePushCadence()
        {
            Settings();
            B.StartWorker("installed");
            Frame f = Page(6);
            Advance(10);
            double connectedAt = B.Clock.Now;
            SetState(f, NewPc(f), "connected");
            Advance(100);
            var puts = Requests("PUT");
            Assert.That(puts, Has.Count.EqualTo(1), "the first sample of a new call is pushed at once");
            Assert.That(puts[0].At - connectedAt, Is.LessThan(100));
            Assert.That(Expo.Value(puts[0].Body!, "webrtc_live_connections"), Is.EqualTo(1));
            Advance(20_000);
            var later = Requests("PUT").Skip(1).Select(r => r.At).ToList();
            Assert.That(later, Has.Count.InRange(3, 5), "then one push per 5 s interval");
            for (int i = 1; i < later.Count; i++) Assert.That(later[i] - later[i - 1], Is.EqualTo(5000).Within(50));
        }

        [Test]
        public void SweepAlarm_DoesNotRepeatThePushTicksPush()
        {
            Settings();
            B.StartWorker("installed");
            Frame f = Page(6);
            Advance(10);
            SetState(f, NewPc(f), "connected");
            Advance(30_000);
            int before = TabRequests("PUT").Count;
            Advance(180_000); // three sweep alarms (1 min); the agent's own group, pushed by the alarm, is another group
            Assert.That(TabRequests("PUT").Count - before, Is.EqualTo(180 / 5), "one PUT of the call's group per push interval, none added by the alarm");
        }

        [Test]
        public void ConnectionEndedJustBeforeAWorkerStop_StaysEndedAfterTheRestart()
        {
            Settings();
            B.StartWorker("installed");
            Frame f = Page(6);
            Advance(10);
            int a = NewPc(f), b = NewPc(f);
            SetState(f, a, "connected");
            SetState(f, b, "connected");
            Advance(7100);
            ClosePc(f, b);
            Advance(50);               // the end reached the worker; no push tick since
            B.StopWorker();
            B.StartWorker();
            Advance(6000);
            string body = Requests("PUT").Last().Body!;
            Assert.That(Expo.Value(body, "webrtc_live_connections"), Is.EqualTo(1), "the ended connection is not pushed again by the restarted worker");
        }
    }
}
