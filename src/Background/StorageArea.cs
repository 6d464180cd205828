using System.Threading.Tasks;
using Js;

namespace WebRtcStatsExporter.Background
{
    /// <summary>One key of one chrome.storage area, typed: what the worker's services keep (tab state
    /// in session, the group ledger in local). Values cross as copies, as chrome.storage's do.</summary>
    public interface IStorageArea
    {
        /// <summary>The stored object, or null when the key is missing or holds no plain object.</summary>
        Task<T?> Get<T>(string key) where T : class;
        Task Set<T>(string key, T value) where T : class;
    }

    /// <summary><see cref="IStorageArea"/> on chrome.storage.session or chrome.storage.local.</summary>
    public sealed class ChromeStorageArea : IStorageArea
    {
        private readonly StorageArea area;

        private ChromeStorageArea(StorageArea area) { this.area = area; }

        public static ChromeStorageArea Session() => new ChromeStorageArea(Chrome.Storage.Session);
        public static ChromeStorageArea Local() => new ChromeStorageArea(Chrome.Storage.Local);

        public async Task<T?> Get<T>(string key) where T : class
        {
            JsObject got = await area.Get(key);
            object? raw = got[key];
            return JsType.IsPlainObject(raw) ? raw.As<T>() : null;
        }

        public async Task Set<T>(string key, T value) where T : class
        {
            var items = new JsObject();
            items[key] = value;
            await area.Set(items);
        }
    }
}
