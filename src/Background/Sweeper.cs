using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>The safety net, run by the alarm: expires connections that went silent (a crashed
    /// renderer sends no "closed"), ends tabs that no longer exist, and deletes pushed groups that
    /// no live tab owns any more.</summary>
    public static class Sweeper
    {
        public const string AlarmName = "wse-sweep";
        public const double PeriodMinutes = 1;

        public static async Task EnsureAlarm()
        {
            await Chrome.Alarms.Create(AlarmName, new AlarmCreateInfo { PeriodInMinutes = PeriodMinutes, DelayInMinutes = PeriodMinutes });
        }

        public static async Task Sweep()
        {
            await TabRegistry.Ready();
            Settings s = SettingsLoader.Current;
            double maxSilentMs = s.pollIntervalSeconds * 3000.0 + 60000;
            TabStates.ExpireSilent(TabRegistry.State, JsDate.Now(), maxSilentMs);
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
            await PushLoop.Tick();
        }
    }
}
