using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace WebRtcStatsExporter.Browser.Tests.Harness
{
    /// <summary>Degrades one tab's network through the DevTools protocol. Measured in Debian's
    /// Chromium 156: WebRTC's own fake-network field trials are not compiled in, but
    /// Network.emulateNetworkConditions with packetLoss and latency does reach the tab's WebRTC UDP,
    /// applied on send and on receive (8 % becomes about 15 % per direction; RTT is about 4 × latency).
    /// It reaches only sockets created after it is set: degrade the tab, then start its call (a call
    /// already connected keeps its clean path).</summary>
    public static class NetworkConditions
    {
        /// <summary>Applies <paramref name="packetLossPercent"/> and <paramref name="latencyMs"/> to the
        /// page's traffic until the returned session is detached or the page closes.</summary>
        public static async Task<ICDPSession> DegradeAsync(IPage page, double packetLossPercent, double latencyMs)
        {
            ICDPSession cdp = await page.Context.NewCDPSessionAsync(page);
            await cdp.SendAsync("Network.enable");
            await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
            {
                ["offline"] = false,
                ["latency"] = latencyMs,
                ["downloadThroughput"] = -1,
                ["uploadThroughput"] = -1,
                ["packetLoss"] = packetLossPercent,
            });
            return cdp;
        }
    }
}
