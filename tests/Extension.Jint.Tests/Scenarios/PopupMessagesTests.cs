using System.Linq;
using System.Text.Json.Nodes;
using Jint;
using NUnit.Framework;
using WebRtcStatsExporter.JintTests.Harness;

namespace WebRtcStatsExporter.JintTests.Scenarios
{
    /// <summary>Issue 12: the popup is a view. The real worker bundle answers wse/status with the tab's
    /// site switch and changes the setting on wse/toggle-site, for the extension's own pages only.</summary>
    public sealed class PopupMessagesTests : ScenarioBase
    {
        private JsonNode? Ask(string message)
        {
            var popup = new Realm(B, "popup", "worker", null);
            B.DeadRealms.Add(popup);
            string r = popup.Await(popup.Eval($"chrome.runtime.sendMessage({message}).then(r => JSON.stringify(r === undefined ? null : r))")).AsString();
            return JsonNode.Parse(r);
        }

        [Test]
        public void StatusCarriesTheSiteSwitchForTheTabsUrl()
        {
            Settings();
            B.SetPolicy(new JsonObject { ["platforms"] = new JsonObject { ["teams"] = false } });
            B.StartWorker("installed");
            Advance(100);
            JsonNode meet = Ask("{ type: 'wse/status', tabId: 4, url: 'https://meet.google.com/abc' }")!;
            Assert.That((string?)meet["site"]!["platformText"], Is.EqualTo("Google Meet"));
            Assert.That((bool)meet["site"]!["captureOn"]!, Is.True);
            Assert.That((bool)meet["site"]!["locked"]!, Is.False);
            JsonNode teams = Ask("{ type: 'wse/status', tabId: 4, url: 'https://teams.microsoft.com/v2/' }")!;
            Assert.That((bool)teams["site"]!["locked"]!, Is.True, "the policy sets the Teams switch");
            JsonNode none = Ask("{ type: 'wse/status', tabId: 4 }")!;
            Assert.That((bool)none["site"]!["supported"]!, Is.False, "no URL and no captured tab");
            Assert.That(Ask("{ type: 'wse/status', tabId: 4, url: 42 }"), Is.Null, "a malformed request gets no status");
        }

        [Test]
        public void ToggleSiteStoresTheSwitchAndAnswersWithTheNote()
        {
            Settings();
            B.StartWorker("installed");
            Advance(100);
            JsonNode off = Ask("{ type: 'wse/toggle-site', tabId: 4, url: 'https://meet.google.com/abc', on: false }")!;
            Assert.That((bool)off["ok"]!, Is.True);
            Assert.That((string?)off["note"], Is.EqualTo(""));
            Assert.That((bool)B.GetStorage("sync", "settings")!["platforms"]!["meet"]!, Is.False);
            Advance(100);
            JsonNode st = Ask("{ type: 'wse/status', tabId: 4, url: 'https://meet.google.com/abc' }")!;
            Assert.That((bool)st["site"]!["captureOn"]!, Is.False);
            JsonNode on = Ask("{ type: 'wse/toggle-site', tabId: 4, url: 'https://meet.google.com/abc', on: true }")!;
            Assert.That((string?)on["note"], Is.EqualTo("Calls on this page are captured from the next poll."));
            Assert.That((bool)B.GetStorage("sync", "settings")!["platforms"]!["meet"]!, Is.True);

            JsonNode bad = Ask("{ type: 'wse/toggle-site', tabId: 4, url: 'https://meet.google.com/abc', on: 'yes' }")!;
            Assert.That((bool)bad["ok"]!, Is.False);
            Assert.That((string?)bad["note"], Is.EqualTo("Could not change the setting: the request was malformed."));
            JsonNode unsupported = Ask("{ type: 'wse/toggle-site', tabId: 4, url: 'chrome://extensions/', on: true }")!;
            Assert.That((bool)unsupported["ok"]!, Is.False);
            Assert.That((string?)unsupported["note"], Does.StartWith("Could not change the setting: "));
        }

        /// <summary>An additional origin: stored, its content scripts registered by the worker's reload,
        /// and the note given once the worker has registered them (ContentScripts.WaitFor polls every
        /// 100 ms).</summary>
        [Test]
        public void ToggleSiteOnAnAdditionalOriginWaitsForItsContentScripts()
        {
            Settings();
            B.StartWorker("installed");
            Advance(100);
            JsonNode on = Ask("{ type: 'wse/toggle-site', tabId: 4, url: 'https://phone.example.com:8443/app', on: true }")!;
            Assert.That((bool)on["ok"]!, Is.True);
            Assert.That((string?)on["note"], Is.EqualTo("Reload the page to start capturing on https://phone.example.com:8443."));
            Assert.That(B.GetStorage("sync", "settings")!["extraOrigins"]!.AsArray().Select(o => (string?)o), Is.EqualTo(new[] { "https://phone.example.com:8443" }));
            Assert.That(B.RegisteredScripts.Select(x => x!["matches"]![0]!.ToString()), Is.EqualTo(new[] { "https://phone.example.com:8443/*", "https://phone.example.com:8443/*" }));
            JsonNode off = Ask("{ type: 'wse/toggle-site', tabId: 4, url: 'https://phone.example.com:8443/app', on: false }")!;
            Assert.That((string?)off["note"], Is.EqualTo(""));
            Assert.That(B.RegisteredScripts, Is.Empty, "unregistered by the worker's reload");
        }

        [Test]
        public void APolicyLockedSwitchIsNotChanged()
        {
            Settings();
            B.SetPolicy(new JsonObject { ["platforms"] = new JsonObject { ["meet"] = true } });
            B.StartWorker("installed");
            Advance(100);
            JsonNode a = Ask("{ type: 'wse/toggle-site', tabId: 4, url: 'https://meet.google.com/abc', on: false }")!;
            Assert.That((bool)a["ok"]!, Is.False);
            Assert.That((string?)a["note"], Is.EqualTo("Could not change the setting: your organisation's policy sets it."));
            Assert.That(B.GetStorage("sync", "settings")?["platforms"]?["meet"]?.GetValue<bool>(), Is.Not.False);
        }

        [Test]
        public void AContentScriptCannotChangeSettings()
        {
            Settings();
            B.StartWorker("installed");
            Frame f = Page(3, TeamsUrl);
            Advance(100);
            string before = B.GetStorage("sync", "settings")!.ToJsonString();
            B.SendToWorkerFrom(f, "{\"type\":\"wse/toggle-site\",\"tabId\":3,\"url\":\"https://meet.google.com/x\",\"on\":false}");
            Advance(100);
            Assert.That(B.GetStorage("sync", "settings")!.ToJsonString(), Is.EqualTo(before));
        }
    }
}
