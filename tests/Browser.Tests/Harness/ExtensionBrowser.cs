using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Playwright;
using NUnit.Framework;

namespace WebRtcStatsExporter.Browser.Tests.Harness
{
    /// <summary>What a test writes into the extension's storage, the way the options page saves it
    /// (src/Shared/Settings: chrome.storage.sync "settings", chrome.storage.local "secrets").</summary>
    public sealed class TestSettings
    {
        public string Url = "";
        public string Job = "webrtc-e2e";
        public string AgentId = "agent-e2e";
        public int PollIntervalSeconds = 1;
        public int PushIntervalSeconds = 5;
        public bool Gzip = false;
        public bool Teams = true, Meet = true, Connect = true, Genesys = true;
        public string[] ExtraOrigins = Array.Empty<string>();
        public string BearerToken = "";
        public string Sink = "pushgateway";
        public string RemoteWriteTenant = "";

        public object SyncValue() => new
        {
            version = 2,
            enabled = true,
            sink = Sink,
            url = Url,
            job = Job,
            agentId = AgentId,
            pollIntervalSeconds = PollIntervalSeconds,
            pushIntervalSeconds = PushIntervalSeconds,
            vmTenant = "",
            remoteWriteTenant = RemoteWriteTenant,
            username = "",
            gzip = Gzip,
            platforms = new { teams = Teams, meet = Meet, connect = Connect, genesys = Genesys },
            extraOrigins = ExtraOrigins,
        };

        public object LocalValue() => new { version = 2, password = "", bearerToken = BearerToken };
    }

    /// <summary>Debian's Chromium, headless, a fresh profile, with dist/unpacked loaded.</summary>
    public sealed class ExtensionBrowser : IAsyncDisposable
    {
        public IBrowserContext Context { get; private set; }
        private readonly string userDataDir;
        /// <summary>Console messages of every page, with the URL of the script that logged them.</summary>
        public List<(string Page, string Type, string Text, string Source)> Console { get; } = new();
        public List<(string Page, string Error)> PageErrors { get; } = new();

        /// <summary>The loaded extension's id (the real one, or a test copy's).</summary>
        public string ExtensionId { get; }
        public string Origin => $"chrome-extension://{ExtensionId}";

        private ExtensionBrowser(IBrowserContext context, string userDataDir, string extensionId)
        {
            Context = context;
            this.userDataDir = userDataDir;
            ExtensionId = extensionId;
            Watch(context);
        }

        private void Watch(IBrowserContext context)
        {
            context.Console += (_, msg) =>
            {
                lock (Console) Console.Add((msg.Page?.Url ?? msg.Worker?.Url ?? "", msg.Type, msg.Text, msg.Location));
            };
            context.Page += (_, page) => page.PageError += (_, err) => { lock (PageErrors) PageErrors.Add((page.Url, err)); };
        }

        public static string ExtensionOrigin => $"chrome-extension://{Repo.ExtensionId}";

        /// <summary>Launches with dist/unpacked, or with <paramref name="extensionDir"/> whose manifest
        /// key gives <paramref name="extensionId"/>.</summary>
        public static async Task<ExtensionBrowser> LaunchAsync(IPlaywright playwright, TestSite site, string? extensionDir = null, string? extensionId = null)
        {
            Repo.RequireTool(Repo.Chromium, "chromium");
            Repo.RequireBuiltExtension();
            string dir = Path.Combine(Path.GetTempPath(), "wse-chromium-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            string ext = extensionDir ?? Repo.DistUnpacked;
            var b = new ExtensionBrowser(await LaunchContextAsync(playwright, site, dir, ext), dir, extensionId ?? Repo.ExtensionId);
            b.extensionDir = ext;
            return b;
        }

        private string extensionDir = "";

        /// <summary>Quits the browser (no page is closed first: as a user quitting mid-call) and starts it
        /// again on the same profile.</summary>
        public async Task RestartAsync(IPlaywright playwright, TestSite site)
        {
            try { await Context.CloseAsync(); } catch (PlaywrightException) { }
            Context = await LaunchContextAsync(playwright, site, userDataDir, extensionDir);
            Watch(Context);
        }

        private static async Task<IBrowserContext> LaunchContextAsync(IPlaywright playwright, TestSite site, string dir, string ext)
        {
            var context = await playwright.Chromium.LaunchPersistentContextAsync(dir, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = Repo.Chromium,
                Headless = true,
                IgnoreHTTPSErrors = true,
                Timeout = 60_000,
                Args = new[]
                {
                    "--no-sandbox",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-quic", "--disable-gpu", "--autoplay-policy=no-user-gesture-required",
                    $"--load-extension={ext}", $"--disable-extensions-except={ext}",
                    $"--host-resolver-rules={site.HostResolverRules}",
                    "--ignore-certificate-errors",
                },
            });
            context.SetDefaultTimeout(30_000);
            return context;
        }

