using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.FleetBench
{
    /// <summary>A recorded <c>RTCStatsReport</c> (a JSON array of stats dictionaries, as the fixtures
    /// store them) seen through the reducer's <see cref="IStatsReport"/> interface.</summary>
    public sealed class RecordedReport : IStatsReport
    {
        private readonly List<IStatsObject> list = new List<IStatsObject>();
        private readonly Dictionary<string, IStatsObject> byId = new Dictionary<string, IStatsObject>(StringComparer.Ordinal);

        public RecordedReport(string json)
        {
            using JsonDocument doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
                throw new FormatException("a recorded report is a JSON array of RTCStats objects");
            foreach (JsonElement item in doc.RootElement.EnumerateArray())
            {
                var o = new RecordedStats(item.Clone());
                list.Add(o);
                byId[o.Id] = o;
            }
        }

        public static RecordedReport Load(string path) => new RecordedReport(File.ReadAllText(path));

        public void ForEach(System.Action<IStatsObject> visit) { foreach (IStatsObject o in list) visit(o); }
        public string? GetLinkedString(string id, string field) => Get(id)?.GetString(field);

        public IStatsObject? Get(string id) => byId.TryGetValue(id, out IStatsObject? o) ? o : null;

        private sealed class RecordedStats : IStatsObject
        {
            private readonly JsonElement json;

            public RecordedStats(JsonElement json) { this.json = json; }

            public string Type => Str(json, "type") ?? "";
            public string Id => Str(json, "id") ?? "";

            public double? GetNumber(string field) => json.TryGetProperty(field, out JsonElement v) ? Number(v) : null;

            public double? GetNumberIn(string record, string field)
            {
                if (!json.TryGetProperty(record, out JsonElement r) || r.ValueKind != JsonValueKind.Object) return null;
                return r.TryGetProperty(field, out JsonElement v) ? Number(v) : null;
            }

            public string? GetString(string field) => Str(json, field);

            public bool? GetBool(string field)
            {
                if (!json.TryGetProperty(field, out JsonElement v)) return null;
                if (v.ValueKind == JsonValueKind.True) return true;
                if (v.ValueKind == JsonValueKind.False) return false;
                return null;
            }

            private static string? Str(JsonElement e, string field)
                => e.TryGetProperty(field, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

            /// <summary>JSON has no NaN/Infinity: recordings spell them as strings.</summary>
            private static double? Number(JsonElement v)
            {
                switch (v.ValueKind)
                {
                    case JsonValueKind.Number: return v.GetDouble();
                    case JsonValueKind.String:
                        switch (v.GetString())
                        {
                            case "NaN": return double.NaN;
                            case "Infinity": return double.PositiveInfinity;
                            case "-Infinity": return double.NegativeInfinity;
                        }
                        return null;
                    default: return null;
                }
            }
        }
    }
}
