using System.Threading.Tasks;
using Js;

namespace WebRtcStatsExporter.Shared
{
    /// <summary><see cref="ISettingsStorage"/> on <c>chrome.storage</c> (sync, local, managed): the one
    /// browser API that src/Shared calls, so that every bundle loads settings the same way.</summary>
    public sealed class ChromeSettingsStorage : ISettingsStorage
    {
        private static StorageArea Area(string name)
            => name == SettingsSource.Local ? Chrome.Storage.Local
             : name == SettingsSource.Managed ? Chrome.Storage.Managed
             : Chrome.Storage.Sync;

        public async Task<object?> Read(string area, string? key)
        {
            JsObject items = key == null ? await Area(area).Get() : await Area(area).Get(key);
            return items;
        }

        public async Task Write(string area, object items) => await Area(area).Set(items);

        public async Task Remove(string area, string[] keys) => await Area(area).Remove(keys);
    }
}
