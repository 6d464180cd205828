using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>Owns the live <see cref="SessionState"/>; restores it from chrome.storage.session at
    /// start. Samples only mark it changed and the push tick writes it (at most one write per push
    /// interval: the state a restarted worker resumes from is the one it last pushed, so its counters
    /// continue from there); what a restarted worker must not forget — an ended connection or tab, a
    /// pushed or deleted group — is written at once.</summary>
    public static class TabRegistry
    {
        public static SessionState State = TabStates.Empty();
        private static Task? restoring;
        private static bool changed;

        public static Task Ready() => restoring ??= Restore();

        private static async Task Restore()
        {
            JsObject got = await Chrome.Storage.Session.Get(TabStates.SessionKey);
            State = TabStates.Restore(got.Get<SessionState?>(TabStates.SessionKey));
        }

        /// <summary>New samples: written by the next <see cref="SaveIfChanged"/> (the push tick).</summary>
        public static void Changed() => changed = true;

        public static Task SaveIfChanged() => changed ? Save() : Task.CompletedTask;

        public static async Task Save()
        {
            changed = false;
            var items = new JsObject();
            items[TabStates.SessionKey] = State;
            await Chrome.Storage.Session.Set(items);
            await GroupLedger.Save(State, SettingsLoader.Current);
        }
    }
}
