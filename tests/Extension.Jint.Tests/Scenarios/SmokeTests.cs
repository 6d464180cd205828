using System.Linq;
using Jint;
using NUnit.Framework;
using WebRtcStatsExporter.JintTests.Harness;

namespace WebRtcStatsExporter.JintTests.Scenarios
{
    public sealed class SmokeTests : ScenarioBase
    {
        [Test]
        public void BundlesCompile()
        {
            Assert.Multiple(() =>
            {
                Assert.That(Bundles.Background.Error, Is.Empty);
                Assert.That(Bundles.Content.Error, Is.Empty);
                Assert.That(Bundles.Override.Error, Is.Empty);
            });
        }

        [Test]
        public void WorkerStartsCleanAndRegistersListenersSynchronously()
        {
            Settings();
            Realm w = B.StartWorker("installed");
            Assert.That(w.Listening.Keys, Is.SupersetOf(new[] { "runtime.onMessage", "tabs.onRemoved", "tabs.onUpdated", "alarms.onAlarm", "runtime.onInstalled", "runtime.onStartup", "storage.onChanged" }));
            Advance(100);
            Assert.That(B.Alarms.Keys, Does.Contain("wse-sweep"));
            Assert.That(B.Alarms["wse-sweep"].PeriodInMinutes, Is.EqualTo(1));
            Assert.That(Requests(), Is.Empty, "nothing to push without a call");
        }

        [Test]
        public void PageLoadsCleanWithHookAndBridge()
        {
            Settings();
            B.StartWorker();
            Frame f = Page(1);
            Advance(10);
            Assert.That(f.Main.Eval("RTCPeerConnection === window.RTCPeerConnection && typeof RTCPeerConnection === 'function'").AsBoolean(), Is.True);
            Assert.That(f.ListenerCount("message"), Is.EqualTo(0), "the hook removes its init listener once it has the port");
        }
    }
}
