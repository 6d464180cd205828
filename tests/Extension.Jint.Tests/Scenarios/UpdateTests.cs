using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NUnit.Framework;
using WebRtcStatsExporter.JintTests.Harness;

namespace WebRtcStatsExporter.JintTests.Scenarios
{
    /// <summary>An extension update mid-call: the new worker is another build, whose release printing
    /// gives the C# members other short names (cs2js shortens the members only the bundle's code reaches).
    /// What the old build stored (the tabs in chrome.storage.session, the group ledger in
    /// chrome.storage.local) must read the same in the new one, so stored shapes keep their names.</summary>
    public sealed class UpdateTests : ScenarioBase
    {
        private const string InPackets = "webrtc_inbound_received_packets_total";

        [Test]
        public void ReleasePrintingShortensTheWorkersMemberNames()
        {
            // The worker's code: shared.js (what it shares with the pages) and background.js.
            string mine = Bundles.Importable("shared.js")!.Js + Bundles.Background.Js, other = Bundles.Importable("shared.js", true)!.Js + Bundles.OtherBackground.Js;
            string debug = Bundles.Release ? other : mine, release = Bundles.Release ? mine : other;
            Assert.That(debug, Is.Not.Null.And.Not.EqualTo(release));
            // C# methods are PascalCase: in release printing most calls to them carry a short name.
            int Calls(string js) => Regex.Matches(js, @"\.[A-Z][A-Za-z0-9_]*\(").Count;
            Assert.That(Calls(release), Is.LessThan(Calls(debug) * 3 / 10), $"release {Calls(release)} vs debug {Calls(debug)} PascalCase calls");
            // The stored shapes keep their names ([ObjectLiteral] types: the tab records, the ledger).
            foreach (string name in new[] { "connections", "groupSlot", "pushedSlots", "slots" })
                Assert.That(Regex.IsMatch(release, @"\." + name + @"\b"), Is.True, name);
        }

        [Test]
        public void AWorkerOfAnotherBuild_ResumesTheStoredCall()
        {
            Settings();
            B.StartWorker("installed");
            var f = Page(6);
            Advance(10);
            int pc = NewPc(f);
            SetState(f, pc, "connected");
            Advance(7100);
            var first = Requests("PUT");
            Assert.That(first, Is.Not.Empty);
            double before = Expo.Value(first.Last().Body!, InPackets, "pc=\"0\"");

            B.StopWorker();                                      // updated: the old worker goes,
            Advance(30_000);
            int n = Requests("PUT").Count;
            B.StartWorker(null, otherBuild: true);               // the new build reads what the old one stored
            B.DispatchToWorker("runtime.onInstalled", new JsonArray(new JsonObject { ["reason"] = "update" }));
            Advance(12_000);
            var after = Requests("PUT").Skip(n).ToList();
            Assert.That(after, Is.Not.Empty, "pushes resume after the update");
            Assert.That(after.Select(r => r.Url).Distinct(), Is.EqualTo(new[] { GroupUrl("agent-007", 0) }), "same group: the stored tab was read back");
            string body = after.Last().Body!;
            Assert.That(Expo.Value(body, InPackets, "pc=\"0\""), Is.GreaterThanOrEqualTo(before), "counters continue from the stored totals");
            Assert.That(Expo.Value(body, "webrtc_live_connections"), Is.EqualTo(1), "one connection, not a duplicate");

            ClosePc(f, pc);
            Advance(10_500);
            Assert.That(Requests("DELETE").Select(r => r.Url), Is.EqualTo(new[] { GroupUrl("agent-007", 0) }), "the new build ends the old build's group (the ledger was read back)");
        }
    }
}
