using System.Collections.Generic;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>Every push interval: one snapshot per live tab → the sink, through the
    /// <see cref="DeliveryQueue"/> (one request in flight per group, latest state wins). A timer
    /// drives it while calls are live; the sweep alarm (≥ 30 s in MV3) is the safety net.</summary>
    public sealed class PushLoop
    {
        public readonly DeliveryQueue Queue;
        private readonly TabRegistry tabs;
        private readonly SettingsLoader settings;
        private readonly IRequestSender sender;
        private readonly ITimers timers;
        private readonly IBadge badge;
        private readonly HostAccess access;
        private readonly Health health;
        private readonly WorkerErrors errors;
        private readonly IClock clock;
        /// <summary>When this worker started: silence is not counted while no worker was listening.</summary>
        private readonly double workerStartedAt;
        private int timer = -1;
        private int timerSeconds;
        private int retryTimer = -1;
        /// <summary>When <see cref="Tick"/> last offered every live tab (0: not yet in this worker).</summary>
        private double lastTickAt;

        public PushLoop(TabRegistry tabs, SettingsLoader settings, DeliveryQueue queue, IRequestSender sender, ITimers timers,
            IBadge badge, HostAccess access, Health health, WorkerErrors errors, IClock clock)
        {
            this.tabs = tabs;
            this.settings = settings;
            Queue = queue;
            this.sender = sender;
            this.timers = timers;
            this.badge = badge;
            this.access = access;
            this.health = health;
            this.errors = errors;
            this.clock = clock;
            workerStartedAt = clock.NowMs();
        }

        public static GroupKey Key(Settings s, int groupSlot) => new GroupKey { Job = s.job, Agent = s.agentId, TabSlot = groupSlot, Labels = s.labels };

        /// <summary>The agent's own group: self-metrics and call counters, no tab label, never deleted
        /// while the agent id stays (an idle agent keeps it fresh; a silent one lets it go stale).</summary>
        public static GroupKey AgentKey(Settings s) => Key(s, GroupKey.AgentGroup);

        private string? version;

        /// <summary>The extension's version, from its manifest.</summary>
        public string Version()
        {
            if (version != null) return version;
            try { version = Chrome.Runtime.GetManifest().Version ?? ""; }
            catch { version = ""; }
            return version!;
        }

        /// <summary>Starts (or re-times) the interval timer when a tab is live; stops it otherwise.</summary>
        public void EnsureRunning()
        {
            bool live = false;
            foreach (TabRecord t in tabs.State.tabs) if (t.connections.Count > 0 || t.finalPushed) live = true;
            int seconds = settings.Current.pushIntervalSeconds;
            Queue.AttemptIntervalMs = seconds * 1000.0;
            if (live && (timer < 0 || timerSeconds != seconds))
            {
                if (timer >= 0) timers.ClearInterval(timer);
                timerSeconds = seconds;
                timer = timers.SetInterval(() => { _ = errors.Guard(WorkerErrors.Push, Tick()); }, seconds * 1000.0);
            }
            else if (!live && timer >= 0)
            {
                timers.ClearInterval(timer);
                timer = -1;
            }
        }

        public async Task Tick()
        {
            await tabs.Ready();
            Settings s = settings.Current;
            if (SettingsStore.Validate(s).Count > 0 || !s.enabled) return;
            Queue.AttemptIntervalMs = s.pushIntervalSeconds * 1000.0;
            await ExpireSilent();
            if (access.EndpointMissing(s))
            {
                // Nothing is sent (and nothing lost: the next push carries the latest state).
                health.LastError = "Chrome has not granted access to " + UrlParts.Parse(s.url)!.Origin + ": open the extension's popup and press Allow.";
                return;
            }
            lastTickAt = clock.NowMs();
            foreach (TabRecord t in tabs.State.tabs.ToArray())
            {
                // the last call's final sample went out one tick ago: now the group goes
                if (t.connections.Count == 0 && t.finalPushed) { t.ended = true; await EndTab(t); }
                else Offer(s, t);
            }
            // the one write of this push interval (samples since the last tick, pushed slots)
            await tabs.SaveIfChanged();
            Pump();
            EnsureRunning();
        }

        /// <summary>For the sweep: a tick unless the timer's tick already pushed every live tab within
        /// the last push interval (the sweep never sends the same state twice).</summary>
        public async Task TickIfDue()
        {
            double intervalMs = settings.Current.pushIntervalSeconds * 1000.0;
            if (timer >= 0 && lastTickAt > 0 && clock.NowMs() - lastTickAt < intervalMs * 1.5) { EnsureRunning(); return; }
            await Tick();
        }

        /// <summary>A new call's first sample, pushed at once so its series appear within seconds; the
        /// tick's cadence follows.</summary>
        public async Task PushNow(TabRecord t)
        {
            Settings s = settings.Current;
            if (SettingsStore.Validate(s).Count > 0 || !s.enabled || access.EndpointMissing(s)) return;
            if (!Offer(s, t)) return;
            Pump();
            await tabs.Save();
        }

        /// <summary>Queues the tab's snapshot (the queue keeps the latest per group); false when the
        /// tab has nothing to push.</summary>
        private bool Offer(Settings s, TabRecord t)
        {
            if (t.connections.Count == 0) return false;
            HttpRequestSpec? r = Sinks.Push(s, Key(s, t.groupSlot), MetricsModel.Build(t, s.agentId, s.metricDetail));
            // connections whose final sample this push carries are dropped after it
            if (TabStates.PruneEnded(t)) tabs.Changed();
            if (r == null) return false;
            Queue.Offer(r);
            // a group's first push must reach the ledger (GroupLedger) in this tick's write
            if (!tabs.State.pushedSlots.Contains(t.groupSlot)) tabs.Changed();
            TabStates.MarkPushed(tabs.State, t.groupSlot);
            return true;
        }

        /// <summary>Pushes the agent's own group (self-metrics, call counters). Run by the sweep alarm
        /// (not by the sweep a worker start runs), so once a minute whether or not a call is live: an
        /// idle agent's group stays fresh, a silent one's goes stale, and a fleet pays one extra request
        /// per agent per minute, not per push.</summary>
        public async Task PushAgent()
        {
            await tabs.Ready();
            Settings s = settings.Current;
            if (SettingsStore.Validate(s).Count > 0 || !s.enabled || access.EndpointMissing(s)) return;
            SessionState state = tabs.State;
            HttpRequestSpec? agent = Sinks.Push(s, AgentKey(s),
                AgentMetrics.Build(state.agent, s.agentId, Version(), TabStates.LiveTotal(state), s.pushIntervalSeconds, clock.NowMs()));
            // the counters since the last write (push results) are written once a minute when no call
            // is live; during a call the tick's write carries them
            if (timer < 0) await tabs.SaveIfChanged();
            if (agent == null) return;
            Queue.Offer(agent);
            Pump();
        }

        /// <summary>Run at the start of every push tick, so a silent tab is neither pushed again nor
        /// left for the alarm: its group is deleted within one push interval of going silent (a
        /// crashed, killed or discarded renderer sends no "closed").</summary>
        public async Task ExpireSilent()
        {
            TabStates.ExpireSilent(tabs.State, clock.NowMs(), Sweeper.SilentAfterMs(settings.Current.pollIntervalSeconds), workerStartedAt);
            foreach (TabRecord t in tabs.State.tabs.ToArray())
                if (t.ended) await EndTab(t);
        }

        /// <summary>The tab's calls all ended (or it closed/navigated): delete its group, forget it.</summary>
        public async Task EndTab(TabRecord t)
        {
            Settings s = settings.Current;
            HttpRequestSpec? d = Sinks.Delete(s, Key(s, t.groupSlot));
            if (d != null) Queue.Offer(d);
            else TabStates.MarkDeleted(tabs.State, t.groupSlot); // VictoriaMetrics: stop sending, series go stale
            TabStates.Forget(tabs.State, t.tabId);
            await tabs.Save();
            await badge.Show(t.tabId);
            Pump();
            EnsureRunning();
        }

        /// <summary>Settings that change where a group lives (endpoint, sink, job, agent id) would orphan
        /// the groups already pushed: delete them under the old key before the next push.</summary>
        public async Task RetireOldGroups(Settings before, Settings after)
        {
            if (SettingsStore.SameDestination(before, after)) return;
            if (SettingsStore.Validate(before).Count > 0) return;
            foreach (int slot in new List<int>(tabs.State.pushedSlots))
            {
                HttpRequestSpec? d = Sinks.Delete(before, Key(before, slot));
                if (d != null) Queue.Offer(d);
                TabStates.MarkDeleted(tabs.State, slot);
            }
            // the agent's own group under the old key too
            HttpRequestSpec? old = Sinks.Delete(before, AgentKey(before));
            if (old != null) Queue.Offer(old);
            await tabs.Save();
            Pump();
        }

        /// <summary>Starts every request the queue allows now; re-pumps after each completes and when
        /// a backoff expires.</summary>
        public void Pump()
        {
            List<HttpRequestSpec> ready = Queue.TakeReady();
            foreach (HttpRequestSpec r in ready) _ = errors.Guard(WorkerErrors.Delivery, Deliver(r));
            double wait = Queue.NextWakeInMs();
            if (wait > 0 && retryTimer < 0)
            {
                retryTimer = timers.SetTimeout(() => { retryTimer = -1; Pump(); }, wait);
            }
        }

        /// <summary>The outcome of one push (DELETEs are not pushes), for webrtc_exporter_pushes_total and
        /// the last-push timestamp of the agent's group.</summary>
        private void CountPush(HttpRequestSpec r, bool ok)
        {
            AgentCounters a = tabs.State.agent;
            AgentCounterOps.Add(a, AgentCounterOps.Pushes, "", PushResults.Classify(ok, r.Status, r.TimedOut), 1);
            if (ok) a.lastPushAt = clock.NowMs();
            tabs.Changed();
        }

        private async Task Deliver(HttpRequestSpec r)
        {
            bool ok = await sender.Send(r);
            Queue.Complete(r, ok, RetryPolicy.IsRetryable(r.Status));
            if (!r.IsDelete) CountPush(r, ok);
            if (ok && r.IsDelete)
            {
                Settings s = settings.Current;
                foreach (int slot in new List<int>(tabs.State.pushedSlots))
                {
                    if (Key(s, slot).Id == r.Group) TabStates.MarkDeleted(tabs.State, slot);
                }
                await tabs.Save();
            }
            Pump();
        }
    }
}
