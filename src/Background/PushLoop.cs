using System.Collections.Generic;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>Every push interval: one snapshot per live tab → the sink, through the
    /// <see cref="DeliveryQueue"/> (one request in flight per group, latest state wins). A timer
    /// drives it while calls are live; the sweep alarm (≥ 30 s in MV3) is the safety net.</summary>
    public static class PushLoop
    {
        public static readonly DeliveryQueue Queue = new DeliveryQueue(new SystemClock());
        private static int timer = -1;
        private static int timerSeconds;
        private static int retryTimer = -1;
        /// <summary>When <see cref="Tick"/> last offered every live tab (0: not yet in this worker).</summary>
        private static double lastTickAt;

        public static GroupKey Key(Settings s, int groupSlot) => new GroupKey { Job = s.job, Agent = s.agentId, TabSlot = groupSlot, Labels = s.labels };

        /// <summary>Starts (or re-times) the interval timer when a tab is live; stops it otherwise.</summary>
        public static void EnsureRunning()
        {
            bool live = false;
            foreach (TabRecord t in TabRegistry.State.tabs) if (t.connections.Count > 0) live = true;
            int seconds = SettingsLoader.Current.pushIntervalSeconds;
            Queue.AttemptIntervalMs = seconds * 1000.0;
            if (live && (timer < 0 || timerSeconds != seconds))
            {
                if (timer >= 0) Dom.ClearInterval(timer);
                timerSeconds = seconds;
                timer = Dom.SetInterval(() => { _ = Tick(); }, seconds * 1000.0);
            }
            else if (!live && timer >= 0)
            {
                Dom.ClearInterval(timer);
                timer = -1;
            }
        }

        public static async Task Tick()
        {
            await TabRegistry.Ready();
            Settings s = SettingsLoader.Current;
            if (SettingsStore.Validate(s).Count > 0 || !s.enabled) return;
            Queue.AttemptIntervalMs = s.pushIntervalSeconds * 1000.0;
            await Sweeper.ExpireSilent();
            if (HostAccess.EndpointMissing(s))
            {
                // Nothing is sent (and nothing lost: the next push carries the latest state).
                Health.LastError = "Chrome has not granted access to " + UrlParts.Parse(s.url)!.Origin + ": open the extension's popup and press Allow.";
                return;
            }
            lastTickAt = JsDate.Now();
            foreach (TabRecord t in TabRegistry.State.tabs) Offer(s, t);
            // the one write of this push interval (samples since the last tick, pushed slots)
            await TabRegistry.SaveIfChanged();
            Pump();
            EnsureRunning();
        }

        /// <summary>For the sweep: a tick unless the timer's tick already pushed every live tab within
        /// the last push interval (the sweep never sends the same state twice).</summary>
        public static async Task TickIfDue()
        {
            double intervalMs = SettingsLoader.Current.pushIntervalSeconds * 1000.0;
            if (timer >= 0 && lastTickAt > 0 && JsDate.Now() - lastTickAt < intervalMs * 1.5) { EnsureRunning(); return; }
            await Tick();
        }

        /// <summary>A new call's first sample, pushed at once so its series appear within seconds; the
        /// tick's cadence follows.</summary>
        public static async Task PushNow(TabRecord t)
        {
            Settings s = SettingsLoader.Current;
            if (SettingsStore.Validate(s).Count > 0 || !s.enabled || HostAccess.EndpointMissing(s)) return;
            if (!Offer(s, t)) return;
            Pump();
            await TabRegistry.Save();
        }

        /// <summary>Queues the tab's snapshot (the queue keeps the latest per group); false when the
        /// tab has nothing to push.</summary>
        private static bool Offer(Settings s, TabRecord t)
        {
            if (t.connections.Count == 0) return false;
            HttpRequestSpec? r = Sinks.Push(s, Key(s, t.groupSlot), MetricsModel.Build(t, s.agentId));
            if (r == null) return false;
            Queue.Offer(r);
            // a group's first push must reach the ledger (GroupLedger) in this tick's write
            if (!TabRegistry.State.pushedSlots.Contains(t.groupSlot)) TabRegistry.Changed();
            TabStates.MarkPushed(TabRegistry.State, t.groupSlot);
            return true;
        }

        /// <summary>The tab's calls all ended (or it closed/navigated): delete its group, forget it.</summary>
        public static async Task EndTab(TabRecord t)
        {
            Settings s = SettingsLoader.Current;
            HttpRequestSpec? d = Sinks.Delete(s, Key(s, t.groupSlot));
            if (d != null) Queue.Offer(d);
            else TabStates.MarkDeleted(TabRegistry.State, t.groupSlot); // VictoriaMetrics: stop sending, series go stale
            TabStates.Forget(TabRegistry.State, t.tabId);
            await TabRegistry.Save();
            await Badge.Show(t.tabId);
            Pump();
            EnsureRunning();
        }

        /// <summary>Settings that change where a group lives (endpoint, sink, job, agent id) would orphan
        /// the groups already pushed: delete them under the old key before the next push.</summary>
        public static async Task RetireOldGroups(Settings before, Settings after)
        {
            if (SettingsStore.SameDestination(before, after)) return;
            if (SettingsStore.Validate(before).Count > 0) return;
            foreach (int slot in new List<int>(TabRegistry.State.pushedSlots))
            {
                HttpRequestSpec? d = Sinks.Delete(before, Key(before, slot));
                if (d != null) Queue.Offer(d);
                TabStates.MarkDeleted(TabRegistry.State, slot);
            }
            await TabRegistry.Save();
            Pump();
        }

        /// <summary>Starts every request the queue allows now; re-pumps after each completes and when
        /// a backoff expires.</summary>
        public static void Pump()
        {
            List<HttpRequestSpec> ready = Queue.TakeReady();
            foreach (HttpRequestSpec r in ready) _ = Deliver(r);
            double wait = Queue.NextWakeInMs();
            if (wait > 0 && retryTimer < 0)
            {
                retryTimer = Dom.SetTimeout(() => { retryTimer = -1; Pump(); }, wait);
            }
        }

        private static async Task Deliver(HttpRequestSpec r)
        {
            bool ok = await HttpSender.Send(r);
            Queue.Complete(r, ok, RetryPolicy.IsRetryable(r.Status));
            if (ok && r.IsDelete)
            {
                Settings s = SettingsLoader.Current;
                foreach (int slot in new List<int>(TabRegistry.State.pushedSlots))
                {
                    if (Key(s, slot).Id == r.Group) TabStates.MarkDeleted(TabRegistry.State, slot);
                }
                await TabRegistry.Save();
            }
            Pump();
        }
    }
}
