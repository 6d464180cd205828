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

        public async Task<Settings> Load()
        {
            Loaded = await source.LoadAndMigrate();
            Current = Loaded.Effective;
            return Current;
        }
    }
}
