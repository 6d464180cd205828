using NUnit.Framework;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Tests
{
    public class PlatformsTests
    {
        [TestCase("https://teams.microsoft.com/v2/", Platform.Teams)]
        [TestCase("https://teams.cloud.microsoft/", Platform.Teams)]
        [TestCase("https://teams.live.com/v2/?x=1", Platform.Teams)]
        [TestCase("https://TEAMS.MICROSOFT.COM./", Platform.Teams)]
        [TestCase("https://meet.google.com/abc-defg-hij", Platform.Meet)]
        [TestCase("https://acme.my.connect.aws/ccp-v2/", Platform.Connect)]
        [TestCase("https://acme.awsapps.com/connect/ccp-v2", Platform.Connect)]
        [TestCase("https://acme.awsapps.com/connect", Platform.Connect)]
        [TestCase("https://apps.mypurecloud.com/directory/", Platform.Genesys)]
        [TestCase("https://apps.mypurecloud.ie/", Platform.Genesys)]
        [TestCase("https://apps.mypurecloud.de/", Platform.Genesys)]
        [TestCase("https://apps.mypurecloud.jp/", Platform.Genesys)]
        [TestCase("https://apps.mypurecloud.com.au/", Platform.Genesys)]
        [TestCase("https://apps.usw2.pure.cloud/", Platform.Genesys)]
        [TestCase("https://apps.cac1.pure.cloud/", Platform.Genesys)]
        [TestCase("https://apps.euw2.pure.cloud/", Platform.Genesys)]
        [TestCase("https://apps.aps1.pure.cloud/", Platform.Genesys)]
        [TestCase("https://apps.apne2.pure.cloud/", Platform.Genesys)]
        [TestCase("https://apps.sae1.pure.cloud/", Platform.Genesys)]
        [TestCase("https://apps.mec1.pure.cloud/", Platform.Genesys)]
        [TestCase("https://apps.use2.us-gov-pure.cloud/", Platform.Genesys)]
        public void Detects_known_platforms(string url, Platform expected)
            => Assert.That(Platforms.Detect(url), Is.EqualTo(expected));

        [TestCase("https://evil-genesys.com.attacker.net/")]
        [TestCase("https://mypurecloud.com.attacker.net/")]
        [TestCase("https://notmeet.google.com.example/")]
        [TestCase("https://xmeet.google.com/")]
        [TestCase("https://meet.google.com.evil.io/")]
        [TestCase("https://teams.microsoft.com.evil.io/")]
        [TestCase("https://evilteams.microsoft.com/")]
        [TestCase("https://genesys.com/")]
        [TestCase("https://awsapps.com/connect/")]
        [TestCase("https://acme.awsapps.com/workdocs/")]
        [TestCase("https://acme.awsapps.com/connectx/")]
        [TestCase("https://evilpure.cloud/")]
        [TestCase("https://x.pure.cloud.evil.net/")]
        [TestCase("http://meet.google.com/")]
        [TestCase("https://user@meet.google.com/")]
        [TestCase("file:///meet.google.com/")]
        [TestCase("not a url")]
        [TestCase("")]
        public void Rejects_lookalikes(string url)
            => Assert.That(Platforms.Detect(url), Is.EqualTo(Platform.None));

        [Test]
        public void Switches_and_extra_origins_decide_capture()
        {
            Settings s = Make.Settings();
            Assert.That(Platforms.EnabledPlatform(s, "https://meet.google.com/x"), Is.EqualTo(Platform.Meet));
            s.meet = false;
            Assert.That(Platforms.EnabledPlatform(s, "https://meet.google.com/x"), Is.EqualTo(Platform.None));
            Assert.That(Platforms.EnabledPlatform(s, "https://phone.example.com:8443/app"), Is.EqualTo(Platform.None));
            s.extraOrigins = new[] { "https://phone.example.com:8443" };
            Assert.That(Platforms.EnabledPlatform(s, "https://phone.example.com:8443/app"), Is.EqualTo(Platform.Custom));
            Assert.That(Platforms.EnabledPlatform(s, "https://phone.example.com/app"), Is.EqualTo(Platform.None), "port is part of the origin");
            Assert.That(Platforms.EnabledPlatform(s, "http://phone.example.com:8443/app"), Is.EqualTo(Platform.None), "scheme is part of the origin");
            s.enabled = false;
            Assert.That(Platforms.EnabledPlatform(s, "https://phone.example.com:8443/app"), Is.EqualTo(Platform.None));
        }

        [TestCase("https://teams.microsoft.com/v2/", Platform.Teams, "teams")]
        [TestCase("https://meet.google.com/abc", Platform.Meet, "meet")]
        [TestCase("https://acme.my.connect.aws/ccp-v2", Platform.Connect, "connect")]
        [TestCase("https://apps.mypurecloud.ie/directory", Platform.Genesys, "genesys")]
        public void Each_platform_has_its_own_switch(string url, Platform platform, string key)
        {
            Settings s = Make.Settings();
            Assert.That(Platforms.EnabledPlatform(s, url), Is.EqualTo(platform));
            SettingsFields.Set(s, key, false);
            Assert.That(Platforms.EnabledPlatform(s, url), Is.EqualTo(Platform.None));
            foreach (string other in new[] { "teams", "meet", "connect", "genesys" })
            {
                Settings o = Make.Settings();
                if (other != key) SettingsFields.Set(o, other, false);
                Assert.That(Platforms.EnabledPlatform(o, url), Is.EqualTo(platform), "another platform's switch: " + other);
            }
        }

        [TestCase("https://a.example.com", "https://a.example.com")]
        [TestCase("HTTPS://A.Example.com:443/", "https://a.example.com")]
        [TestCase("http://a.example.com:8080", "http://a.example.com:8080")]
        [TestCase("https://a.example.com/path", null)]
        [TestCase("https://a.example.com?q", null)]
        [TestCase("ftp://a.example.com", null)]
        [TestCase("https://a.example.com:99999", null)]
        public void Normalizes_origins(string input, string? expected)
            => Assert.That(UrlParts.NormalizeOrigin(input), Is.EqualTo(expected));
    }
}
