using System;
using System.Diagnostics;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.Playwright;
using NUnit.Framework;
using WebRtcStatsExporter.Browser.Tests.Harness;

namespace WebRtcStatsExporter.Browser.Tests.Scenarios
{
    /// <summary>Issue 15: a real Chromium policy file configures the extension. The test loads a copy
    /// of the extension with a test-only key (its own id), writes the policy for that id only under
    /// /etc/chromium/policies/managed/, and deletes the file whatever happens. See
    /// docs/policy-recipe.md for what headless Chromium needs.</summary>
    [NonParallelizable]
    public sealed class PolicyTests : BrowserTest
    {
        private PolicyTestExtension extension = null!;
        private ChromiumPolicyFile? policy;

        protected override string? ExtensionDir => extension.Dir;
        protected override string? ExtensionIdOverride => extension.Id;

        [OneTimeSetUp]
        public void CopyExtension() => extension = PolicyTestExtension.Create();

        [OneTimeTearDown]
        public void RemoveCopy()
        {
            policy?.Dispose();
            extension?.Dispose();
        }

        private JsonObject Policy(string agentId, JsonObject? labels = null, string metricDetail = "detailed") => new JsonObject
        {
            ["metricDetail"] = metricDetail,
            ["url"] = Gateway.Url,
            ["agentId"] = agentId,
            ["job"] = "webrtc-policy",
            ["pollIntervalSeconds"] = 1,
            ["pushIntervalSeconds"] = 5,
            ["gzip"] = false,
            ["labels"] = labels ?? new JsonObject { ["site"] = "paris", ["team"] = "billing" },
        };

        private static string[] DetailedFamilies => MetricSchema.DetailedFamilies;

        protected override Task BeforeLaunchAsync()
        {
            policy?.Dispose();
            policy = ChromiumPolicyFile.Write(extension.Id, Policy("agent-policy-1"));
            return Task.CompletedTask;
        }

        [TearDown]
        public void RemovePolicyFile()
        {
            policy?.Dispose();
            policy = null;
        }

        private Task<PushState> WaitForGroupAsync(string agentId, TimeSpan timeout) =>
            Gateway.WaitForAsync(s => s.ForAgent(agentId).Any(g => g.Data.Any()), timeout, $"a group for agent_id=\"{agentId}\"");

