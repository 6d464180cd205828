using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using WebRtcStatsExporter.Background;
using WebRtcStatsExporter.Shared;
using WebRtcStatsExporter.Worker.Tests.Fakes;

namespace WebRtcStatsExporter.Worker.Tests
{
    /// <summary>Issue 15, item 5: the worker's services, each an instance built with its storage,
    /// sender, timers and clock, tested natively with the fakes beside them.</summary>
    public sealed class WorkerServicesTests
    {
        private const string Group3 = WorkerUnderTest.Gateway + "/metrics/job/webrtc/instance/agent-007/tab/";

        [Test]
        public async Task A_tick_pushes_each_live_tab_and_records_it_as_pushed()
        {
            var w = new WorkerUnderTest();
            await w.Start();
            TabRecord t = w.Call(7);
            await w.Push.Tick();
            Assert.That(w.Requests(), Is.EqualTo(new[] { "PUT " + Group3 + t.groupSlot }));
            Assert.That(w.Tabs.State.pushedSlots, Is.EqualTo(new[] { t.groupSlot }));
            Assert.That(w.Health.Pushes, Is.EqualTo(0), "the fake sender does not report to Health; the real one does");
            Assert.That(w.Session.Writes, Is.GreaterThan(0), "the tab state is saved after the tick");
        }

        [Test]
        public async Task The_push_timer_runs_only_while_a_tab_is_live_and_follows_the_interval()
        {
            var w = new WorkerUnderTest();
            await w.Start();
            w.Push.EnsureRunning();
            Assert.That(w.Timers.Intervals, Is.EqualTo(0));
            w.Call(7);
            w.Push.EnsureRunning();
            Assert.That(w.Timers.IntervalMs, Is.EqualTo(5000));
            w.Timers.Advance(5000);
            Assert.That(w.Sender.Sent.Count(r => r.Method == "PUT"), Is.EqualTo(1), "the timer ran a tick");
            w.Settings.Current.pushIntervalSeconds = 10;
            w.Push.EnsureRunning();
            Assert.That(w.Timers.Intervals, Is.EqualTo(1));
            Assert.That(w.Timers.IntervalMs, Is.EqualTo(10000));
        }

        [Test]
        public async Task Ending_a_tab_deletes_its_group_forgets_it_and_clears_the_badge()
        {
            var w = new WorkerUnderTest();
            await w.Start();
            TabRecord t = w.Call(7);
            await w.Push.Tick();
            await w.Push.EndTab(t);
            Assert.That(w.Requests().Last(), Is.EqualTo("DELETE " + Group3 + t.groupSlot));
            Assert.That(w.Tabs.State.tabs, Is.Empty);
            Assert.That(w.Tabs.State.pushedSlots, Is.Empty, "a delete that succeeded unmarks the slot");
            Assert.That(w.Badge.Shown, Does.Contain(7));
        }

        [Test]
        public async Task A_restarted_worker_restores_the_tab_state_from_session_storage()
        {
            var w = new WorkerUnderTest();
            await w.Start();
            TabRecord t = w.Call(7);
            await w.Push.Tick();
            var again = new WorkerUnderTest(session: w.Session, local: w.Local);
            await again.Start();
            Assert.That(again.Tabs.State.tabs.Select(x => x.tabId), Is.EqualTo(new[] { 7 }));
            Assert.That(again.Tabs.State.pushedSlots, Is.EqualTo(new[] { t.groupSlot }));
        }

        [Test]
        public async Task The_ledger_is_written_only_after_adoption_and_only_when_it_changes()
        {
            var w = new WorkerUnderTest();
            await w.Tabs.Save();
            Assert.That(w.Local.Items, Is.Empty, "nothing is written before the previous list was read");
            await w.Start();
            w.Call(7);
            await w.Push.Tick();
            Assert.That(w.Local.Items.Keys, Is.EqualTo(new[] { GroupLedger.StorageKey }));
            int writes = w.Local.Writes;
            await w.Push.Tick();
            Assert.That(w.Local.Writes, Is.EqualTo(writes), "same groups, same settings: no write");
        }

        [Test]
        public async Task A_quit_browsers_groups_are_deleted_by_the_next_workers_sweep()
        {
            var before = new WorkerUnderTest();
            await before.Start();
            TabRecord t = before.Call(7);
            await before.Push.Tick();
            // The browser quits: session storage is gone, local storage (the ledger) stays.
            var after = new WorkerUnderTest(local: before.Local);
            await after.Start();
            Assert.That(after.Tabs.State.pushedSlots, Is.EqualTo(new[] { t.groupSlot }), "adopted");
            await after.Sweeper.Sweep();
            Assert.That(after.Requests(), Is.EqualTo(new[] { "DELETE " + Group3 + t.groupSlot }));
            Assert.That(after.Tabs.State.pushedSlots, Is.Empty);
        }

        [Test]
        public async Task Orphans_under_an_old_agent_id_are_deleted_under_that_id()
        {
            var before = new WorkerUnderTest();
            await before.Start();
            TabRecord t = before.Call(7);
            await before.Push.Tick();
            var after = new WorkerUnderTest(local: before.Local);
            after.Settings.Current.agentId = "agent-008";
            await after.Start();
            after.Push.Pump();
            Assert.That(after.Requests(), Is.EqualTo(new[] { "DELETE " + Group3 + t.groupSlot }));
            Assert.That(after.Tabs.State.pushedSlots, Is.Empty, "never adopted under the new id");
        }

