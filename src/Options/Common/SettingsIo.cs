using System.Collections.Generic;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Ui
{
    /// <summary>Loads and saves <see cref="Settings"/>: secrets in chrome.storage.local, the rest in
    /// sync; settings written by the original extension (flat v1 keys) still load, and are removed
    /// from sync by the first save.</summary>
    public static class SettingsIo
    {
        /// <summary>The original extension's flat sync keys.</summary>
        public static readonly string[] LegacyKeys =
            { "url", "username", "password", "updateInterval", "gzip", "job", "agentId", "enabledOrigins", "enabledStats" };

        /// <summary>The defaults. Goes through <see cref="Complete"/> because SettingsStore.Normalize
        /// compares <c>extraOrigins</c> with null, and a member missing from a plain object is
        /// undefined in JS (drop once Shared/the compiler treat undefined as null).</summary>
        public static Settings Defaults() => SettingsStore.Normalize(Complete(null), null);

        /// <summary>A stored sync object with every array member present.</summary>
        public static SyncSettings Complete(SyncSettings? sync)
        {
            SyncSettings s = sync ?? new SyncSettings();
            if (!JsType.IsArray(s.extraOrigins)) s.extraOrigins = new string[0];
            if (JsType.IsNullish(s.version)) s.version = null;
            return s;
        }

        public static async Task<Settings> Load()
        {
            JsObject all = await Chrome.Storage.Sync.Get();
            JsObject local = await Chrome.Storage.Local.Get(SettingsStore.LocalKey);
            object? sync = all[SettingsStore.SyncKey];
            object? secrets = local[SettingsStore.LocalKey];
            return SettingsStore.Load(
                Complete(JsType.IsPlainObject(sync) ? sync.As<SyncSettings>() : null),
                JsType.IsPlainObject(secrets) ? secrets.As<LocalSecrets>() : null,
                ReadLegacy(all));
        }

        /// <summary>The v1 keys as a <see cref="LegacySettingsV1"/>, or null when there are none.</summary>
        public static LegacySettingsV1? ReadLegacy(JsObject all)
        {
            bool any = false;
            for (int i = 0; i < LegacyKeys.Length; i++) if (all.Has(LegacyKeys[i])) any = true;
            if (!any) return null;
            // Every member set (null when absent): a missing member would be undefined in JS, and
            // the Shared code compares with null.
            var legacy = new LegacySettingsV1
            {
                url = null, username = null, password = null, updateInterval = null, gzip = null,
                job = null, agentId = null, enabledOriginKeys = null, enabledOriginValues = null,
            };
            object? v = all["url"]; if (JsType.IsString(v)) legacy.url = v.As<string>();
            v = all["username"]; if (JsType.IsString(v)) legacy.username = v.As<string>();
            v = all["password"]; if (JsType.IsString(v)) legacy.password = v.As<string>();
            v = all["job"]; if (JsType.IsString(v)) legacy.job = v.As<string>();
            v = all["agentId"]; if (JsType.IsString(v)) legacy.agentId = v.As<string>();
            v = all["gzip"]; if (JsType.IsBoolean(v)) legacy.gzip = v.As<bool>();
            v = all["updateInterval"]; if (JsType.IsInteger(v)) legacy.updateInterval = v.As<int>();
            v = all["enabledOrigins"];
            if (JsType.IsPlainObject(v))
            {
                JsObject map = v.As<JsObject>();
                string[] keys = JsObject.Keys(map);
                var names = new List<string>();
                var values = new List<bool>();
                for (int i = 0; i < keys.Length; i++)
                {
                    object? on = map[keys[i]];
                    if (!JsType.IsBoolean(on)) continue;
                    names.Add(keys[i]);
                    values.Add(on.As<bool>());
                }
                legacy.enabledOriginKeys = names.ToArray();
                legacy.enabledOriginValues = values.ToArray();
            }
            return legacy;
        }

        public static async Task Save(Settings s)
        {
            var sync = new JsObject();
            sync[SettingsStore.SyncKey] = SettingsStore.ToSync(s);
            var local = new JsObject();
            local[SettingsStore.LocalKey] = SettingsStore.ToLocal(s);
            await Chrome.Storage.Local.Set(local);
            await Chrome.Storage.Sync.Set(sync);
            await Chrome.Storage.Sync.Remove(LegacyKeys);
        }
    }
}
