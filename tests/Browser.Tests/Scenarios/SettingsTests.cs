using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using NUnit.Framework;
using WebRtcStatsExporter.Browser.Tests.Harness;

namespace WebRtcStatsExporter.Browser.Tests.Scenarios
{
    /// <summary>Issue 5, scenario 6: a platform switched off and a non-platform origin push nothing;
    /// an origin the user adds on the options page is captured. "Nothing" is checked against a control call in another tab
    /// of the same browser that is captured, so the test proves the pipeline was alive.</summary>
    public sealed class SettingsTests : BrowserTest
    {
        [Test]
        public async Task PlatformSwitchedOffPushesNothing()
        {
            await ConfigureAsync(s => s.Meet = false);
            await StartCallAsync("https://meet.google.com/off-off-off");
            await StartCallAsync("https://teams.microsoft.com/_#/control");
            var state = await WaitForAgentGroupAsync("teams");
            state = await WaitForMorePushesAsync(state, 2);
            Assert.That(state.ForAgent(Settings.AgentId).Select(g => g.Label("platform")), Has.None.EqualTo("meet"),
                "the switched-off platform was pushed:\n" + state.Describe());
        }

        [Test]
        public async Task OriginThatIsNotAPlatformPushesNothing()
        {
            await ConfigureAsync();
            await StartCallAsync("https://www.example.org/call.html");
            await StartCallAsync("https://meet.google.com/control-call");
            var state = await WaitForAgentGroupAsync("meet");
            state = await WaitForMorePushesAsync(state, 2);
            var groups = state.ForAgent(Settings.AgentId).ToList();
            Assert.That(groups.Select(g => g.Label("platform")), Has.All.EqualTo("meet"), "a non-platform origin was pushed:\n" + state.Describe());
            Assert.That(state.AllData.SelectMany(s => s.Labels.Values), Has.None.Contains("example.org"));
        }

        /// <summary>A user adds an origin on the options page; a call there is captured and pushed, and a
        /// call on an origin the extension may reach but the user did not add is not. The options page asks
        /// for the origin's host access with chrome.permissions.request, whose prompt headless Chromium shows
        /// to nobody. Chrome grants host access one other way, at install, from the manifest: this test loads
        /// a copy of the built extension whose manifest lists both origins in host_permissions. Chrome then
        /// answers the page's request itself, as already granted (checked: asked for exactly that origin,
        /// inside the click), and everything after the prompt runs for real: the save, the worker
        /// registering the content scripts for the origin, the capture on a page under that hostname, the
        /// push. Only the user's click on the prompt is not exercised.</summary>
        [Test]
        public async Task UserAddedOriginIsCaptured()
        {
            await ConfigureAsync();
            // Watches the options page's permission requests; each is passed to Chrome unchanged.
            await Browser.Context.AddInitScriptAsync(@"if (location.protocol === 'chrome-extension:' && globalThis.chrome && chrome.permissions) {
                const request = chrome.permissions.request.bind(chrome.permissions);
                window.__requests = [];
                chrome.permissions.request = (p, ...rest) => {
                    const seen = { origins: p && p.origins, inGesture: navigator.userActivation.isActive };
                    window.__requests.push(seen);
                    return request(p, ...rest).then(ok => { seen.granted = ok; return ok; }, e => { seen.error = String(e); throw e; });
                };
            }");
            var options = await Browser.OpenOptionsAsync();
            Assert.That(await options.EvaluateAsync<bool>("() => chrome.permissions.contains({ origins: ['" + UserOrigin + "/*', '" + GrantedNotAdded + "/*'] })"),
                Is.True, "the test copy's manifest did not grant host access to the origins");
            await options.Locator("#origin-new").FillAsync(UserOrigin);
            await options.Locator("#origin-add").ClickAsync();
            await options.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
            // "Saved." comes after the page has seen the worker register the origin's content scripts.
            await options.WaitForFunctionAsync("() => /^Saved\\./.test(document.getElementById('save-status').textContent)", null, new() { Timeout = 30_000 });
            string status = (await options.Locator("#save-status").TextContentAsync())!;
            Assert.That(status, Does.Not.Contain("has not registered"), status);
            // The page asked for exactly the added origin, inside the click, and Chrome said yes.
            string requests = await options.EvaluateAsync<string>("() => JSON.stringify(window.__requests)");
            Assert.That(requests, Is.EqualTo("[{\"origins\":[\"" + UserOrigin + "/*\"],\"inGesture\":true,\"granted\":true}]"), requests);
            string registered = await options.EvaluateAsync<string>("async () => JSON.stringify((await chrome.scripting.getRegisteredContentScripts()).map(s => [s.id, s.matches, s.world || 'ISOLATED']))");
            Assert.That(registered, Does.Contain(UserOrigin + "/*").And.Contain("MAIN").And.Contain("ISOLATED").And.Not.Contain("other.example.net"), registered);
            await options.CloseAsync();

            await StartCallAsync(GrantedNotAdded + "/softphone");
            await StartCallAsync(UserOrigin + "/softphone");
            var state = await WaitForAgentGroupAsync("custom");
            state = await WaitForMorePushesAsync(state, 2);
            TestContext.Out.WriteLine(state.Describe());
            var groups = state.ForAgent(Settings.AgentId).ToList();
            Assert.That(groups.Select(g => (g.Label("platform"), g.Label("origin"))).Distinct(), Is.EqualTo(new[] { ("custom", UserOrigin) }),
                "only the added origin is captured:\n" + state.Describe());
            Assert.That(state.AllData.SelectMany(s => s.Labels.Values), Has.None.Contains("other.example.net"));
            await AssertPromtoolCleanAsync();
        }

        private const string UserOrigin = "https://softphone.example.net";
        private const string GrantedNotAdded = "https://other.example.net";
        private ExtensionCopy? userOriginBuild;

        protected override string? ExtensionDir =>
            TestContext.CurrentContext.Test.MethodName == nameof(UserAddedOriginIsCaptured)
                ? (userOriginBuild ??= ExtensionCopy.Create("user-origin", m =>
                    {
                        var hosts = m["host_permissions"]!.AsArray();
                        hosts.Add(UserOrigin + "/*");
                        hosts.Add(GrantedNotAdded + "/*");
                    })).Dir
                : null;

        protected override string? ExtensionIdOverride => Repo.ExtensionId;

        [OneTimeTearDown]
        public void RemoveCopy() => userOriginBuild?.Dispose();
    }
}
