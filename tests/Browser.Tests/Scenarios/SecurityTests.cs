using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using WebRtcStatsExporter.Browser.Tests.Harness;

namespace WebRtcStatsExporter.Browser.Tests.Scenarios
{
    /// <summary>Issue 5, scenario 7: a page that posts forged configuration and forged stats on
    /// every channel it can see changes no setting, and nothing forged reaches another tab's group.</summary>
    public sealed class SecurityTests : BrowserTest
    {
        [Test]
        public async Task ForgedMessagesFromThePageReachNothing()
        {
            await ConfigureAsync();
            string before = await Browser.SettingsSnapshotAsync();

            await StartCallAsync("https://meet.google.com/real-call");
            var forger = await Browser.OpenAsync("https://teams.microsoft.com/forge.html");
            var state = await WaitForAgentGroupAsync("meet");
            state = await WaitForMorePushesAsync(state, 2);

            int rounds = await forger.EvaluateAsync<int>("() => window.__forgeRounds");
            Assert.That(rounds, Is.GreaterThan(5), "the forging page did not run");
            Assert.That(await Browser.SettingsSnapshotAsync(), Is.EqualTo(before), "the settings changed");
            Assert.That(state.AllData.Where(s => s.Value == 424242).Select(s => s.Name), Is.Empty, "forged values reached the Pushgateway");
            Assert.That(state.Groups.Select(g => g.Label("platform")), Has.None.EqualTo("teams"),
                "the forging tab (no call of its own) has a group:\n" + state.Describe());
            Assert.That(state.ForAgent("forged"), Is.Empty);
        }
    }
}
