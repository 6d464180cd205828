using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Tests
{
    /// <summary>JSON ↔ the native form of <see cref="Plain"/> values (Dictionary, object?[], double,
    /// string, bool, null), as chrome.storage would hand them over.</summary>
    public static class PlainJson
    {
        public static object? Parse(string json)
        {
            using JsonDocument doc = JsonDocument.Parse(json);
            return From(doc.RootElement);
        }

        public static object? From(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    var d = new Dictionary<string, object?>();
                    foreach (JsonProperty p in e.EnumerateObject()) d[p.Name] = From(p.Value);
                    return d;
                case JsonValueKind.Array: return e.EnumerateArray().Select(From).ToArray();
                case JsonValueKind.String: return e.GetString();
                case JsonValueKind.Number: return e.GetDouble();
                case JsonValueKind.True: return true;
                case JsonValueKind.False: return false;
                default: return null;
            }
        }

        public static string Write(object? value) => JsonSerializer.Serialize(value, new JsonSerializerOptions { IncludeFields = true });

        /// <summary>A deep copy through JSON (what crosses chrome.storage).</summary>
        public static object? Copy(object? value) => Parse(Write(value));
    }

    /// <summary><see cref="ISettingsStorage"/> in memory, with chrome.storage's behaviour: values cross
    /// as JSON copies, the managed area is read-only, every write is recorded.</summary>
    public sealed class FakeSettingsStorage : ISettingsStorage
    {
        public readonly Dictionary<string, Dictionary<string, object?>> Areas = new()
        {
            ["sync"] = new(), ["local"] = new(), ["managed"] = new(),
        };
        public readonly List<string> Writes = new();

        public void SetJson(string area, string json)
        {
            Areas[area] = (Dictionary<string, object?>)PlainJson.Parse(json)!;
        }

        public string Json(string area) => PlainJson.Write(Areas[area]);

        public Task<object?> Read(string area, string? key)
        {
            var result = new Dictionary<string, object?>();
            foreach (var kv in Areas[area])
                if (key == null || kv.Key == key) result[kv.Key] = PlainJson.Copy(kv.Value);
            return Task.FromResult<object?>(result);
        }

        public Task Write(string area, object items)
        {
            if (area == "managed") throw new System.InvalidOperationException("This is a read-only store.");
            foreach (var kv in (Dictionary<string, object?>)items) { Areas[area][kv.Key] = PlainJson.Copy(kv.Value); Writes.Add(area + ":" + kv.Key); }
            return Task.CompletedTask;
        }

        public Task Remove(string area, string[] keys)
        {
            if (area == "managed") throw new System.InvalidOperationException("This is a read-only store.");
            foreach (string k in keys) if (Areas[area].Remove(k)) Writes.Add(area + ":-" + k);
            return Task.CompletedTask;
        }
    }
}
