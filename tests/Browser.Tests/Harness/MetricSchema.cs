using System.IO;
using System.Linq;
using System.Text.Json;

namespace WebRtcStatsExporter.Browser.Tests.Harness
{
    /// <summary>What schema/metrics.schema.json (kept equal to the catalogue by Extension.Tests) says
    /// about the metric families.</summary>
    public static class MetricSchema
    {
        /// <summary>The families only metricDetail = detailed exports.</summary>
        public static readonly string[] DetailedFamilies = Read("detailed");

        private static string[] Read(string set)
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Root, "schema", "metrics.schema.json")));
            return doc.RootElement.GetProperty("metrics").EnumerateArray()
                .Where(m => m.GetProperty("set").GetString() == set).Select(m => m.GetProperty("name").GetString()!).ToArray();
        }
    }
}