        [Test]
        public async Task APolicyFileConfiguresTheExtensionLocksTheOptionsAndAppliesLive()
        {
            var clock = Stopwatch.StartNew();
            // Nothing is configured by hand: no extension page is opened before the call.
            await StartCallAsync("https://meet.google.com/policy-call");
            PushState state = await WaitForGroupAsync("agent-policy-1", FirstPush);
            TestContext.Out.WriteLine($"launch → first push with the policy's values: {clock.Elapsed.TotalSeconds:0.0} s");
            Group group = state.ForAgent("agent-policy-1").Single();
            Assert.Multiple(() =>
            {
                Assert.That(group.Labels["job"], Is.EqualTo("webrtc-policy"));
                Assert.That(group.Labels["instance"], Is.EqualTo("agent-policy-1"));
                Assert.That(group.Labels["site"], Is.EqualTo("paris"));
                Assert.That(group.Labels["team"], Is.EqualTo("billing"));
                Assert.That(group.Data.All(s => s.Labels["site"] == "paris" && s.Labels["team"] == "billing"), Is.True, "the fleet labels are on every series");
                Assert.That(group.Label("platform"), Is.EqualTo("meet"));
                Assert.That(DetailedFamilies, Has.Length.GreaterThan(10));
                Assert.That(group.Data.Select(s => s.Name).Intersect(DetailedFamilies), Is.Not.Empty, "the policy's metricDetail=detailed adds the detailed families");
            });
            await AssertPromtoolCleanAsync();

            // A user's own sync value does not override the policy.
            IPage popup = await Browser.OpenExtensionPageAsync("popup.html");
            await popup.EvaluateAsync(@"async () => {
                const s = (await chrome.storage.sync.get('settings')).settings || { version: 2 };
                s.agentId = 'agent-user'; s.job = 'user-job';
                await chrome.storage.sync.set({ settings: s });
            }");
            Settings.AgentId = "agent-policy-1";
            state = await WaitForMorePushesAsync(state, 2);
            Assert.That(state.ForAgent("agent-user"), Is.Empty, "the user's sync value overrode the policy:\n" + state.Describe());
            Assert.That(state.Groups.Select(g => g.Labels["job"]).Distinct(), Is.EqualTo(new[] { "webrtc-policy" }));

            // The options page shows the policy's fields locked, with a note.
            IPage options = await Browser.OpenOptionsAsync();
            foreach (string id in new[] { "agentId", "job", "labels", "url", "pollIntervalSeconds", "pushIntervalSeconds", "gzip", "sink", "metricDetail" })
            {
                Assert.That(await options.Locator("#" + id).IsDisabledAsync(), Is.True, id + " is not locked");
                Assert.That(await options.Locator($"#{id}-locked").IsVisibleAsync(), Is.True, id + " has no 'set by your organisation' note");
            }
            Assert.That(await options.Locator("#agentId").InputValueAsync(), Is.EqualTo("agent-policy-1"));
            Assert.That(await options.Locator("#labels").InputValueAsync(), Is.EqualTo("site=paris\nteam=billing"));
            Assert.That(await options.Locator("#meet").IsDisabledAsync(), Is.False, "a setting the policy leaves alone stays editable");
            Assert.That(await options.Locator("#policy").IsVisibleAsync(), Is.True);
            Assert.That(await options.Locator("#policy-text").TextContentAsync(), Does.Contain("Your organisation manages"));

            // A live policy change (with one invalid label and an unknown metric detail): the series move to
            // the new agent id, the old group is deleted, the invalid values are explained on the options
            // page and in the popup, and the user's own metric detail (the default, standard) applies.
            var newLabels = new JsonObject { ["site"] = "lyon", ["instance"] = "not-allowed" };
            await popup.EvaluateAsync(@"() => { const t0 = performance.now(); window.__managedAfterMs = null;
                chrome.storage.onChanged.addListener((c, area) => { if (area === 'managed' && c.agentId && window.__managedAfterMs === null) window.__managedAfterMs = performance.now() - t0; }); }");
            var change = Stopwatch.StartNew();
            policy!.Update(Policy("agent-policy-2", newLabels, "everything"));
            state = await WaitForGroupAsync("agent-policy-2", TimeSpan.FromSeconds(90));
            double seconds = change.Elapsed.TotalSeconds;
            double managedMs = await popup.EvaluateAsync<double>("() => window.__managedAfterMs ?? -1");
            TestContext.Out.WriteLine($"policy file changed → chrome.storage.managed changed: {managedMs / 1000:0.0} s; → first push with the new values: {seconds:0.0} s");
            TestContext.Progress.WriteLine($"[measured] policy file change → storage.managed {managedMs / 1000:0.00} s → first push with the new values {seconds:0.00} s");
            Group moved = state.ForAgent("agent-policy-2").Single();
            Assert.That(moved.Labels["site"], Is.EqualTo("lyon"));
            Assert.That(moved.Labels.ContainsKey("team"), Is.False);
            Assert.That(moved.Labels["instance"], Is.EqualTo("agent-policy-2"), "the invalid label did not replace the agent id");
            Assert.That(moved.Data.Select(s => s.Name).Intersect(DetailedFamilies), Is.Empty, "an unknown metricDetail falls back to the user's standard");
            Assert.That(moved.Data.Select(s => s.Name), Does.Contain("webrtc_inbound_received_packets_total").Or.Contain("webrtc_outbound_sent_packets_total"));
            state = await Gateway.WaitForAsync(s => !s.ForAgent("agent-policy-1").Any(), GroupGone, "the old agent's group deleted");

            await options.WaitForFunctionAsync("() => document.getElementById('agentId').value === 'agent-policy-2'", null, new() { Timeout = 30_000 });
            string problems = (await options.Locator("#policy-problems").TextContentAsync()) ?? "";
            Assert.That(problems, Does.Contain("labels").And.Contain("instance").And.Contain("Metric detail must be one of: standard, detailed."));
            await popup.ReloadAsync();
            await popup.WaitForFunctionAsync("() => !document.getElementById('policy').hidden", null, new() { Timeout = 30_000 });
            Assert.That(await popup.Locator("#policy-problems").TextContentAsync(), Does.Contain("instance").And.Contain("Metric detail"));
            await options.BringToFrontAsync();
            await options.EvaluateAsync("() => window.scrollTo(0, 0)");
            await StoreScreenshots.SaveAsync(options, "options-policy.png");
            IPage gateway = await Browser.Context.NewPageAsync();
            await gateway.GotoAsync(Gateway.Url + "/");
            // Open the agent's group: its grouping labels (job, instance, tab, site) and its metric families.
            await gateway.Locator("#job-accordion > .card > .card-header button[data-toggle=collapse]").First.ClickAsync();
            await gateway.WaitForTimeoutAsync(500);
            await StoreScreenshots.SaveAsync(gateway, "pushgateway.png");
        }

        [Test]
        public async Task APolicyEndpointOutsideTheManifestAsksForAccessInsteadOfFailingSilently()
        {
            // An HTTPS endpoint the manifest does not grant: the policy cannot grant host access
            // (ExtensionSettings.runtime_allowed_hosts does not either), so the popup and the options
            // page offer one "Allow access" button, and the worker says why nothing is sent.
            policy!.Update(new JsonObject { ["url"] = "https://pushgateway.corp.example:9091", ["agentId"] = "agent-no-access" });
            await StartCallAsync("https://meet.google.com/policy-no-access");
            IPage popup = await Browser.OpenExtensionPageAsync("popup.html");
            await popup.WaitForFunctionAsync("() => !document.getElementById('access').hidden", null, new() { Timeout = 60_000 });
            Assert.That(await popup.Locator("#access-text").TextContentAsync(), Does.Contain("https://pushgateway.corp.example:9091"));
            Assert.That(await popup.Locator("#grant").IsVisibleAsync(), Is.True);
            IPage options = await Browser.OpenOptionsAsync();
            await options.WaitForFunctionAsync("() => !document.getElementById('access').hidden", null, new() { Timeout = 30_000 });
            Assert.That(await options.Locator("#access-text").TextContentAsync(), Does.Contain("no metrics can be sent"));
            await popup.WaitForFunctionAsync("() => /Allow/.test(document.getElementById('last-error').textContent)", null, new() { Timeout = 60_000 });
            await StoreScreenshots.SaveAsync(popup, "popup-access.png", zoom: 1.5);
        }
    }
}
