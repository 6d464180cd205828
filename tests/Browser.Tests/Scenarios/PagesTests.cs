using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using NUnit.Framework;
using WebRtcStatsExporter.Browser.Tests.Harness;

namespace WebRtcStatsExporter.Browser.Tests.Scenarios
{
    /// <summary>Issue 6: the options page configures the extension as a user would, refuses invalid
    /// input next to the field, and both pages are photographed for the README.</summary>
    public sealed class PagesTests : BrowserTest
    {
        [Test]
        public async Task OptionsPageSavesAndTheNextPushUsesTheNewAgentId()
        {
            await ConfigureAsync(s => s.AgentId = "agent-before-options");
            var options = await Browser.OpenOptionsAsync();
            var detail = options.GetByLabel("Metric detail", new() { Exact = true });
            Assert.That(await detail.InputValueAsync(), Is.EqualTo("standard"), "the default metric detail");
            // the labels (found above) and help come from the package's managed_schema.json, read by the worker
            using (var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.DistUnpacked, "managed_schema.json"))))
            {
                System.Text.Json.JsonElement job = schema.RootElement.GetProperty("properties").GetProperty("job");
                Assert.That((await options.Locator("label[for=job]").TextContentAsync())!.Trim(), Is.EqualTo(job.GetProperty("title").GetString()));
                Assert.That((await options.Locator("#job-hint").TextContentAsync())!.Trim(), Is.EqualTo(job.GetProperty("description").GetString()));
            }
            await options.GetByLabel("Pushgateway URL", new() { Exact = true }).FillAsync(Gateway.Url);
            await options.GetByLabel("Agent ID", new() { Exact = true }).FillAsync("agent-from-options");
            await options.GetByLabel("Job", new() { Exact = true }).FillAsync("webrtc-options");
            await options.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
            await options.WaitForTimeoutAsync(500);
            var shownErrors = await options.Locator(".error:not([hidden])").AllTextContentsAsync();
            Assert.That(shownErrors, Is.Empty, "a valid form showed an error");
            await SaveScreenshotAsync(options, "options.png");
            await StoreScreenshots.SaveAsync(options, "options.png");
            // (photographed with the default; then the user opts in to every field)
            await detail.SelectOptionAsync("detailed");
            await options.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
            await options.WaitForFunctionAsync("async () => (await chrome.storage.sync.get('settings')).settings?.metricDetail === 'detailed'", null, new() { Timeout = 30_000 });

            Settings.AgentId = "agent-from-options";
            await StartCallAsync("https://meet.google.com/options-saved-call");
            var state = await WaitForAgentGroupAsync("meet");
            var group = state.ForAgent("agent-from-options").Single();
            Assert.That(group.Labels["job"], Is.EqualTo("webrtc-options"));
            Assert.That(state.ForAgent("agent-before-options"), Is.Empty);
            Assert.That(group.Data.Select(s => s.Name).Intersect(MetricSchema.DetailedFamilies), Is.Not.Empty, "the metric detail chosen on the page: detailed");
        }

        [Test]
        public async Task InvalidInputIsRefusedNextToTheFieldAndNothingIsSaved()
        {
            await ConfigureAsync(s => s.AgentId = "agent-kept");
            var options = await Browser.OpenOptionsAsync();
            await options.GetByLabel("Pushgateway URL", new() { Exact = true }).FillAsync("ftp://nowhere");
            await options.GetByLabel("Poll interval (seconds)", new() { Exact = true }).FillAsync("0");
            await options.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
            await options.WaitForTimeoutAsync(500);
            Assert.That(await options.Locator("#url-error").IsVisibleAsync(), Is.True, "no error next to the URL");
            Assert.That(await options.Locator("#pollIntervalSeconds-error").IsVisibleAsync(), Is.True, "no error next to the interval");
            string saved = await options.EvaluateAsync<string>("async () => JSON.stringify(await chrome.storage.sync.get())");
            Assert.That(saved, Does.Contain("agent-kept"));
            Assert.That(saved, Does.Not.Contain("ftp://nowhere"));
        }

        /// <summary>Issue 12: "Test connection" is answered by the worker (wse/test-connection) with
        /// the form's values, unsaved, against the real Pushgateway.</summary>
        [Test]
        public async Task TestConnectionReportsTheFormsEndpointThroughTheWorker()
        {
            await ConfigureAsync();
            var options = await Browser.OpenOptionsAsync();
            var url = options.GetByLabel("Pushgateway URL", new() { Exact = true });
            var result = options.Locator("#test-result");
            var test = options.GetByRole(AriaRole.Button, new() { Name = "Test connection", Exact = true });
            await url.FillAsync(Gateway.Url);
            await test.ClickAsync();
            await options.WaitForFunctionAsync("() => /^(Connected|HTTP|Unreachable|No answer|Chrome|Test failed)/.test(document.getElementById('test-result').textContent)", null, new() { Timeout = 30_000 });
            Assert.That(await result.TextContentAsync(), Does.Match(@"^Connected: HTTP 202 in \d+ ms\.$"));
            Assert.That(await result.GetAttributeAsync("class"), Is.EqualTo("result ok-text"));
            await url.FillAsync(Gateway.Url + "/not-here");
            await test.ClickAsync();
            await options.WaitForFunctionAsync("() => /^HTTP 404/.test(document.getElementById('test-result').textContent)", null, new() { Timeout = 30_000 });
            Assert.That(await result.TextContentAsync(), Is.EqualTo("HTTP 404 Not Found: nothing at this address. Is it the Pushgateway's base URL?"));
            Assert.That(await result.GetAttributeAsync("class"), Is.EqualTo("result error-text"));
        }

        [Test]
        public async Task PopupRendersDeliveryHealth()
        {
            await ConfigureAsync();
            await StartCallAsync("https://meet.google.com/popup-call");
            await WaitForAgentGroupAsync("meet");
            var popup = await Browser.OpenExtensionPageAsync("popup.html");
            await popup.SetViewportSizeAsync(360, 420);
            // The popup refreshes every second; the last successful push appears once the worker reports it.
            await popup.WaitForFunctionAsync("() => { const d = document.getElementById('last-push'); return d && d.textContent && d.textContent !== '…' && !/never/i.test(d.textContent); }",
                null, new() { Timeout = 30000 });
            await SaveScreenshotAsync(popup, "popup.png");
            await StoreScreenshots.SaveAsync(popup, "popup-call.png", zoom: 1.5);
        }

        [Test]
        public async Task PopupShowsTheLiveCallsConnectionCount()
        {
            await ConfigureAsync();
            var call = await StartCallAsync("https://meet.google.com/popup-count-call");
            await WaitForAgentGroupAsync("meet");
            // The popup describes the active tab: open it, make the call's tab active again, reload it.
            var popup = await Browser.OpenExtensionPageAsync("popup.html");
            await call.BringToFrontAsync();
            await popup.ReloadAsync();
            await popup.WaitForFunctionAsync("() => document.getElementById('connections').textContent.trim() === '2'", null, new() { Timeout = 30000 });
            Assert.That((await popup.Locator("#platform").TextContentAsync())!.Trim(), Does.Contain("Meet"));
        }

        [Test]
        public async Task PopupSiteSwitchTurnsThePlatformOffAndOnThroughTheWorker()
        {
            await ConfigureAsync();
            var call = await StartCallAsync("https://meet.google.com/popup-switch-call");
            var popup = await Browser.OpenExtensionPageAsync("popup.html");
            await call.BringToFrontAsync();
            await popup.ReloadAsync();
            await popup.WaitForFunctionAsync("() => !document.getElementById('capture-row').hidden && document.getElementById('capture').checked", null, new() { Timeout = 30000 });
            Assert.That((await popup.Locator("#capture-label").TextContentAsync())!.Trim(), Is.EqualTo("Capture calls on Google Meet"));
            await popup.BringToFrontAsync();
            const string meet = "async () => JSON.stringify((await chrome.storage.sync.get('settings')).settings?.platforms?.meet)";
            await popup.Locator("#capture").ClickAsync();
            await popup.WaitForFunctionAsync("() => !document.getElementById('capture').disabled", null, new() { Timeout = 30000 });
            Assert.That(await popup.EvaluateAsync<string>(meet), Is.EqualTo("false"), "the worker stored the switch");
            Assert.That(await popup.Locator("#capture").IsCheckedAsync(), Is.False);
            await popup.Locator("#capture").ClickAsync();
            await popup.WaitForFunctionAsync("() => document.getElementById('note').textContent === 'Calls on this page are captured from the next poll.'", null, new() { Timeout = 30000 });
            Assert.That(await popup.EvaluateAsync<string>(meet), Is.EqualTo("true"));
            Assert.That(await popup.Locator("#capture").IsCheckedAsync(), Is.True);
        }

        static async Task SaveScreenshotAsync(IPage page, string name)
        {
            // Never into tracked files: reviewed copies live in docs/images/.
            var dir = Path.Combine(Repo.Root, "artifacts", "screenshots");
            Directory.CreateDirectory(dir);
            await page.ScreenshotAsync(new() { Path = Path.Combine(dir, name), FullPage = true });
        }
    }
}
