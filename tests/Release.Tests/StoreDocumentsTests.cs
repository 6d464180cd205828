using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace WebRtcStatsExporter.Release.Tests
{
    /// <summary>The documents the Chrome Web Store and a reviewer see agree with the manifest.</summary>
    public sealed class StoreDocumentsTests
    {
        private static JsonObject Manifest => JsonNode.Parse(Repo.Read("static", "manifest.json"))!.AsObject();

        private static string Section(string markdown, string heading)
        {
            Match m = Regex.Match(markdown, "^## " + Regex.Escape(heading) + "\\s*\\n(?<body>.*?)(?=^## |\\z)", RegexOptions.Multiline | RegexOptions.Singleline);
            Assert.That(m.Success, Is.True, "no section \"" + heading + "\"");
            return m.Groups["body"].Value.Trim();
        }

        [Test]
        public void The_licence_is_mit_for_our_own_code()
        {
            string licence = Repo.Read("LICENSE");
            Assert.That(licence, Does.StartWith("MIT License"));
            Assert.That(licence, Does.Contain("WebRTC Stats Exporter contributors"));
        }

        [Test]
        public void The_privacy_policy_justifies_every_permission_the_manifest_asks_for()
        {
            string privacy = Repo.Read("PRIVACY.md");
            JsonObject m = Manifest;
            foreach (string key in new[] { "permissions", "host_permissions" })
                foreach (string p in m[key]!.AsArray().Select(x => x!.GetValue<string>()))
                    Assert.That(privacy, Does.Contain("`" + p + "`"), "PRIVACY.md does not mention " + p);
            Assert.That(privacy, Does.Contain("`https://*/*`").And.Contain("`http://*/*`"));
            foreach (string never in new[] { "IP addresses", "Audio, video", "analytics" }) Assert.That(privacy, Does.Contain(never));
        }

        [Test]
        public void The_listing_fits_the_stores_limits_and_matches_the_manifest()
        {
            string listing = Repo.Read("store", "listing.md");
            JsonObject m = Manifest;
            string name = Section(listing, "Name"), summary = Section(listing, "Summary"), description = Section(listing, "Description");
            Assert.That(name, Is.EqualTo(m["name"]!.GetValue<string>()));
            Assert.That(name.Length, Is.LessThanOrEqualTo(75));
            Assert.That(summary, Is.EqualTo(m["description"]!.GetValue<string>()), "the listing's summary is the manifest's description");
            Assert.That(summary.Length, Is.LessThanOrEqualTo(132));
            Assert.That(description.Length, Is.InRange(200, 16000));
            foreach (string p in m["permissions"]!.AsArray().Select(x => x!.GetValue<string>()))
                Assert.That(Section(listing, "Permission justifications"), Does.Contain("**" + p + "**"));
        }

        [Test]
        public void The_five_store_screenshots_are_taken_by_the_browser_tests()
        {
            string listing = Repo.Read("store", "listing.md");
            var names = Regex.Matches(Section(listing, "Screenshots (1280×800, taken by the browser tests into `artifacts/store/`)"), @"`(?<f>[a-z-]+\.png)`")
                .Select(x => x.Groups["f"].Value).ToList();
            Assert.That(names, Has.Count.EqualTo(5));
            string tests = string.Join("\n", Directory.EnumerateFiles(Path.Combine(Repo.Root, "tests", "Browser.Tests", "Scenarios"), "*.cs").Select(File.ReadAllText));
            foreach (string n in names)
                Assert.That(tests, Does.Match("StoreScreenshots\\.SaveAsync\\([^)]*\"" + Regex.Escape(n) + "\""), n + " is not taken by a browser test");
        }

        [Test]
        public void The_changelog_has_an_entry_for_the_manifest_version()
        {
            string version = Manifest["version"]!.GetValue<string>();
            Assert.That(Regex.IsMatch(Repo.Read("CHANGELOG.md"), "^## " + Regex.Escape(version) + " ", RegexOptions.Multiline), Is.True, "CHANGELOG.md has no \"## " + version + " \" entry");
        }
    }
}
