using System.Threading.Tasks;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>The worker's current settings, loaded through the one loader (<see cref="SettingsSource"/>:
    /// user settings, v1 migration written back once, the administrator's policy on top).</summary>
    public sealed class SettingsLoader
    {
        private readonly SettingsSource source;

        /// <summary>The effective settings (policy values win).</summary>
        public Settings Current = SettingsStore.Defaults();

        public SettingsLoader(ISettingsStorage storage) { source = new SettingsSource(storage); }

        /// <summary>The settings as stored now, without secrets and without changing <see cref="Current"/>
        /// (a reload compares before with after): for a bridge that asks right after a change, perhaps
        /// before this worker's own reload has run.</summary>
        public async Task<Settings> Peek() => (await source.Load(false)).Effective;

        /// <summary>The settings as stored now, secrets included, without changing <see cref="Current"/>:
        /// the base of a change the popup asks for (the reload that follows compares before with after).</summary>
        public Task<LoadedSettings> Fresh() => source.Load(true);

        /// <summary>Stores the user's own settings; the storage change reloads them.</summary>
        public Task Save(Settings user) => source.Save(user);

        /// <summary>Loads (and migrates) the settings into <see cref="Current"/>. What else a load says
        /// (locked keys, ignored policy values) the popup and the options page read from <see cref="Fresh"/>.</summary>
        public async Task<Settings> Load()
        {
            Current = (await source.LoadAndMigrate()).Effective;
            return Current;
        }
    }
}
