using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using NUnit.Framework;
using WebRtcStatsExporter.Browser.Tests.Harness;

namespace WebRtcStatsExporter.Browser.Tests.Scenarios
{
    /// <summary>Issue 14, item 1, in real Chromium: the attacker of <see cref="Pages.AttackScript"/> in an
    /// inline head script (it also patches every prototype of the page that calls), in a same-origin
    /// iframe and a srcdoc iframe whose windows it touched before they loaded (so it runs before our
    /// hook there), and in an about:blank iframe it touches right after appendChild. All four tabs run
    /// at once in one browser. Figure: 0 forged values in the Pushgateway; the calls of the head-script
    /// page and the about:blank frame are captured with their real values.</summary>
    public sealed class HandshakeAttackTests : BrowserTest
    {
        /// <summary>Issue 14, item 2, read off the names: ratios in [0, 1], delay gauges in [0, 60 s],
        /// counters non-negative.</summary>
        private static bool OutOfRange(Series s) =>
            (s.Name.EndsWith("_ratio") && (s.Value < 0 || s.Value > 1))
            || (s.Name.EndsWith("_seconds") && !s.Name.EndsWith("_timestamp_seconds") && (s.Value < 0 || s.Value > 60))
            || (s.Name.EndsWith("_total") && s.Value < 0);

        private static bool Forged(double v) => v == 424242 || double.IsInfinity(v) || Math.Abs(v) >= 1e300;

        [Test]
        public async Task AttacksFromHeadScriptsAndIframes_LandNothing()
        {
            await ConfigureAsync();
            var head = await StartCallAsync("https://meet.google.com/attack-head.html");
            var blank = await StartCallAsync("https://acme.mypurecloud.com/attack-frames.html?mode=blank");
            var same = await Browser.OpenAsync("https://teams.microsoft.com/attack-frames.html?mode=same");
            var srcdoc = await Browser.OpenAsync("https://acme.my.connect.aws/attack-frames.html?mode=srcdoc");
            foreach (var page in new[] { same, srcdoc })
            {
                IFrame child = await ChildFrameAsync(page);
                await ExtensionBrowser.WaitForCallAsync(page, child);
            }

            var state = await Gateway.WaitForAsync(s => s.ForAgent(Settings.AgentId).Any(g => g.Label("platform") == "meet" && g.Data.Any())
                                                          && s.ForAgent(Settings.AgentId).Any(g => g.Label("platform") == "genesys" && g.Data.Any()),
                FirstPush, "groups for the head-script page (meet) and the about:blank frame (genesys)");
            state = await WaitForMorePushesAsync(state, 3);

            int headRounds = await head.EvaluateAsync<int>("() => window.__forgeRounds");
            int sameStolen = await same.EvaluateAsync<int>("() => window.__attackedFrame.__stolen.length");
            int srcdocStolen = await srcdoc.EvaluateAsync<int>("() => window.__attackedFrame.__stolen.length");
            int blankStolen = await blank.EvaluateAsync<int>("() => window.__attackedFrame.__stolen.length");
            TestContext.Out.WriteLine($"attack rounds in the head page: {headRounds}; objects the attacker caught: same-origin frame {sameStolen}, srcdoc {srcdocStolen}, about:blank {blankStolen}");
            TestContext.Out.WriteLine("groups: " + string.Join(", ", state.ForAgent(Settings.AgentId).Select(g => g.Label("platform") + "(" + g.Data.Count() + " series)")));
            Assert.That(headRounds, Is.GreaterThan(5), "the attacker ran");

            var forged = state.AllData.Where(s => Forged(s.Value)).Select(s => $"{s.Name}{{platform={s.Labels.GetValueOrDefault("platform")}}} = {s.Value}").ToList();
            Assert.That(forged, Is.Empty, "forged values reached the Pushgateway:\n" + state.Describe());
            Assert.That(state.AllData.Where(s => double.IsNaN(s.Value) && !s.Name.EndsWith("_info")), Is.Empty, "no NaN series");
            var outOfRange = state.AllData.Where(OutOfRange).Select(s => $"{s.Name} = {s.Value}").ToList();
            Assert.That(outOfRange, Is.Empty, "values outside their physical range (ratios 0-1, delays <= 60 s, counters >= 0)");
            var meet = state.ForAgent(Settings.AgentId).First(g => g.Label("platform") == "meet");
            Assert.That(meet.Data.Where(s => s.Name == "webrtc_inbound_received_packets_total").Select(s => s.Value), Has.Some.GreaterThan(0),
                "the head-script page's real call is captured with real counters");
            await AssertPromtoolCleanAsync();
        }

        private static async Task<IFrame> ChildFrameAsync(IPage page)
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (DateTime.UtcNow < deadline)
            {
                var f = page.Frames.FirstOrDefault(x => x != page.MainFrame);
                if (f != null && await f.EvaluateAsync<bool>("() => typeof window.callState === 'function'")) return f;
                await Task.Delay(100);
            }
            Assert.Fail("the child frame did not load its call script");
            return null!;
        }
    }
}
