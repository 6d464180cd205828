using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Jint;
using NUnit.Framework;
using WebRtcStatsExporter.JintTests.Harness;

namespace WebRtcStatsExporter.JintTests.Scenarios
{
    /// <summary>Issue 12: the options page is a view. The real worker bundle describes the form
    /// (wse/form) and validates and stores it (wse/save-settings), for the extension's own pages only.</summary>
    public sealed class OptionsMessagesTests : ScenarioBase
    {
        private static string Save(string fieldsJson) =>
            $"(() => {{ const f = {fieldsJson}; return {{ type: 'wse/save-settings', keys: Object.keys(f), values: Object.values(f) }}; }})()";

        private JsonNode? Ask(string message)
        {
            var page = new Realm(B, "options", "worker", null);
            B.DeadRealms.Add(page);
            string r = page.Await(page.Eval($"chrome.runtime.sendMessage({message}).then(r => JSON.stringify(r === undefined ? null : r))")).AsString();
            return JsonNode.Parse(r);
        }

        private static JsonNode Row(JsonNode form, string key) => form["rows"]!.AsArray().Single(r => (string?)r!["key"] == key)!;

        [Test]
        public void TheFormComesFromTheWorkerWithThePolicysLocks()
        {
            Settings(s => s["labels"] = new JsonObject { ["site"] = "paris" });
            B.SetPolicy(new JsonObject { ["agentId"] = "agent-policy", ["pushIntervalSeconds"] = "often" });
            B.StartWorker("installed");
            Advance(100);
            JsonNode form = Ask("{ type: 'wse/form' }")!;
            Assert.That(form["rows"]!.AsArray().Select(r => (string?)r!["key"]), Does.Contain("url").And.Contain("extraOrigins").And.Not.Contain("enabled"));
            Assert.That((string?)Row(form, "url")["value"], Is.EqualTo(PushUrl));
            Assert.That((string?)Row(form, "url")["label"], Is.EqualTo("Pushgateway URL"));
            Assert.That((string?)Row(form, "labels")["value"], Is.EqualTo("site=paris"));
            Assert.That((bool)Row(form, "agentId")["locked"]!, Is.True);
            Assert.That((string?)Row(form, "agentId")["value"], Is.EqualTo("agent-policy"));
            Assert.That((bool)Row(form, "job")["locked"]!, Is.False);
            Assert.That(form["policyLines"]!.AsArray().Select(l => (string?)l), Is.EqualTo(new[] { "Policy value \"pushIntervalSeconds\" ignored: Push interval must be a whole number." }));
        }

        /// <summary>The worker carries no labels or help: it reads them, for each form, from the
        /// package's managed_schema.json through chrome.runtime.getURL and fetch.</summary>
        [Test]
        public void TheLabelsAndHelpComeFromThePackagesPolicySchema()
        {
            Settings();
            B.StartWorker("installed");
            Advance(100);
            JsonNode form = Ask("{ type: 'wse/form' }")!;
            Assert.That(B.PackageFilesRead, Is.EqualTo(new[] { "managed_schema.json" }));
            Assert.That(B.Fetch.Requests, Is.Empty, "not the network");
            JsonNode schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Bundles.RepoRoot, "static", "managed_schema.json")))!;
            Assert.That((string?)Row(form, "gzip")["help"], Is.EqualTo((string?)schema["properties"]!["gzip"]!["description"]));
            Assert.That((string?)Row(form, "genesys")["label"], Is.EqualTo((string?)schema["properties"]!["platforms"]!["properties"]!["genesys"]!["title"]));
            Assert.That((string?)Row(form, "url")["placeholder"], Is.EqualTo("https://pushgateway.example.com:9091"));
        }

        /// <summary>Without the schema the form still comes, each field labelled by its key and without
        /// help, and the failure is counted as the worker's other errors are.</summary>
        [Test]
        public void WithoutTheSchemaTheFormShowsTheKeysAndTheErrorIsCounted()
        {
            Settings();
            B.PackageFile = _ => null;
            B.StartWorker("installed");
            Advance(100);
            JsonNode form = Ask("{ type: 'wse/form' }")!;
            Assert.That((string?)Row(form, "url")["label"], Is.EqualTo("url"));
            Assert.That((string?)Row(form, "url")["help"], Is.EqualTo(""));
            Assert.That((string?)Row(form, "url")["value"], Is.EqualTo(PushUrl));
            Assert.That(WorkerErrorLines(), Has.Count.EqualTo(1).And.All.Contains("webrtc-stats-exporter: worker error in settings: managed_schema.json: HTTP 404"));
            ExpectWorkerErrors = true;
        }

        [Test]
        public void SaveValidatesPerFieldRefusesLockedFieldsAndStores()
        {
            Settings();
            B.SetPolicy(new JsonObject { ["agentId"] = "agent-policy" });
            B.StartWorker("installed");
            Advance(100);
            JsonNode bad = Ask(Save("{ job: 'webrtc-2', pollIntervalSeconds: '0', url: 'ftp://nowhere' }"))!;
            Assert.That((bool)bad["ok"]!, Is.False);
            Assert.That(bad["errors"]!.AsArray().Select(e => (string?)e!["field"]), Is.EquivalentTo(new[] { "pollIntervalSeconds", "url" }));
            Assert.That((string?)B.GetStorage("sync", "settings")!["job"], Is.EqualTo("webrtc"), "nothing stored");
            JsonNode locked = Ask(Save("{ job: 'webrtc-2', agentId: 'agent-typed' }"))!;
            Assert.That(locked["errors"]!.AsArray().Select(e => (string?)e!["field"]), Is.EqualTo(new[] { "agentId" }));
            Assert.That((string?)B.GetStorage("sync", "settings")!["job"], Is.EqualTo("webrtc"), "nothing stored");
            JsonNode ok = Ask(Save("{ job: 'webrtc-2', meet: 'false' }"))!;
            Assert.That((bool)ok["ok"]!, Is.True, ok.ToJsonString());
            Assert.That((string?)ok["note"], Is.EqualTo(""));
            JsonNode stored = B.GetStorage("sync", "settings")!;
            Assert.That((string?)stored["job"], Is.EqualTo("webrtc-2"));
            Assert.That((bool)stored["platforms"]!["meet"]!, Is.False);
            Assert.That((string?)stored["agentId"], Is.EqualTo("agent-007"), "the user's own value, not the policy's");
        }

        [Test]
        public void AContentScriptGetsNeitherTheFormNorASave()
        {
            Settings(secrets: new JsonObject { ["version"] = 2, ["password"] = "pw" });
            B.StartWorker("installed");
            Frame f = Page(1);
            Advance(100);
            foreach (string m in new[] { "{ type: 'wse/form' }", Save("{ job: 'hijacked' }") })
            {
                var answer = f.Isolated.Await(f.Isolated.Eval($"chrome.runtime.sendMessage({m}).then(r => JSON.stringify(r === undefined ? null : r))"));
                Assert.That(answer.AsString(), Is.EqualTo("null"), m);
            }
            Assert.That((string?)B.GetStorage("sync", "settings")!["job"], Is.EqualTo("webrtc"));
        }
    }
}