        /// <summary>Opens an extension page (full chrome.* access).</summary>
        public async Task<IPage> OpenExtensionPageAsync(string file = "options.html")
        {
            var page = await Context.NewPageAsync();
            await page.GotoAsync($"{Origin}/{file}");
            return page;
        }

        /// <summary>Opens the options page and waits until it has loaded the settings and the policy
        /// (the form is inert until then).</summary>
        public async Task<IPage> OpenOptionsAsync()
        {
            var page = await OpenExtensionPageAsync("options.html");
            await page.WaitForSelectorAsync("#form:not([aria-busy])", new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
            return page;
        }

        /// <summary>Waits until the extension's service worker is registered and activated; returns
        /// the time that took from the call.</summary>
        public async Task<string> WaitForServiceWorkerAsync()
        {
            var page = await OpenExtensionPageAsync();
            try
            {
                return await page.EvaluateAsync<string>(@"async () => {
                    const deadline = Date.now() + 30000;
                    while (Date.now() < deadline) {
                        const regs = await navigator.serviceWorker.getRegistrations();
                        const active = regs.map(r => r.active).find(w => w && w.state === 'activated');
                        if (active) return active.scriptURL;
                        await new Promise(r => setTimeout(r, 100));
                    }
                    return '';
                }");
            }
            finally { await page.CloseAsync(); }
        }

        /// <summary>Writes settings the way the options page stores them.</summary>
        public async Task ConfigureAsync(TestSettings settings)
        {
            var page = await OpenExtensionPageAsync();
            try
            {
                await page.EvaluateAsync(@"async ([sync, local]) => {
                    await chrome.storage.local.set({ secrets: local });
                    await chrome.storage.sync.set({ settings: sync });
                }", new object[] { settings.SyncValue(), settings.LocalValue() });
            }
            finally { await page.CloseAsync(); }
        }

        /// <summary>Everything a user or policy configured: all of sync storage and the secrets in
        /// local storage. The worker's own bookkeeping in local storage (the group ledger) is left
        /// out: it changes with every call and is not a setting.</summary>
        public async Task<string> SettingsSnapshotAsync()
        {
            var page = await OpenExtensionPageAsync();
            try
            {
                return await page.EvaluateAsync<string>(@"async () => JSON.stringify({
                    sync: await chrome.storage.sync.get(null),
                    secrets: await chrome.storage.local.get('secrets') })");
            }
            finally { await page.CloseAsync(); }
        }

        /// <summary>Opens a test page under a hostname (https://host/page).</summary>
        public async Task<IPage> OpenAsync(string url)
        {
            var page = await Context.NewPageAsync();
            await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            return page;
        }

        /// <summary>Waits until the page's loopback call is connected (the page reports it).</summary>
        public static async Task WaitForCallAsync(IPage page, IFrame? frame = null)
        {
            await (frame ?? page.MainFrame).WaitForFunctionAsync("() => window.callState && window.callState() === 'connected'",
                null, new FrameWaitForFunctionOptions { Timeout = 30_000, PollingInterval = 100 });
        }

        public IEnumerable<(string Page, string Type, string Text, string Source)> ExtensionConsole()
        {
            lock (Console)
                return Console.Where(c => c.Source.Contains(ExtensionId) || c.Source.StartsWith("chrome-extension:")
                                          || c.Text.Contains(ExtensionId)).ToList();
        }

        public async ValueTask DisposeAsync()
        {
            try { await Context.CloseAsync(); } catch (PlaywrightException) { }
            try { Directory.Delete(userDataDir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
