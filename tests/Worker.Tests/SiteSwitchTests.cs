using System.Threading.Tasks;
using NUnit.Framework;
using WebRtcStatsExporter.Background;
using WebRtcStatsExporter.Shared;
using WebRtcStatsExporter.Worker.Tests.Fakes;

namespace WebRtcStatsExporter.Worker.Tests
{
    /// <summary>Issue 12: the popup's site switch is worked out and changed in the worker (the popup
    /// only shows the answer of wse/status and sends wse/toggle-site).</summary>
    public sealed class SiteSwitchTests
    {
        private static async Task<LoadedSettings> Load(string sync, string? managed = null)
        {
            var w = new WorkerUnderTest();
            w.SettingsStorage.SetJson("sync", sync);
            if (managed != null) w.SettingsStorage.SetJson("managed", managed);
            await w.Settings.Load();
            return await w.Settings.Fresh();
        }

        [Test]
        public async Task A_platform_page_shows_its_switch_and_name()
        {
            LoadedSettings l = await Load("{\"settings\":{\"version\":2,\"meet\":true}}");
            SiteStatus s = SiteSwitch.Site(l, "https://meet.google.com/abc-defg-hij", null);
            Assert.That(s.supported, Is.True);
            Assert.That(s.captureOn, Is.True);
            Assert.That(s.locked, Is.False);
            Assert.That(s.platformText, Is.EqualTo("Google Meet"));
            Assert.That(s.switchLabel, Is.EqualTo("Capture calls on Google Meet"));
            Assert.That(s.permission, Is.EqualTo(""), "the manifest grants the built-in platforms");
        }

        [Test]
        public async Task The_policy_locks_the_switch_it_sets()
        {
            LoadedSettings l = await Load("{\"settings\":{\"version\":2}}", "{\"platforms\":{\"meet\":false}}");
            SiteStatus s = SiteSwitch.Site(l, "https://meet.google.com/x", null);
            Assert.That(s.locked, Is.True);
            Assert.That(s.captureOn, Is.False);
            Assert.That(SiteSwitch.Site(l, "https://teams.microsoft.com/x", null).locked, Is.False);
        }

        [Test]
        public async Task Another_origin_is_an_additional_origin_with_a_permission_to_ask_for()
        {
            LoadedSettings l = await Load("{\"settings\":{\"version\":2,\"extraOrigins\":[\"https://phone.example.com\"]}}");
            SiteStatus on = SiteSwitch.Site(l, "https://phone.example.com/softphone", null);
            Assert.That(on.captureOn, Is.True);
            Assert.That(on.platformText, Is.EqualTo("Additional origin"));
            Assert.That(on.switchLabel, Is.EqualTo("Capture calls on https://phone.example.com"));
            Assert.That(on.permission, Is.EqualTo(HostPermissions.Pattern("https://phone.example.com")));
            SiteStatus off = SiteSwitch.Site(l, "https://other.example.com/", null);
            Assert.That(off.captureOn, Is.False);
            Assert.That(off.platformText, Is.EqualTo("Not a supported page"));
        }

        [Test]
        public async Task Without_a_url_the_tabs_platform_label_decides()
        {
            LoadedSettings l = await Load("{\"settings\":{\"version\":2}}");
            Assert.That(SiteSwitch.Site(l, null, "teams").platformText, Is.EqualTo("Microsoft Teams"));
            SiteStatus none = SiteSwitch.Site(l, null, null);
            Assert.That(none.supported, Is.False);
            Assert.That(none.platformText, Is.EqualTo("Not a supported page"));
            Assert.That(SiteSwitch.Site(l, "chrome://extensions/", null).supported, Is.False);
        }

        [Test]
        public async Task Toggling_flips_only_the_sites_switch_and_turns_capture_on()
        {
            LoadedSettings l = await Load("{\"settings\":{\"version\":2,\"enabled\":false,\"extraOrigins\":[\"https://a.example.com\",\"https://b.example.com\"]}}");
            Settings meetOff = SiteSwitch.Toggle(l.User, Platform.Meet, "https://meet.google.com", false);
            Assert.That(meetOff.meet, Is.False);
            Assert.That(meetOff.enabled, Is.False, "switching off leaves the master switch alone");
            Settings addC = SiteSwitch.Toggle(l.User, Platform.None, "https://c.example.com", true);
            Assert.That(addC.extraOrigins, Is.EqualTo(new[] { "https://a.example.com", "https://b.example.com", "https://c.example.com" }));
            Assert.That(addC.enabled, Is.True);
            Settings removeA = SiteSwitch.Toggle(l.User, Platform.None, "https://a.example.com", false);
            Assert.That(removeA.extraOrigins, Is.EqualTo(new[] { "https://b.example.com" }));
            Assert.That(l.User.extraOrigins, Has.Length.EqualTo(2), "the loaded settings are not changed");
        }

        [Test]
        public void The_access_sentence_names_the_origins_and_what_they_block()
        {
            Assert.That(SiteSwitch.AccessText(new string[0], false), Is.EqualTo(""));
            Assert.That(SiteSwitch.AccessText(new[] { "https://pgw.example:9091" }, true),
                Is.EqualTo("Chrome has not granted access to https://pgw.example:9091: no metrics can be sent until it does."));
            Assert.That(SiteSwitch.AccessText(new[] { "https://a.example", "https://b.example", "https://c.example" }, false),
                Is.EqualTo("Chrome has not granted access to https://a.example, https://b.example and https://c.example: calls there are not captured until it does."));
        }
    }
}
