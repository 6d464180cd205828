using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NUnit.Framework;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Tests
{
    /// <summary>The catalogue against its checked-in schema (schema/metrics.schema.json) and the
    /// generated reference in docs/metrics.md. To accept a deliberate change, run the tests once with
    /// WSE_UPDATE_SCHEMA=1 (schema) or WSE_UPDATE_DOCS=1 (docs) and commit the rewritten file.</summary>
    public class CatalogTests
    {
        private static string SchemaPath => Path.Combine(Repo.Root(), "schema", "metrics.schema.json");
        private static string DocsPath => Path.Combine(Repo.Root(), "docs", "metrics.md");
        private const string DocBegin = "<!-- BEGIN GENERATED: MetricCatalog.MarkdownTable() -->";
        private const string DocEnd = "<!-- END GENERATED -->";

        public static string SchemaJson()
        {
            var sb = new StringBuilder();
            sb.Append("{\n  \"$comment\": \"Generated from src/Shared/MetricCatalog.cs. Existing metrics must never change type or labels (a mixed fleet would break the Pushgateway), their HELP only with a reason (a mixed fleet makes the Pushgateway log every scrape), and a family of the standard set stays in it (dashboards built on the default metricDetail would lose it). Regenerate with WSE_UPDATE_SCHEMA=1 dotnet test tests/Extension.Tests.\",\n  \"metrics\": [\n");
            List<string> names = MetricCatalog.FamilyNames();
            for (int i = 0; i < names.Count; i++)
            {
                MetricDef f = MetricCatalog.Family(names[i])[0];
                string type = f.Type == MetricType.Info ? "info" : MetricCatalog.TypeName(f.Type);
                string labels = string.Join(", ", MetricCatalog.FamilyLabels(names[i]).Select(l => "\"" + l + "\""));
                sb.Append($"    {{ \"name\": \"{names[i]}\", \"type\": \"{type}\", \"unit\": \"{f.Unit}\", \"labels\": [{labels}], \"help\": {JsonSerializer.Serialize(MetricCatalog.FamilyHelp(names[i]))}, \"set\": \"{MetricCatalog.SetName(f.Set)}\" }}");
                sb.Append(i + 1 < names.Count ? ",\n" : "\n");
            }
            sb.Append("  ]\n}\n");
            return sb.ToString();
        }

        [Test]
        public void Catalogue_keeps_existing_metrics_type_and_labels()
        {
            if (Environment.GetEnvironmentVariable("WSE_UPDATE_SCHEMA") == "1") File.WriteAllText(SchemaPath, SchemaJson());
            Assert.That(File.Exists(SchemaPath), Is.True, "missing " + SchemaPath + ": run with WSE_UPDATE_SCHEMA=1 to create it");
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(SchemaPath));
            using JsonDocument now = JsonDocument.Parse(SchemaJson());
            var current = now.RootElement.GetProperty("metrics").EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!, e => e.Clone());
            var problems = new List<string>();
            var known = new HashSet<string>();
            foreach (JsonElement m in doc.RootElement.GetProperty("metrics").EnumerateArray())
            {
                string name = m.GetProperty("name").GetString()!;
                known.Add(name);
                if (!current.TryGetValue(name, out JsonElement c)) { problems.Add($"{name}: removed from the catalogue"); continue; }
                if (m.GetProperty("type").GetString() != c.GetProperty("type").GetString())
                    problems.Add($"{name}: type {m.GetProperty("type")} -> {c.GetProperty("type")}");
                string l1 = string.Join(",", m.GetProperty("labels").EnumerateArray().Select(x => x.GetString()));
                string l2 = string.Join(",", c.GetProperty("labels").EnumerateArray().Select(x => x.GetString()));
                if (l1 != l2) problems.Add($"{name}: labels [{l1}] -> [{l2}]");
                if (m.GetProperty("unit").GetString() != c.GetProperty("unit").GetString()) problems.Add($"{name}: unit changed");
                // a HELP that differs between agents' versions is accepted by the Pushgateway but logged
                // ("inconsistent help strings") on every scrape until the fleet runs one version
                if (m.TryGetProperty("help", out JsonElement h) && h.GetString() != c.GetProperty("help").GetString())
                    problems.Add($"{name}: HELP \"{h.GetString()}\" -> \"{c.GetProperty("help").GetString()}\"");
                // the set decides whether a default install pushes the family at all
                if (m.TryGetProperty("set", out JsonElement set) && set.GetString() != c.GetProperty("set").GetString())
                    problems.Add(set.GetString() == MetricDetail.Standard
                        ? $"{name}: standard -> detailed (rules and dashboards built on the default metricDetail would lose it)"
                        : $"{name}: detailed -> standard (every default push grows; record it)");
            }
            Assert.That(problems, Is.Empty,
                "The catalogue changed existing metrics. A fleet running two versions would then push conflicting types/labels " +
                "(Pushgateway 400s, or failing scrapes). Add a NEW metric name instead. If the change is truly intended, run " +
                "`WSE_UPDATE_SCHEMA=1 dotnet test tests/Extension.Tests` and commit schema/metrics.schema.json.");
            var added = current.Keys.Where(k => !known.Contains(k)).ToList();
            Assert.That(added, Is.Empty, "New metrics are allowed but must be recorded: run `WSE_UPDATE_SCHEMA=1 dotnet test tests/Extension.Tests` and commit schema/metrics.schema.json. New: " + string.Join(", ", added));
        }

        [Test]
        public void Catalogue_follows_the_naming_rules()
        {
            foreach (string name in MetricCatalog.FamilyNames())
            {
                MetricDef f = MetricCatalog.Family(name)[0];
                Assert.That(name, Does.StartWith("webrtc_"));
                Assert.That(name.All(c => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'), Is.True, name);
                Assert.That(name.EndsWith("_total"), Is.EqualTo(f.Type == MetricType.Counter), name + ": _total on counters and only counters");
                Assert.That(name.EndsWith("_info"), Is.EqualTo(f.Type == MetricType.Info), name);
                Assert.That(MetricCatalog.Family(name).All(d => d.Type == f.Type && d.Unit == f.Unit), Is.True, name + ": one type and unit per family");
                Assert.That(MetricCatalog.FamilyHelp(name).Length, Is.GreaterThan(10), name);
                foreach (string banned in new[] { "ssrc", "id", "ip", "address", "url", "track" })
                    Assert.That(MetricCatalog.FamilyLabels(name), Does.Not.Contain(banned));
            }
        }

        [Test]
        public void The_schema_records_every_familys_set()
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(SchemaPath));
            var recorded = doc.RootElement.GetProperty("metrics").EnumerateArray()
                .ToDictionary(e => e.GetProperty("name").GetString()!, e => e.TryGetProperty("set", out JsonElement s) ? s.GetString() : null);
            foreach (string name in MetricCatalog.FamilyNames())
                Assert.That(recorded.GetValueOrDefault(name), Is.EqualTo(MetricCatalog.SetName(MetricCatalog.Family(name)[0].Set)), name);
        }

        [Test]
        public void A_familys_rows_share_one_set_and_the_agent_group_is_standard()
        {
            foreach (string name in MetricCatalog.FamilyNames())
            {
                List<MetricDef> fam = MetricCatalog.Family(name);
                Assert.That(fam.Select(d => d.Set).Distinct().Count(), Is.EqualTo(1), name);
                // the agent's group and the tab's totals are pushed whatever the detail (AgentMetrics does not filter)
                if (fam[0].AgentScope || fam[0].StatsType.Length == 0)
                    Assert.That(fam[0].Set, Is.EqualTo(MetricSet.Standard), name);
            }
            Assert.That(MetricCatalog.InDetail("webrtc_inbound_mos", MetricDetail.Standard), Is.True);
            Assert.That(MetricCatalog.InDetail("webrtc_media_source_echo_return_loss_decibels", MetricDetail.Standard), Is.False);
            Assert.That(MetricCatalog.InDetail("webrtc_media_source_echo_return_loss_decibels", MetricDetail.Detailed), Is.True);
            Assert.That(MetricCatalog.InDetail("webrtc_no_such_family", MetricDetail.Detailed), Is.False);
        }

        [Test]
        public void Each_stats_field_has_one_row()
        {
            // The page-side reducer keeps one value per row of a stats type; two rows reading the same
            // field would send that name twice in a sample.
            var fields = MetricCatalog.All.Where(d => d.StatsType.Length > 0 && d.StatsType != MetricCatalog.PeerConnection && !d.Derived)
                .GroupBy(d => d.StatsType + " " + d.Key).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.That(fields, Is.Empty);
        }

        [Test]
        public void Docs_reference_matches_the_catalogue()
        {
            string doc = File.ReadAllText(DocsPath);
            int a = doc.IndexOf(DocBegin, StringComparison.Ordinal), b = doc.IndexOf(DocEnd, StringComparison.Ordinal);
            Assert.That(a >= 0 && b > a, Is.True, "docs/metrics.md lacks the generated-table markers");
            string generated = "\n" + MetricCatalog.MarkdownTable();
            string inDoc = doc.Substring(a + DocBegin.Length, b - a - DocBegin.Length);
            if (inDoc != generated && Environment.GetEnvironmentVariable("WSE_UPDATE_DOCS") == "1")
            {
                File.WriteAllText(DocsPath, doc.Substring(0, a + DocBegin.Length) + generated + doc.Substring(b));
                inDoc = generated;
            }
            Assert.That(inDoc, Is.EqualTo(generated), "docs/metrics.md is out of date: run `WSE_UPDATE_DOCS=1 dotnet test tests/Extension.Tests`.");
        }
    }
}
