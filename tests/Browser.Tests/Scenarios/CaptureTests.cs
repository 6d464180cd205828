using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Playwright;
using NUnit.Framework;
using WebRtcStatsExporter.Browser.Tests.Harness;

namespace WebRtcStatsExporter.Browser.Tests.Scenarios
{
    /// <summary>Issue 5, scenarios 1, 3, 4, 5 and 10: calls on the real platform hostnames are captured.</summary>
    public sealed class CaptureTests : BrowserTest
    {
        private const string Secret = "tok-Secret-e2e-7f3a9c";

        private static readonly Regex Ipv4 = new(@"\b\d{1,3}(\.\d{1,3}){3}\b");
        private static readonly Regex Ipv6 = new(@"\b[0-9a-fA-F]{1,4}(:[0-9a-fA-F]{0,4}){2,7}\b");
        private static readonly Regex OriginOnly = new(@"^https?://[a-z0-9.-]+(:\d+)?$");

        /// <summary>Scenario 1: an audio call on each platform hostname.</summary>
        [TestCase("https://meet.google.com/abc-defg-hij", "meet")]
        [TestCase("https://teams.microsoft.com/_#/calling", "teams")]
        [TestCase("https://acme.my.connect.aws/ccp-v2/", "connect")]
        [TestCase("https://acme.awsapps.com/connect/ccp-v2/", "connect")]
        [TestCase("https://apps.mypurecloud.com/directory/", "genesys")]
        public async Task AudioCallOnPlatformHostIsPushed(string pageUrl, string platform)
        {
            await ConfigureAsync(s => s.BearerToken = Secret);
            await StartCallAsync(pageUrl);
            var state = await WaitForAgentGroupAsync(platform);
            var group = state.ForAgent(Settings.AgentId).Single();
            Assert.That(group.Label("agent_id"), Is.EqualTo(Settings.AgentId));
            Assert.That(group.Label("platform"), Is.EqualTo(platform));
            Assert.That(group.Labels.GetValueOrDefault("job"), Is.EqualTo(Settings.Job));
            Assert.That(group.Data.Select(s => s.Name).Distinct().Count(), Is.GreaterThan(5), "a call should give more than a handful of metric families");
            Assert.That(group.Data.Any(s => s.Labels.GetValueOrDefault("kind") == "audio"), "no audio series");
            AssertPrivateLabels(state);
            await AssertPromtoolCleanAsync();
        }

        [Test]
        public async Task VideoCallIsPushedWithVideoSeries()
        {
            await ConfigureAsync();
            await StartCallAsync("https://meet.google.com/vid-eoca-lls?video=1");
            var state = await Gateway.WaitForAsync(s => s.ForAgent(Settings.AgentId).Any(g => g.Data.Any(x => x.Labels.GetValueOrDefault("kind") == "video")),
                FirstPush, "video series for the agent");
            AssertPrivateLabels(state);
            await AssertPromtoolCleanAsync();
        }

        /// <summary>Scenario 3: a connection made by an inline script at the top of head.</summary>
        [Test]
        public async Task ConnectionFromInlineHeadScriptIsCaptured()
        {
            await ConfigureAsync();
            await StartCallAsync("https://meet.google.com/head.html");
            await WaitForAgentGroupAsync("meet");
        }

        /// <summary>Scenario 4: calls inside iframes. A same-origin frame and an about:blank frame on a
        /// platform page; a cross-origin softphone frame (Connect CCP) embedded in a CRM that is not a platform.</summary>
        [TestCase("https://meet.google.com/frames.html?mode=same", "meet")]
        [TestCase("https://meet.google.com/frames.html?mode=blank", "meet")]
        [TestCase("https://crm.example.org/frames.html?mode=cross", "connect")]
        public async Task ConnectionInIframeIsCaptured(string pageUrl, string platform)
        {
            await ConfigureAsync();
            var page = await Browser.OpenAsync(pageUrl);
            if (pageUrl.Contains("mode=blank")) await ExtensionBrowser.WaitForCallAsync(page);
            else
            {
                await page.WaitForFunctionAsync("() => document.querySelector('iframe') && document.querySelector('iframe').src");
                var deadline = DateTime.UtcNow.AddSeconds(30);
                IFrame? frame = null;
                while (frame == null && DateTime.UtcNow < deadline)
                {
                    frame = page.Frames.FirstOrDefault(f => f != page.MainFrame && f.Url.EndsWith("call.html"));
                    if (frame == null) await Task.Delay(100);
                }
                Assert.That(frame, Is.Not.Null, "the call iframe did not load");
                await ExtensionBrowser.WaitForCallAsync(page, frame);
            }
            await WaitForAgentGroupAsync(platform);
        }

        /// <summary>Scenario 5: a page with a strict CSP is captured, and no CSP violation comes from us.</summary>
        [Test]
        public async Task StrictCspPageIsCapturedWithoutViolations()
        {
            await ConfigureAsync();
            var page = await StartCallAsync("https://meet.google.com/csp.html");
            var state = await WaitForAgentGroupAsync("meet");
            await WaitForMorePushesAsync(state, 1);
            var violations = await page.EvaluateAsync<string[]>("() => window.__violations");
            Assert.That(violations, Is.Empty, "Content-Security-Policy violations on the page");
            var cspConsole = Browser.Console.Where(c => c.Text.Contains("Content Security Policy") || c.Text.Contains("Content-Security-Policy")).ToList();
            Assert.That(cspConsole, Is.Empty, "CSP messages in the console: " + string.Join(" | ", cspConsole.Select(c => c.Text)));
        }

        /// <summary>Scenario 10: a normal call, from start to end, logs nothing from the extension.</summary>
        [Test]
        public async Task NormalCallLogsNothingFromTheExtension()
        {
            await ConfigureAsync();
            var page = await StartCallAsync("https://teams.microsoft.com/_#/calling");
            var state = await WaitForAgentGroupAsync("teams");
            await WaitForMorePushesAsync(state, 1);
            await page.EvaluateAsync("() => window.closeCall()");
            await WaitForAgentGoneAsync();
            var ours = Browser.ExtensionConsole().ToList();
            Assert.That(ours, Is.Empty, "console messages from the extension: " + string.Join(" | ", ours.Select(c => $"{c.Type} {c.Source}: {c.Text}")));
            Assert.That(Browser.PageErrors, Is.Empty, "uncaught errors: " + string.Join(" | ", Browser.PageErrors.Select(e => e.Error)));
            foreach (var other in Browser.Console) TestContext.Out.WriteLine($"(not ours) console {other.Type} [{other.Source}] {other.Text}");
        }

        /// <summary>No IP address, full URL or secret in any label name or value, nor in a metric name.</summary>
        private void AssertPrivateLabels(PushState state)
        {
            foreach (var s in state.AllData)
            {
                Assert.That(s.Name, Does.Not.Contain(Secret));
                foreach (var (name, value) in s.Labels)
                {
                    string where = $"{s.Name}{{{name}=\"{value}\"}}";
                    Assert.That(value, Does.Not.Contain(Secret), "a secret in a label: " + where);
                    Assert.That(Ipv4.IsMatch(value), Is.False, "an IPv4 address in a label: " + where);
                    Assert.That(Ipv6.IsMatch(value), Is.False, "an IPv6 address in a label: " + where);
                    if (value.Contains("://"))
                        Assert.That(OriginOnly.IsMatch(value), Is.True, "a URL with a path or query in a label: " + where);
                    Assert.That(value, Does.Not.Contain("?"), "a query string in a label: " + where);
                }
            }
        }
    }
}
