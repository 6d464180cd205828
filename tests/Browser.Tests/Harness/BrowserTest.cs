using System;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Microsoft.Playwright.NUnit;
using NUnit.Framework;
using NUnit.Framework.Interfaces;

namespace WebRtcStatsExporter.Browser.Tests.Harness
{
    /// <summary>Base of the browser scenarios: one Pushgateway and one HTTPS test site per fixture,
    /// one fresh Chromium profile per test. Tests of a fixture run one at a time (they assert on the
    /// Pushgateway's whole content).</summary>
    [Category("Browser")]
    [NonParallelizable]
    public abstract class BrowserTest : PlaywrightTest
    {
        protected Pushgateway Gateway = null!;
        protected TestSite Site = null!;
        protected ExtensionBrowser Browser = null!;
        protected TestSettings Settings = null!;

        /// <summary>Waits are generous so that a slow machine never fails a test; the measured time
        /// is printed to the test output.</summary>
        protected static readonly TimeSpan FirstPush = TimeSpan.FromSeconds(45);
        protected static readonly TimeSpan GroupGone = TimeSpan.FromSeconds(30);

        [OneTimeSetUp]
        public async Task StartServices()
        {
            Repo.RequireTool(Repo.Chromium, "chromium");
            Repo.RequireTool(Repo.Promtool, "prometheus");
            Gateway = Pushgateway.Start();
            Site = await TestSite.StartAsync();
        }

        [OneTimeTearDown]
        public async Task StopServices()
        {
            Gateway?.Dispose();
            if (Site != null) await Site.DisposeAsync();
        }

        [SetUp]
        public async Task LaunchBrowser()
        {
            await Gateway.WipeAsync();
            Settings = new TestSettings
            {
                Url = Gateway.Url,
                AgentId = "agent-" + Regex.Replace(TestContext.CurrentContext.Test.MethodName ?? "t", "[^A-Za-z0-9]", "").ToLowerInvariant(),
            };
            await BeforeLaunchAsync();
            Browser = await ExtensionBrowser.LaunchAsync(Playwright, Site, ExtensionDir, ExtensionDir == null ? null : ExtensionIdOverride);
        }

        /// <summary>A fixture that loads another build of the extension (a copy with a test-only key)
        /// names its folder and id here.</summary>
        protected virtual string? ExtensionDir => null;
        protected virtual string? ExtensionIdOverride => null;

        /// <summary>Runs before each test's browser starts (e.g. to write a policy file it must read at start).</summary>
        protected virtual Task BeforeLaunchAsync() => Task.CompletedTask;

        [TearDown]
        public async Task CloseBrowser()
        {
            if (Browser == null) return;
            if (TestContext.CurrentContext.Result.Outcome.Status == TestStatus.Failed)
            {
                foreach (var c in Browser.Console) TestContext.Out.WriteLine($"console {c.Type} [{c.Source}] {c.Text}");
                foreach (var e in Browser.PageErrors) TestContext.Out.WriteLine($"pageerror [{e.Page}] {e.Error}");
                try { TestContext.Out.WriteLine("Pushgateway:\n" + (await Gateway.StateAsync()).Describe()); } catch (Exception) { }
            }
            await Browser.DisposeAsync();
            Browser = null!;
        }

        /// <summary>Configures the extension (as the options page would save it) and waits for its worker.</summary>
        protected async Task ConfigureAsync(Action<TestSettings>? change = null)
        {
            change?.Invoke(Settings);
            string worker = await Browser.WaitForServiceWorkerAsync();
            Assert.That(worker, Is.EqualTo($"{Browser.Origin}/background.js"), "the extension's service worker did not start within 30 s (an uncaught error at the top of background.js stops its registration; `chromium --headless --no-sandbox --enable-logging=stderr --load-extension=dist/unpacked --disable-extensions-except=dist/unpacked --dump-dom chrome-extension://" + Repo.ExtensionId + "/options.html` prints it)");
            await Browser.ConfigureAsync(Settings);
        }

        /// <summary>Opens a call page and waits until its loopback call is connected.</summary>
        protected async Task<IPage> StartCallAsync(string url)
        {
            var page = await Browser.OpenAsync(url);
            await ExtensionBrowser.WaitForCallAsync(page);
            return page;
        }

        protected Task<PushState> WaitForAgentGroupAsync(string? platform = null) =>
            Gateway.WaitForAsync(s => s.ForAgent(Settings.AgentId).Any(g => g.Data.Any() && (platform == null || g.Label("platform") == platform)),
                FirstPush, $"a group for agent_id=\"{Settings.AgentId}\"{(platform != null ? $" platform=\"{platform}\"" : "")} with series");

        protected Task<PushState> WaitForAgentGoneAsync() =>
            Gateway.WaitForAsync(s => !s.ForAgent(Settings.AgentId).Any(), GroupGone, $"no group left for agent_id=\"{Settings.AgentId}\"");

        /// <summary>Waits until <paramref name="pushes"/> more pushes of the agent's groups have landed.</summary>
        protected async Task<PushState> WaitForMorePushesAsync(PushState since, int pushes = 2)
        {
            double last = since.ForAgent(Settings.AgentId).Select(g => g.PushTimeSeconds).DefaultIfEmpty(0).Max();
            double seen = last;
            int count = 0;
            return await Gateway.WaitForAsync(s =>
            {
                double now = s.ForAgent(Settings.AgentId).Select(g => g.PushTimeSeconds).DefaultIfEmpty(0).Max();
                if (now > seen) { seen = now; count++; }
                return count >= pushes;
            }, TimeSpan.FromSeconds(Settings.PushIntervalSeconds * pushes * 3 + 30), $"{pushes} more pushes for agent_id=\"{Settings.AgentId}\"");
        }

        protected async Task AssertPromtoolCleanAsync()
        {
            var (code, output) = await Gateway.LintAsync();
            Assert.That(code, Is.EqualTo(0), "promtool check metrics complained about the Pushgateway's /metrics:\n" + output);
        }
    }
}
