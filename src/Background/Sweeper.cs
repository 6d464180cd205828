using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>Ends what nobody will end otherwise. On every push tick: tabs whose connections went
    /// silent (a crashed, killed or discarded renderer sends no "closed"). At every worker start and on
    /// the alarm (the safety net while no tab is live): tabs that no longer exist, and pushed groups no
    /// live tab owns (including those of a browser session that quit, see <see cref="GroupLedger"/>).</summary>
    public static class Sweeper
    {
        public const string AlarmName = "wse-sweep";
        public const double PeriodMinutes = 1;
        /// <summary>When this worker started: silence is not counted while no worker was listening.</summary>
        public static double WorkerStartedAt;

        /// <summary>Creates the alarm only when it does not exist: re-creating it at every worker start
        /// would push the next sweep a whole period away each time.</summary>
        public static async Task EnsureAlarm()
        {
            Alarm? existing = await Chrome.Alarms.Get(AlarmName);
            if (existing != null) return;
            await Chrome.Alarms.Create(AlarmName, new AlarmCreateInfo { PeriodInMinutes = PeriodMinutes, DelayInMinutes = PeriodMinutes });
        }

        /// <summary>A connection polled every <paramref name="pollSeconds"/> that has said nothing for
        /// two polls and five seconds more is gone (a live one is never that late: one getStats is
        /// milliseconds). With the default 2 s poll: 9 s.</summary>
        public static double SilentAfterMs(int pollSeconds) => pollSeconds * 2000.0 + 5000;

        /// <summary>Run at the start of every push tick, so a silent tab is neither pushed again nor
        /// left for the alarm: its group is deleted within one push interval of going silent.</summary>
        public static async Task ExpireSilent()
        {
            Settings s = SettingsLoader.Current;
            TabStates.ExpireSilent(TabRegistry.State, JsDate.Now(), SilentAfterMs(s.pollIntervalSeconds), WorkerStartedAt);
            foreach (TabRecord t in TabRegistry.State.tabs.ToArray())
                if (t.ended) await PushLoop.EndTab(t);
        }

        public static async Task Sweep()
        {
            await TabRegistry.Ready();
            Settings s = SettingsLoader.Current;
            TabStates.ExpireSilent(TabRegistry.State, JsDate.Now(), SilentAfterMs(s.pollIntervalSeconds), WorkerStartedAt);
            foreach (TabRecord t in TabRegistry.State.tabs.ToArray())
            {
                bool exists = true;
                try { await Chrome.Tabs.Get(t.tabId); } catch { exists = false; }
                if (!exists) TabStates.EndTab(TabRegistry.State, t.tabId);
                if (t.ended) await PushLoop.EndTab(t);
            }
            foreach (int slot in TabRegistry.State.pushedSlots.ToArray())
            {
                bool owned = false;
                foreach (TabRecord t in TabRegistry.State.tabs) if (t.groupSlot == slot) owned = true;
                if (owned) continue;
                HttpRequestSpec? d = Sinks.Delete(s, PushLoop.Key(s, slot));
                if (d != null && !PushLoop.Queue.IsInFlight(d.Group)) PushLoop.Queue.Offer(d);
                else if (d == null) TabStates.MarkDeleted(TabRegistry.State, slot);
            }
            await TabRegistry.Save();
            PushLoop.Pump();
            await PushLoop.TickIfDue();
        }
    }
}
