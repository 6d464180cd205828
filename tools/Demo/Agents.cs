using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace WebRtcStatsExporter.Demo
{
    /// <summary>One agent: its own Chromium profile with the built extension, configured through
    /// the extension's own options page (as an administrator or agent would), on a call.</summary>
    public sealed class DemoAgent : IAsyncDisposable
    {
        public const string ExtensionId = "ifohkmhhedbibihcfagialejchooegge";
        public string Id { get; }
        public bool Degraded { get; }
        public IBrowserContext Context { get; }
        public IPage? Call { get; private set; }
        /// <summary>The Chromium browser process (Playwright starts it in its own process group).</summary>
        public int BrowserPid { get; }
        private readonly string profile;
        private ICDPSession? cdp;

        private DemoAgent(string id, bool degraded, IBrowserContext context, string profile, int browserPid)
        {
            Id = id; Degraded = degraded; Context = context; this.profile = profile; BrowserPid = browserPid;
        }

        public static async Task<DemoAgent> LaunchAsync(IPlaywright playwright, string chromium, string extensionDir, DemoSite site, string workDir, string id, bool degraded, bool headless)
        {
            string profile = Path.Combine(workDir, "chromium-" + id);
            Directory.CreateDirectory(profile);
            var known = ChromiumPids(profile).ToHashSet();
            IBrowserContext context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = chromium,
                Headless = headless,
                IgnoreHTTPSErrors = true,
                Timeout = 60_000,
                ViewportSize = new ViewportSize { Width = 640, Height = 420 },
                Args = new[]
                {
                    "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-quic", "--autoplay-policy=no-user-gesture-required",
                    "--load-extension=" + extensionDir, "--disable-extensions-except=" + extensionDir,
                    "--host-resolver-rules=" + site.HostResolverRules, "--ignore-certificate-errors",
                },
            });
            int pid = ChromiumPids(profile).FirstOrDefault(p => !known.Contains(p));
            return new DemoAgent(id, degraded, context, profile, pid);
        }

        /// <summary>Chromium browser processes whose command line names this profile.</summary>
        public static IEnumerable<int> ChromiumPids(string profile)
        {
            foreach (string dir in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(dir), out int pid)) continue;
                string cmd;
                try { cmd = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' '); } catch (IOException) { continue; } catch (UnauthorizedAccessException) { continue; }
                if (cmd.Contains("--user-data-dir=" + profile) && !cmd.Contains("--type=")) yield return pid;
            }
        }

        /// <summary>Fills and saves the extension's options page: the local Pushgateway, job, agent
        /// id, and a 5 s push interval so the demo moves quickly.</summary>
        public async Task ConfigureAsync(string pushgatewayUrl, string job)
        {
            IPage options = await Context.NewPageAsync();
            await options.GotoAsync($"chrome-extension://{ExtensionId}/options.html");
            // The form is inert until the saved settings and the policy are loaded.
            await options.WaitForSelectorAsync("#form:not([aria-busy])", new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
            await options.GetByLabel("Pushgateway URL", new() { Exact = true }).FillAsync(pushgatewayUrl);
            await options.Locator("#job").FillAsync(job);
            await options.Locator("#agentId").FillAsync(Id);
            await options.Locator("#pollIntervalSeconds").FillAsync("2");
            await options.Locator("#pushIntervalSeconds").FillAsync("5");
            await options.Locator("#save").ClickAsync();
            await options.WaitForFunctionAsync("() => (document.getElementById('save-status').textContent || '').length > 0", null, new() { Timeout = 30_000 });
            string status = await options.Locator("#save-status").InnerTextAsync();
            if (!status.StartsWith("Saved", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"{Id}: the options page did not save: {status}");
            await options.CloseAsync();
        }

        /// <summary>Opens the call page and waits for the call to connect. A degraded agent's tab gets
        /// packet loss and a wandering latency through DevTools network emulation, which Chromium
        /// applies to the tab's WebRTC traffic too.</summary>
        public async Task StartCallAsync(DemoSite site)
        {
            Call = await Context.NewPageAsync();
            if (Degraded)
            {
                cdp = await Context.NewCDPSessionAsync(Call);
                await cdp.SendAsync("Network.enable");
                await Emulate(50);
            }
            await Call.GotoAsync(site.CallUrl(Id));
            await Call.WaitForFunctionAsync("() => window.callState && window.callState() === 'connected'", null, new() { Timeout = 30_000, PollingInterval = 200 });
        }

        private Task Emulate(double latencyMs) => cdp!.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false, ["latency"] = latencyMs, ["downloadThroughput"] = -1, ["uploadThroughput"] = -1, ["packetLoss"] = 3,
        });

        /// <summary>Varies the degraded tab's latency (jitter), every couple of seconds.</summary>
        public async Task WanderAsync(CancellationToken ct)
        {
            if (cdp == null) return;
            var rng = new Random(18);
            while (!ct.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(2000, ct);
                    await Emulate(20 + rng.Next(0, 80));
                }
                catch (OperationCanceledException) { return; }
                catch (PlaywrightException) { return; }
            }
        }

        public async ValueTask DisposeAsync()
        {
            try { if (Call != null) await Call.EvaluateAsync("() => window.closeCall && window.closeCall()"); } catch (PlaywrightException) { }
            try { await Context.CloseAsync(); } catch (PlaywrightException) { }
        }
    }
}
