using System.Threading.Tasks;
using NUnit.Framework;
using WebRtcStatsExporter.Browser.Tests.Harness;

namespace WebRtcStatsExporter.Browser.Tests.Scenarios
{
    /// <summary>Issue 5, scenario 2: when the call ends, the tab closes or navigates away, the
    /// group leaves the Pushgateway within a few seconds.</summary>
    public sealed class LifecycleTests : BrowserTest
    {
        [Test]
        public async Task ClosingTheConnectionDeletesTheGroup()
        {
            await ConfigureAsync();
            var page = await StartCallAsync("https://meet.google.com/end-call-one");
            await WaitForAgentGroupAsync("meet");
            await page.EvaluateAsync("() => window.closeCall()");
            await WaitForAgentGoneAsync();
        }

        [Test]
        public async Task ClosingTheTabMidCallDeletesTheGroup()
        {
            await ConfigureAsync();
            var page = await StartCallAsync("https://teams.microsoft.com/_#/calling");
            await WaitForAgentGroupAsync("teams");
            await page.CloseAsync(new() { RunBeforeUnload = false });
            await WaitForAgentGoneAsync();
        }

        [Test]
        public async Task NavigatingAwayMidCallDeletesTheGroup()
        {
            await ConfigureAsync();
            var page = await StartCallAsync("https://acme.mypurecloud.com/directory/");
            await WaitForAgentGroupAsync("genesys");
            await page.GotoAsync("https://www.example.org/blank.html");
            await WaitForAgentGoneAsync();
        }
    }
}
