using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>Owns the live <see cref="SessionState"/>; restores it from chrome.storage.session at
    /// start and saves it after every change, so a worker restart mid-call loses nothing.</summary>
    public static class TabRegistry
    {
        public static SessionState State = TabStates.Empty();
        private static Task? restoring;

        public static Task Ready() => restoring ??= Restore();

        private static async Task Restore()
        {
            JsObject got = await Chrome.Storage.Session.Get(TabStates.SessionKey);
            State = TabStates.Restore(got.Get<SessionState?>(TabStates.SessionKey));
        }

        public static async Task Save()
        {
            var items = new JsObject();
            items[TabStates.SessionKey] = State;
            await Chrome.Storage.Session.Set(items);
            await GroupLedger.Save(State, SettingsLoader.Current);
        }
    }
}
