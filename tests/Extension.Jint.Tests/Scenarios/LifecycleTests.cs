using System.Linq;
using Jint;
using NUnit.Framework;
using WebRtcStatsExporter.JintTests.Harness;

namespace WebRtcStatsExporter.JintTests.Scenarios
{
    /// <summary>Ends that do not go through close(): crashes, frames going away, extension reloads.</summary>
    public sealed class LifecycleTests : ScenarioBase
    {
        [Test]
        public void CrashedRenderer_TheSweepDeletesTheSilentGroup()
        {
            Settings();
            B.StartWorker("installed");
            Frame f = Page(8);
            Advance(10);
            int pc = NewPc(f);
            SetState(f, pc, "connected");
            Advance(7100);
            Assert.That(Requests("PUT"), Is.Not.Empty);
            f.Crash();
            Advance(5 * 60_000);
            Assert.That(B.AlarmsFired, Has.Member("wse-sweep"));
            Assert.That(Requests("DELETE").Select(r => r.Url), Is.EqualTo(new[] { GroupUrl("agent-007", 0) }), "the silent connection expired and its group was deleted");
            Assert.That(B.Badge(8), Is.EqualTo(""));
        }

        [Test]
        public void EmbeddedSoftphoneFrameGoesAway_FrameGoneEndsItsCalls()
        {
            Settings();
            B.StartWorker();
            B.OpenTab(4, "https://crm.example.com/");
            Frame ccp = B.LoadFrame(4, 12, "https://acme.my.connect.aws/ccp-v2/");
            Advance(10);
            int pc = NewPc(ccp);
            SetState(ccp, pc, "connected");
            Advance(7100);
            var put = Requests("PUT").Last();
            Assert.That(put.Body, Does.Contain("platform=\"connect\""));
            Assert.That(put.Body, Does.Contain("origin=\"https://acme.my.connect.aws\""), "origin of the frame holding the softphone");
            ccp.Unload(); // pagehide → wse/frame-gone
            Advance(10_500); // final samples pushed, then the group goes
            Assert.That(Requests("DELETE").Select(r => r.Url), Is.EqualTo(new[] { GroupUrl("agent-007", 0) }));
        }

        [Test]
        public void ExtensionReloadedUnderThePage_BridgeGoesQuiet()
        {
            Settings();
            B.StartWorker();
            Frame f = Page(1);
            Advance(10);
            int pc = NewPc(f);
            SetState(f, pc, "connected");
            Advance(2100);
            B.ContextInvalidated = true; // chrome.runtime.id disappears, sendMessage throws
            B.StopWorker();
            Advance(30_000);
            double polls = f.Main.Eval("__wse.rtc.getStatsCalls").AsNumber();
            Advance(60_000);
            Assert.That(f.Main.Eval("__wse.rtc.getStatsCalls").AsNumber(), Is.EqualTo(polls), "the hook was told to stop polling");
            Assert.That(f.Isolated.Errors, Is.Empty);
            Assert.That(f.Isolated.Console, Is.Empty, "no console spam");
        }

        [Test]
        public void StatusRequestFromThePopup_ReportsTheTab()
        {
            Settings();
            B.StartWorker();
            Frame f = Page(3);
            Advance(10);
            int pc = NewPc(f);
            SetState(f, pc, "connected");
            Advance(7100);
            // the popup is an extension page: model it as a worker-kind realm sending a runtime message
            var popup = new Realm(B, "popup", "worker", null);
            B.DeadRealms.Add(popup); // collected for the error check
            var resp = popup.Await(popup.Eval("chrome.runtime.sendMessage({ type: 'wse/status', tabId: 3 }).then(r => JSON.stringify(r))"));
            var json = System.Text.Json.Nodes.JsonNode.Parse(resp.AsString())!;
            Assert.That(json["platform"]!.ToString(), Is.EqualTo("teams"));
            Assert.That(json["connections"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(json["pushes"]!.GetValue<int>(), Is.GreaterThan(0));
            Assert.That(json["lastError"]!.ToString(), Is.Empty);
            Assert.That(json["settingsErrors"]!.AsArray(), Is.Empty);
        }
    }
}
