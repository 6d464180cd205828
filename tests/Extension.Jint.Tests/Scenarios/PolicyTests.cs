using System.Linq;
using System.Text.Json.Nodes;
using Jint;
using NUnit.Framework;
using WebRtcStatsExporter.JintTests.Harness;

namespace WebRtcStatsExporter.JintTests.Scenarios
{
    /// <summary>Issue 15: the administrator's policy (chrome.storage.managed) and synced settings, in
    /// the real worker and bridge bundles.</summary>
    public sealed class PolicyTests : ScenarioBase
    {
        private (Frame f, int pc) ConnectedCall(int tabId, string url = TeamsUrl)
        {
            Frame f = Page(tabId, url);
            Advance(10);
            int pc = NewPc(f);
            SetState(f, pc, "connecting");
            SetState(f, pc, "connected");
            return (f, pc);
        }

        private JsonNode Status(int tabId)
        {
            var popup = new Realm(B, "popup", "worker", null);
            B.DeadRealms.Add(popup);
            var resp = popup.Await(popup.Eval($"chrome.runtime.sendMessage({{ type: 'wse/status', tabId: {tabId} }}).then(r => JSON.stringify(r))"));
            return JsonNode.Parse(resp.AsString())!;
        }

        [Test]
        public void PolicyAgentJobAndLabelsWinOverTheUsersSettings()
        {
            Settings(s => { s["agentId"] = "agent-user"; s["job"] = "user-job"; });
            B.SetPolicy(new JsonObject { ["agentId"] = "agent-policy", ["job"] = "fleet", ["labels"] = new JsonObject { ["team"] = "billing", ["site"] = "paris" } });
            B.StartWorker("installed");
            ConnectedCall(3);
            Advance(7100);
            var puts = Requests("PUT");
            Assert.That(puts, Is.Not.Empty);
            Assert.That(puts[0].Url, Is.EqualTo(GroupUrl("agent-policy", 0, "fleet") + "/site/paris/team/billing"));
            Assert.That(puts[0].Body ?? "", Does.Contain("agent_id=\"agent-policy\""));
            Assert.That(Requests().Any(r => r.Url.Contains("agent-user")), Is.False);
            Assert.That(B.GetStorage("sync", "settings")!["agentId"]!.ToString(), Is.EqualTo("agent-user"), "the policy is never written to sync");
        }

        [Test]
        public void ALivePolicyChangeDeletesTheOldGroupAndPushesUnderTheNewAgent()
        {
            Settings();
            B.SetPolicy(new JsonObject { ["agentId"] = "agent-a" });
            B.StartWorker("installed");
            ConnectedCall(3);
            Advance(7100);
            Assert.That(Requests("PUT").Select(r => r.Url), Does.Contain(GroupUrl("agent-a", 0)));
            int before = B.Fetch.Requests.Count;
            B.SetPolicy(new JsonObject { ["agentId"] = "agent-b" });
            Advance(200); // not a push interval: a new destination is pushed at once
            Assert.That(B.Fetch.Requests.Skip(before).Where(r => r.Method == "PUT").Select(r => r.Url), Does.Contain(GroupUrl("agent-b", 0)));
            Advance(6000);
            var after = B.Fetch.Requests.Skip(before).ToList();
            Assert.That(after.Where(r => r.Method == "DELETE").Select(r => r.Url), Does.Contain(GroupUrl("agent-a", 0)), "the old group is deleted");
            Assert.That(after.Where(r => r.Method == "PUT").Select(r => r.Url), Does.Contain(GroupUrl("agent-b", 0)), "pushes move to the new agent id");
            Assert.That(after.Where(r => r.Method == "PUT").Select(r => r.Url), Has.None.EqualTo(GroupUrl("agent-a", 0)));
        }

        [Test]
        public void InvalidPolicyValuesAreReportedToThePopupAndTheRestApplies()
        {
            Settings();
            B.SetPolicy(new JsonObject { ["agentId"] = "agent-p", ["pushIntervalSeconds"] = 1, ["labels"] = new JsonObject { ["instance"] = "x" } });
            B.StartWorker("installed");
            ConnectedCall(3);
            Advance(7100);
            Assert.That(Requests("PUT").Select(r => r.Url), Does.Contain(GroupUrl("agent-p", 0)));
            JsonNode status = Status(3);
            var problems = status["policyProblems"]!.AsArray().Select(p => p!["field"]!.ToString()).ToList();
            Assert.That(problems, Is.EquivalentTo(new[] { "pushIntervalSeconds", "labels" }));
            Assert.That(status["settingsErrors"]!.AsArray(), Is.Empty);
        }

