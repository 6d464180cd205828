using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NUnit.Framework;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Tests
{
    /// <summary>The files generated from the settings table: the README's configuration table and
    /// static/managed_schema.json (the policy schema the manifest points to). To accept a deliberate
    /// change, run the tests once with WSE_UPDATE_DOCS=1 and commit the rewritten files.</summary>
    public class SettingsDocsTests
    {
        private static string ReadmePath => Path.Combine(Repo.Root(), "README.md");
        private static string SchemaPath => Path.Combine(Repo.Root(), "static", "managed_schema.json");
        private const string Begin = "<!-- BEGIN GENERATED: SettingsDocs.MarkdownTable() -->";
        private const string End = "<!-- END GENERATED: SettingsDocs.MarkdownTable() -->";
        private static bool Update => Environment.GetEnvironmentVariable("WSE_UPDATE_DOCS") == "1";

        [Test]
        public void Readme_configuration_table_matches_the_settings_table()
        {
            string doc = File.ReadAllText(ReadmePath);
            int a = doc.IndexOf(Begin, StringComparison.Ordinal), b = doc.IndexOf(End, StringComparison.Ordinal);
            Assert.That(a >= 0 && b > a, Is.True, "README.md lacks the generated-table markers");
            string generated = "\n" + SettingsDocs.MarkdownTable();
            string inDoc = doc.Substring(a + Begin.Length, b - a - Begin.Length);
            if (inDoc != generated && Update)
            {
                File.WriteAllText(ReadmePath, doc.Substring(0, a + Begin.Length) + generated + doc.Substring(b));
                inDoc = generated;
            }
            Assert.That(inDoc, Is.EqualTo(generated), "README.md's configuration table is out of date: run `WSE_UPDATE_DOCS=1 dotnet test tests/Extension.Tests`.");
        }

        [Test]
        public void Managed_schema_matches_the_settings_table()
        {
            string generated = SettingsDocs.ManagedSchemaJson();
            if (Update && (!File.Exists(SchemaPath) || File.ReadAllText(SchemaPath) != generated)) File.WriteAllText(SchemaPath, generated);
            Assert.That(File.Exists(SchemaPath), Is.True, "missing static/managed_schema.json: run with WSE_UPDATE_DOCS=1");
            Assert.That(File.ReadAllText(SchemaPath), Is.EqualTo(generated), "static/managed_schema.json is out of date: run `WSE_UPDATE_DOCS=1 dotnet test tests/Extension.Tests`.");
        }

        [Test]
        public void Managed_schema_has_exactly_the_documented_policy_keys_and_types()
        {
            using JsonDocument doc = JsonDocument.Parse(SettingsDocs.ManagedSchemaJson());
            JsonElement props = doc.RootElement.GetProperty("properties");
            var keys = props.EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Assert.That(keys, Is.EqualTo(new[] { "agentId", "bearerToken", "extraOrigins", "gzip", "job", "labels", "metricDetail", "password", "platforms",
                "pollIntervalSeconds", "pushIntervalSeconds", "remoteWriteTenant", "sink", "url", "username", "vmTenant" }));
            Assert.That(props.GetProperty("platforms").GetProperty("properties").EnumerateObject().Select(p => p.Name),
                Is.EqualTo(new[] { "teams", "meet", "connect", "genesys" }));
            Assert.That(props.GetProperty("labels").GetProperty("additionalProperties").GetProperty("type").GetString(), Is.EqualTo("string"));
            Assert.That(props.GetProperty("pollIntervalSeconds").GetProperty("type").GetString(), Is.EqualTo("integer"));
            Assert.That(props.GetProperty("metricDetail").GetProperty("type").GetString(), Is.EqualTo("string"));
            Assert.That(props.GetProperty("extraOrigins").GetProperty("items").GetProperty("type").GetString(), Is.EqualTo("string"));
            using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Root(), "static", "manifest.json")));
            Assert.That(manifest.RootElement.GetProperty("storage").GetProperty("managed_schema").GetString(), Is.EqualTo("managed_schema.json"));
        }
    }
}
