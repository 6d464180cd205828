using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>Ends what nobody will end otherwise. At every worker start and on the alarm (the safety
    /// net while no tab is live): tabs whose connections went silent, tabs that no longer exist, and
    /// pushed groups no live tab owns (including those of a browser session that quit, see
    /// <see cref="GroupLedger"/>). The push tick expires silent tabs too (<see cref="PushLoop.ExpireSilent"/>).</summary>
    public sealed class Sweeper
    {
        public const string AlarmName = "wse-sweep";
        public const double PeriodMinutes = 1;
        private readonly TabRegistry tabs;
        private readonly SettingsLoader settings;
        private readonly PushLoop push;
        private readonly IBrowserTabs browserTabs;

        public Sweeper(TabRegistry tabs, SettingsLoader settings, PushLoop push, IBrowserTabs browserTabs)
        {
            this.tabs = tabs;
            this.settings = settings;
            this.push = push;
            this.browserTabs = browserTabs;
        }

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

        public async Task Sweep()
        {
            await tabs.Ready();
            Settings s = settings.Current;
            await push.ExpireSilent();
            foreach (TabRecord t in tabs.State.tabs.ToArray())
            {
                if (!await browserTabs.Exists(t.tabId)) TabStates.EndTab(tabs.State, t.tabId);
                if (t.ended) await push.EndTab(t);
            }
            bool forgotten = false;
            foreach (int slot in tabs.State.pushedSlots.ToArray())
            {
                bool owned = false;
                foreach (TabRecord t in tabs.State.tabs) if (t.groupSlot == slot) owned = true;
                if (owned) continue;
                HttpRequestSpec? d = Sinks.Delete(s, PushLoop.Key(s, slot));
                if (d != null && !push.Queue.IsInFlight(d.Group)) push.Queue.Offer(d);
                else if (d == null) { TabStates.MarkDeleted(tabs.State, slot); forgotten = true; }
            }
            // ended tabs were written by EndTab; new samples wait for the push tick's one write
            if (forgotten) await tabs.Save();
            push.Pump();
            await push.TickIfDue();
        }
    }
}
