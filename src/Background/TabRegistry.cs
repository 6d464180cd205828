using System.Threading.Tasks;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>Owns the live <see cref="SessionState"/>; restores it from chrome.storage.session at
    /// start. Samples only mark it changed and the push tick writes it (at most one write per push
    /// interval: the state a restarted worker resumes from is the one it last pushed, so its counters
    /// continue from there); what a restarted worker must not forget — an ended connection or tab, a
    /// pushed or deleted group — is written at once.</summary>
    public sealed class TabRegistry
    {
        public SessionState State = TabStates.Empty();
        private readonly IStorageArea session;
        private readonly GroupLedger ledger;
        private readonly SettingsLoader settings;
        private Task? restoring;
        private bool changed;

        public TabRegistry(IStorageArea session, GroupLedger ledger, SettingsLoader settings)
        {
            this.session = session;
            this.ledger = ledger;
            this.settings = settings;
        }

        public Task Ready() => restoring ??= Restore();

        private async Task Restore()
        {
            State = TabStates.Restore(await session.Get<SessionState>(TabStates.SessionKey));
        }

        /// <summary>New samples: written by the next <see cref="SaveIfChanged"/> (the push tick).</summary>
        public void Changed() => changed = true;

        public Task SaveIfChanged() => changed ? Save() : Task.CompletedTask;

        public async Task Save()
        {
            changed = false;
            await session.Set(TabStates.SessionKey, State);
            await ledger.Save(State, settings.Current);
        }
    }
}
