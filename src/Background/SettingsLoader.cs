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
        /// <summary>The whole last load: locked keys and ignored policy values, for the popup.</summary>
        public LoadedSettings Loaded = new LoadedSettings();

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

        public async Task<Settings> Load()
        {
            Loaded = await source.LoadAndMigrate();
            Current = Loaded.Effective;
            return Current;
        }
    }
}