        [Test]
        public async Task The_sweep_ends_tabs_the_browser_no_longer_has()
        {
            var w = new WorkerUnderTest();
            await w.Start();
            TabRecord t = w.Call(7);
            await w.Push.Tick();
            w.BrowserTabs.Open.Remove(7);
            await w.Sweeper.Sweep();
            Assert.That(w.Requests().Last(), Is.EqualTo("DELETE " + Group3 + t.groupSlot));
            Assert.That(w.Tabs.State.tabs, Is.Empty);
        }

        [Test]
        public async Task A_silent_tab_is_ended_at_the_next_tick()
        {
            var w = new WorkerUnderTest();
            await w.Start();
            TabRecord t = w.Call(7);
            await w.Push.Tick();
            w.Clock.Advance(Sweeper.SilentAfterMs(w.Settings.Current.pollIntervalSeconds) + 1);
            await w.Push.Tick();
            Assert.That(w.Requests().Last(), Is.EqualTo("DELETE " + Group3 + t.groupSlot));
            Assert.That(w.Sender.Sent.Count(r => r.Method == "PUT"), Is.EqualTo(1), "not pushed again once silent");
        }

        [Test]
        public async Task A_refused_push_is_not_retried_and_the_next_tick_carries_the_latest_state()
        {
            var w = new WorkerUnderTest();
            await w.Start();
            w.Call(7);
            w.Sender.Status = 503;
            await w.Push.Tick();
            w.Timers.Advance(4999);
            Assert.That(w.Sender.Sent.Count, Is.EqualTo(1), "a failed PUT is dropped, not replayed before the next tick");
            w.Sender.Status = 200;
            w.Timers.Advance(1);
            Assert.That(w.Sender.Sent.Count, Is.EqualTo(2), "the push timer's next tick");
            Assert.That(w.Sender.Sent[1].Status, Is.EqualTo(200));
        }

        [Test]
        public async Task A_failed_storage_write_in_a_tick_is_counted_logged_and_the_next_tick_works()
        {
            var w = new WorkerUnderTest();
            await w.Start();
            w.Call(7);
            w.Session.FailWrites = true;
            await w.Errors.Guard(WorkerErrors.Push, w.Push.Tick());
            Assert.That(w.Errors.Count(WorkerErrors.Push), Is.EqualTo(1));
            Assert.That(w.Log.Lines, Has.Count.EqualTo(1));
            Assert.That(w.Log.Lines[0], Does.StartWith(WorkerErrors.LogPrefix + "push: "));
            Assert.That(w.Health.LastError, Does.Contain("Internal error"));
            w.Session.FailWrites = false;
            await w.Errors.Guard(WorkerErrors.Push, w.Push.Tick());
            Assert.That(w.Errors.Count(WorkerErrors.Push), Is.EqualTo(1));
            // exported from the agent's group: push counted once, every other place at 0
            Assert.That(AgentCounterOps.Value(w.Tabs.State.agent, AgentCounterOps.WorkerErrors, "", WorkerErrors.Push), Is.EqualTo(1));
            AgentCounterOps.EnsureSelf(w.Tabs.State.agent);
            Assert.That(WorkerErrorPlaces.All.Where(p => p != WorkerErrors.Push)
                .Select(p => AgentCounterOps.Value(w.Tabs.State.agent, AgentCounterOps.WorkerErrors, "", p)), Is.All.EqualTo(0));
            Assert.That(w.Tabs.State.agent.counters.Count(c => c.name == AgentCounterOps.WorkerErrors), Is.EqualTo(WorkerErrorPlaces.All.Length));
        }

        [Test]
        public async Task A_delivery_that_throws_is_counted_under_delivery_and_its_address_is_not_logged()
        {
            var w = new WorkerUnderTest();
            await w.Start();
            w.Call(7);
            w.Sender.Throw = true;
            await w.Push.Tick();
            Assert.That(w.Errors.Count(WorkerErrors.Delivery), Is.EqualTo(1));
            Assert.That(w.Log.Lines.Single(), Does.StartWith(WorkerErrors.LogPrefix + "delivery: "));
            Assert.That(w.Log.Lines.Single(), Does.Not.Contain("pgw.example"));
        }

        [TestCase("Failed to fetch https://pgw.example:9091/metrics/job/x", "Failed to fetch [address]")]
        [TestCase(" two  spaces, ws://a.example and http://b.example/ ", " two  spaces, [address] and [address] ")]
        [TestCase("https://only.example", "[address]")]
        [TestCase("", "")]
        public void An_error_is_logged_without_the_addresses_it_quotes(string message, string logged)
        {
            Assert.That(WorkerErrors.Describe(new System.Exception(message)), Is.EqualTo(logged));
        }

        [Test]
        public void A_long_error_message_is_cut_at_200_characters()
        {
            string text = WorkerErrors.Describe(new System.Exception(new string('x', 150) + " https://a.example " + new string('y', 100)));
            Assert.That(text, Is.EqualTo(new string('x', 150) + " [address] " + new string('y', 39) + "…"));
        }

        [Test]
        public async Task The_settings_loader_applies_policy_over_the_users_settings()
        {
            var w = new WorkerUnderTest();
            w.SettingsStorage.SetJson("sync", "{\"settings\":{\"version\":2,\"url\":\"http://pgw.test:9091\",\"agentId\":\"mine\"}}");
            w.SettingsStorage.SetJson("managed", "{\"agentId\":\"from-policy\"}");
            Settings s = await w.Settings.Load();
            Assert.That(s.agentId, Is.EqualTo("from-policy"));
            Assert.That(w.Settings.Current, Is.SameAs(s));
            Assert.That((await w.Settings.Fresh()).PolicyProblems, Is.Empty);
        }
    }
}
