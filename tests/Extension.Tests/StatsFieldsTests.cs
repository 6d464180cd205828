using System;
using System.IO;
using System.Linq;
using System.Text;
using NUnit.Framework;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Tests
{
    /// <summary>The bridge's reading table (src/Shared/StatsFields.cs) is the catalogue's page side,
    /// generated: a catalogue change that the file does not follow fails here. WSE_UPDATE_DOCS=1
    /// rewrites the generated rows.</summary>
    public class StatsFieldsTests
    {
        private static string FilePath => Path.Combine(Repo.Root(), "src", "Shared", "StatsFields.cs");
        private const string Begin = "// BEGIN GENERATED: StatsFields rows from MetricCatalog";
        private const string End = "// END GENERATED";

        private static string TypeConst(string t) => t switch
        {
            "inbound-rtp" => "In", "outbound-rtp" => "Out", "remote-inbound-rtp" => "RIn", "remote-outbound-rtp" => "ROut",
            "media-source" => "Src", "media-playout" => "Play", "candidate-pair" => "Pair", "transport" => "Tr",
            _ => throw new ArgumentException("a stats type StatsFields has no constant for: " + t),
        };

        /// <summary>The rows the page reads, in catalogue order.</summary>
        public static string Rows()
        {
            var sb = new StringBuilder("\n");
            string? section = null;
            foreach (MetricDef d in MetricCatalog.All)
            {
                if (d.StatsType.Length == 0 || d.StatsType == MetricCatalog.PeerConnection || d.Derived) continue;
                var flags = new[]
                {
                    d.Type == MetricType.Info ? "Info" : null, d.Type == MetricType.Counter ? "Counter" : null, d.Sum ? "Sum" : null,
                    d.OnlyKind == "audio" ? "Audio" : null, d.OnlyKind == "video" ? "Video" : null,
                }.Where(f => f != null).ToList();
                if (d.StatsType != section)
                {
                    sb.Append(section == null ? "            var s" : "            s").Append(" = new Section(rows, ").Append(TypeConst(d.StatsType)).Append(");\n");
                    section = d.StatsType;
                }
                string flagText = flags.Count == 0 ? "0" : string.Join(" | ", flags);
                int dot = d.Key.IndexOf('.');
                if (dot >= 0)
                {
                    // a.b: inside the record a, or of the object the link aId names.
                    if (d.Scale != 1) throw new ArgumentException("StatsFields has no scale for a record or link row: " + d.Key);
                    string first = d.Key.Substring(0, dot);
                    sb.Append(first.EndsWith("Id", StringComparison.Ordinal) ? "            s.Linked(\"" : "            s.InRecord(\"")
                      .Append(first).Append("\", \"").Append(d.Key.Substring(dot + 1)).Append("\", ").Append(flagText);
                }
                else
                {
                    sb.Append("            s.F(\"").Append(d.Key).Append("\", ").Append(flagText);
                    if (d.Scale != 1) sb.Append(", ").Append(d.Scale.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
                }
                sb.Append(");\n");
            }
            return sb.Append("            ").ToString();
        }

        [Test]
        public void Page_reading_table_is_the_catalogues_page_side()
        {
            string file = File.ReadAllText(FilePath);
            int a = file.IndexOf(Begin, StringComparison.Ordinal), b = file.IndexOf(End, StringComparison.Ordinal);
            Assert.That(a >= 0 && b > a, Is.True, "src/Shared/StatsFields.cs lacks the generated-rows markers");
            string generated = Rows();
            string inFile = file.Substring(a + Begin.Length, b - a - Begin.Length);
            if (inFile != generated && Environment.GetEnvironmentVariable("WSE_UPDATE_DOCS") == "1")
            {
                File.WriteAllText(FilePath, file.Substring(0, a + Begin.Length) + generated + file.Substring(b));
                inFile = generated;
            }
            Assert.That(inFile, Is.EqualTo(generated), "src/Shared/StatsFields.cs is out of date: run `WSE_UPDATE_DOCS=1 dotnet test tests/Extension.Tests`.");
        }

        [Test]
        public void Each_field_agrees_with_its_catalogue_row()
        {
            Assert.That(StatsFields.All, Is.Not.Empty);
            foreach (StatsField f in StatsFields.All)
            {
                MetricDef? d = f.Info ? MetricCatalog.FindInfo(f.StatsType, f.Key) : MetricCatalog.FindNumeric(f.StatsType, f.Key);
                Assert.That(d, Is.Not.Null, f.StatsType + " " + f.Key);
                Assert.That((f.Counter, f.Sum, f.OnlyKind, f.Scale), Is.EqualTo((d!.Type == MetricType.Counter, d.Sum, d.OnlyKind, d.Scale)), f.StatsType + " " + f.Key);
                int dot = f.Key.IndexOf('.');
                string first = dot < 0 ? f.Key : f.Key.Substring(0, dot), second = dot < 0 ? "" : f.Key.Substring(dot + 1);
                int mode = dot < 0 ? StatsField.Plain : first.EndsWith("Id", StringComparison.Ordinal) ? StatsField.Linked : StatsField.InRecord;
                Assert.That((f.Mode, f.First, f.Second), Is.EqualTo((mode, first, second)), "where " + f.StatsType + " " + f.Key + " is read");
            }
        }
    }
}
