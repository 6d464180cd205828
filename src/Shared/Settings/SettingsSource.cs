using System.Threading.Tasks;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>The storage behind the settings: plain objects per area. <see cref="ChromeSettingsStorage"/>
    /// in the bundles; an in-memory fake in the tests.</summary>
    public interface ISettingsStorage
    {
        /// <summary>The area's items (<paramref name="key"/> null: all of them) as a plain object;
        /// an empty object when there is nothing.</summary>
        Task<object?> Read(string area, string? key);
        Task Write(string area, object items);
        Task Remove(string area, string[] keys);
    }

    /// <summary>THE settings loader, used by the worker (the bridge and the pages ask it): reads the user's
    /// settings (sync, and the secrets in local unless told not to), migrates the original
    /// extension's v1 keys, and applies the administrator's policy (managed).</summary>
    public sealed class SettingsSource
    {
        public const string Sync = "sync";
        public const string Local = "local";
        public const string Managed = "managed";

        private readonly ISettingsStorage storage;

        public SettingsSource(ISettingsStorage storage) { this.storage = storage; }

        /// <summary>Loads the settings. <paramref name="withSecrets"/> false (the worker's answer to a
        /// bridge's capture question, which needs no secret) never reads a password or token, neither the
        /// user's nor the policy's.</summary>
        public async Task<LoadedSettings> Load(bool withSecrets)
        {
            object? sync = await storage.Read(Sync, null);
            object? local = withSecrets ? await storage.Read(Local, SettingsStore.LocalKey) : null;
            object? managed = await ReadPolicy();
            Settings user = SettingsStore.Load(sync, Plain.Get(local, SettingsStore.LocalKey));
            LoadedSettings r = SettingsPolicy.Apply(user, managed, withSecrets);
            r.NeedsMigration = !Plain.IsObject(Plain.Get(sync, SettingsStore.SyncKey)) && SettingsStore.HasLegacyKeys(sync);
            return r;
        }

        /// <summary>Loads, and stores a v1 migration in the current shape (the worker does this once;
        /// the password leaves sync storage).</summary>
        public async Task<LoadedSettings> LoadAndMigrate()
        {
            LoadedSettings r = await Load(true);
            if (r.NeedsMigration)
            {
                await Save(r.User);
                r.NeedsMigration = false;
            }
            return r;
        }

        /// <summary>The policy object, or null where the browser has none (no managed storage, or it
        /// failed): a missing policy never stops the extension.</summary>
        private async Task<object?> ReadPolicy()
        {
            try { return await storage.Read(Managed, null); }
            catch { return null; }
        }

        /// <summary>Stores the user's own settings (never the policy's): secrets to local first, the
        /// rest to sync, then removes the v1 keys.</summary>
        public async Task Save(Settings user)
        {
            object local = Plain.NewObject();
            Plain.Set(local, SettingsStore.LocalKey, SettingsStore.ToLocal(user));
            await storage.Write(Local, local);
            object sync = Plain.NewObject();
            Plain.Set(sync, SettingsStore.SyncKey, SettingsStore.ToSync(user));
            await storage.Write(Sync, sync);
            await storage.Remove(Sync, SettingsStore.LegacyKeys);
        }

        /// <summary>Whether a storage change (its area and changed keys) can change the settings.</summary>
        public static bool Affects(string area, string[] changedKeys)
        {
            if (area == Managed) return true;
            foreach (string k in changedKeys)
            {
                if (area == Sync && (k == SettingsStore.SyncKey || System.Array.IndexOf(SettingsStore.LegacyKeys, k) >= 0)) return true;
                if (area == Local && k == SettingsStore.LocalKey) return true;
            }
            return false;
        }
    }
}
