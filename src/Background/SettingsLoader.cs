using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>Reads settings from storage (sync + local secrets), migrating v1 keys once.</summary>
    public static class SettingsLoader
    {
        public static Settings Current = SettingsStore.Defaults();

        public static async Task<Settings> Load()
        {
            JsObject sync = await Chrome.Storage.Sync.Get();
            JsObject local = await Chrome.Storage.Local.Get(SettingsStore.LocalKey);
            SyncSettings? stored = sync.Get<SyncSettings?>(SettingsStore.SyncKey);
            LocalSecrets? secrets = local.Get<LocalSecrets?>(SettingsStore.LocalKey);
            if (stored == null && sync.Has("url"))
            {
                LegacySettingsV1 legacy = sync.As<LegacySettingsV1>();
                JsObject? origins = sync.Get<JsObject?>("enabledOrigins");
                if (origins != null)
                {
                    string[] keys = JsObject.Keys(origins);
                    var values = new bool[keys.Length];
                    for (int i = 0; i < keys.Length; i++) values[i] = origins.Get<object?>(keys[i]) is bool b && b;
                    legacy.enabledOriginKeys = keys;
                    legacy.enabledOriginValues = values;
                }
                Settings migrated = SettingsStore.MigrateV1(legacy);
                var syncItems = new JsObject();
                syncItems[SettingsStore.SyncKey] = SettingsStore.ToSync(migrated);
                var localItems = new JsObject();
                localItems[SettingsStore.LocalKey] = SettingsStore.ToLocal(migrated);
                await Chrome.Storage.Local.Set(localItems);
                await Chrome.Storage.Sync.Set(syncItems);
                // the password must not stay in sync storage
                await Chrome.Storage.Sync.Remove(new[] { "url", "username", "password", "updateInterval", "gzip", "job", "agentId", "enabledOrigins", "enabledStats" });
                Current = migrated;
                return migrated;
            }
            Current = SettingsStore.Normalize(stored, secrets);
            return Current;
        }
    }
}