        [Test]
        public void AnUnknownPolicyMetricDetailIsReportedAndTheDefaultApplies()
        {
            Settings();
            B.SetPolicy(new JsonObject { ["metricDetail"] = "everything" });
            B.StartWorker("installed");
            ConnectedCall(3);
            Advance(7100);
            Assert.That(Requests("PUT"), Is.Not.Empty, "the rest of the settings still push");
            JsonNode status = Status(3);
            var problems = status["policyProblems"]!.AsArray().Select(p => p!["field"] + ": " + p!["message"]).ToList();
            Assert.That(problems, Is.EqualTo(new[] { "metricDetail: Metric detail must be one of: standard, detailed." }));
        }

        [Test]
        public void APolicyEndpointWithoutHostAccessIsReportedNotSilentlyFailed()
        {
            Settings();
            B.SetPolicy(new JsonObject { ["url"] = "https://pgw.corp.example:9091" });
            B.StartWorker("installed");
            ConnectedCall(3);
            Advance(7100);
            Assert.That(Requests("PUT"), Is.Empty, "nothing is sent to an origin Chrome has not granted");
            JsonNode status = Status(3);
            Assert.That(status["missingAccess"]!.AsArray().Select(o => o!.ToString()), Is.EqualTo(new[] { "https://pgw.corp.example:9091" }));
            Assert.That(status["lastError"]!.ToString(), Does.Contain("https://pgw.corp.example:9091").And.Contain("Allow"));

            // The user presses "Allow access" in the popup: the next push goes out.
            B.GrantedOrigins.Add("https://pgw.corp.example:9091/*");
            B.DispatchToWorker("permissions.onAdded", new JsonArray(new JsonObject { ["origins"] = new JsonArray("https://pgw.corp.example:9091/*") }));
            Advance(6000);
            Assert.That(Requests("PUT").Select(r => r.Url), Does.Contain("https://pgw.corp.example:9091/metrics/job/webrtc/instance/agent-007/tab/0"));
            Assert.That(Status(3)["missingAccess"]!.AsArray(), Is.Empty);
        }

        [Test]
        public void APolicySwitchReachesTheBridgeInEveryFrame()
        {
            Settings();
            B.SetPolicy(new JsonObject { ["platforms"] = new JsonObject { ["teams"] = false } });
            B.StartWorker("installed");
            ConnectedCall(3);
            Advance(7100);
            Assert.That(B.MessagesDelivered, Is.EqualTo(0), "the bridge read the policy and told the hook not to capture");
            Assert.That(Requests("PUT"), Is.Empty);
            // Control: a platform the policy leaves on is captured in the same browser.
            ConnectedCall(4, "https://meet.google.com/abc-defg-hij");
            Advance(7100);
            Assert.That(B.MessagesDelivered, Is.GreaterThan(0));
            Assert.That(Requests("PUT").Select(r => r.Body ?? ""), Has.All.Contains("platform=\"meet\""));
        }

        [Test]
        public void OriginsThatArriveBySyncOrPolicyGetTheirContentScriptsRegistered()
        {
            Settings();
            B.StartWorker("installed");
            Advance(100);
            Assert.That(B.RegisteredScripts, Is.Empty);
            // Another device added an origin: it arrives here by sync, with no page open.
            var synced = B.GetStorage("sync", "settings")!.AsObject();
            synced["extraOrigins"] = new JsonArray("https://softphone.example.com");
            B.WriteStorage("sync", new JsonObject { ["settings"] = synced.DeepClone() });
            Advance(100);
            Assert.That(B.RegisteredScripts.Select(s => s["id"]!.ToString()), Is.EquivalentTo(new[] { "wse-extra-main", "wse-extra-isolated" }));
            Assert.That(B.RegisteredScripts.All(s => s["matches"]!.AsArray().Select(m => m!.ToString()).SequenceEqual(new[] { "https://softphone.example.com/*" })), Is.True);
            Assert.That(B.RegisteredScripts.Single(s => s["id"]!.ToString() == "wse-extra-main")["world"]!.ToString(), Is.EqualTo("MAIN"));

            // A policy sets the list: the policy's origins replace the user's.
            B.SetPolicy(new JsonObject { ["extraOrigins"] = new JsonArray("https://ccp.corp.example", "https://ccp.corp.example/bad/path") });
            Advance(100);
            Assert.That(B.RegisteredScripts.All(s => s["matches"]!.AsArray().Select(m => m!.ToString()).SequenceEqual(new[] { "https://ccp.corp.example/*" })), Is.True);
            Assert.That(Status(1)["policyProblems"]!.AsArray().Single()!["field"]!.ToString(), Is.EqualTo("extraOrigins"));

            // The policy is withdrawn: back to the user's list.
            B.SetPolicy(new JsonObject());
            Advance(100);
            Assert.That(B.RegisteredScripts.All(s => s["matches"]!.AsArray().Select(m => m!.ToString()).SequenceEqual(new[] { "https://softphone.example.com/*" })), Is.True);
        }
    }
}
