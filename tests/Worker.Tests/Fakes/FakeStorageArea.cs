using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using WebRtcStatsExporter.Background;

namespace WebRtcStatsExporter.Worker.Tests.Fakes
{
    /// <summary><see cref="IStorageArea"/> in memory, as chrome.storage behaves: what is stored is a
    /// copy (JSON), so a later change to the object is not stored until it is set again; every write
    /// is counted. <see cref="FailWrites"/> makes writes reject (quota exceeded, extension reloading).</summary>
    public sealed class FakeStorageArea : IStorageArea
    {
        private static readonly JsonSerializerOptions Json = new() { IncludeFields = true };
        public readonly Dictionary<string, string> Items = new();
        public int Writes;
        public bool FailWrites;

        public Task<T?> Get<T>(string key) where T : class
            => Task.FromResult(Items.TryGetValue(key, out string? json) ? JsonSerializer.Deserialize<T>(json, Json) : null);

        public Task Set<T>(string key, T value) where T : class
        {
            if (FailWrites) throw new System.InvalidOperationException("QUOTA_BYTES quota exceeded");
            Items[key] = JsonSerializer.Serialize(value, Json);
            Writes++;
            return Task.CompletedTask;
        }
    }
}
