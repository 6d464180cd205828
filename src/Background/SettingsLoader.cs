using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>The worker's current settings, loaded through the one loader (<see cref="SettingsSource"/>:
    /// user settings, v1 migration written back once, the administrator's policy on top).</summary>
    public static class SettingsLoader
    {
        private static readonly SettingsSource source = new SettingsSource(new ChromeSettingsStorage());

        /// <summary>The effective settings (policy values win).</summary>
        public static Settings Current = SettingsStore.Defaults();
        /// <summary>The whole last load: locked keys and ignored policy values, for the popup.</summary>
        public static LoadedSettings Loaded = new LoadedSettings();

        public static async Task<Settings> Load()
        {
            Loaded = await source.LoadAndMigrate();
            Current = Loaded.Effective;
            await HostAccess.Refresh(Current);
            try { await ContentScripts.Sync(Current.extraOrigins); }
            catch (System.Exception e) { Health.LastError = "Could not register the content scripts for the additional origins: " + e.Message; }
            return Current;
        }
    }
}
