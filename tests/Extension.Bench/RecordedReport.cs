using System.Collections.Generic;
using System.Text.Json;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Bench
{
    /// <summary>A getStats() report read from a recorded JSON array of RTCStats objects.</summary>
    internal sealed class RecordedReport : IStatsReport
    {
        private readonly List<IStatsObject> all = new List<IStatsObject>();
        private readonly Dictionary<string, IStatsObject> byId = new Dictionary<string, IStatsObject>();

        public RecordedReport(string json)
        {
            using var doc = JsonDocument.Parse(json);
            foreach (var item in doc.RootElement.EnumerateArray())
            {
                var o = new RecordedStats(item.Clone());
                all.Add(o);
                byId[o.Id] = o;
            }
        }

        public void ForEach(System.Action<IStatsObject> visit) { foreach (IStatsObject o in all) visit(o); }
        public string? GetLinkedString(string id, string field) => Get(id)?.GetString(field);
        public IStatsObject? Get(string id) => byId.TryGetValue(id, out var o) ? o : null;

        private sealed class RecordedStats : IStatsObject
        {
            private readonly JsonElement json;
            public RecordedStats(JsonElement json) { this.json = json; }
            public string Type => Str("type") ?? "";
            public string Id => Str("id") ?? "";

            public double? GetNumber(string field) => json.TryGetProperty(field, out var v) ? AsNumber(v) : null;

            public double? GetNumberIn(string record, string field) =>
                json.TryGetProperty(record, out var r) && r.ValueKind == JsonValueKind.Object && r.TryGetProperty(field, out var v)
                    ? AsNumber(v) : null;

            public string? GetString(string field) => Str(field);

            public bool? GetBool(string field) => json.TryGetProperty(field, out var v) switch
            {
                true when v.ValueKind == JsonValueKind.True => true,
                true when v.ValueKind == JsonValueKind.False => false,
                _ => null,
            };

            private string? Str(string field) =>
                json.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

            // JSON cannot hold NaN/Infinity: recordings spell them as strings.
            private static double? AsNumber(JsonElement v) => v.ValueKind switch
            {
                JsonValueKind.Number => v.GetDouble(),
                JsonValueKind.String => v.GetString() switch
                {
                    "NaN" => double.NaN,
                    "Infinity" => double.PositiveInfinity,
                    "-Infinity" => double.NegativeInfinity,
                    _ => null,
                },
                _ => null,
            };
        }
    }
}
