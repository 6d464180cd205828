using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Tasks;
using NUnit.Framework;
using WebRtcStatsExporter.Browser.Tests.Harness;

namespace WebRtcStatsExporter.Browser.Tests.Scenarios
{
    /// <summary>The built extension loads in Debian's Chromium and its service worker starts.</summary>
    public sealed class LoadTests : BrowserTest
    {
        [Test]
        public async Task BuiltExtensionLoadsAndItsServiceWorkerStarts()
        {
            var started = DateTime.UtcNow;
            string worker = await Browser.WaitForServiceWorkerAsync();
            TestContext.Out.WriteLine($"service worker active {(DateTime.UtcNow - started).TotalSeconds:0.0}s after the first extension page opened");
            Assert.That(worker, Is.EqualTo($"{ExtensionBrowser.ExtensionOrigin}/background.js"));

            // The options and popup pages load from the package without errors.
            foreach (var file in new[] { "options.html", "popup.html" })
            {
                var page = await Browser.OpenExtensionPageAsync(file);
                await page.WaitForLoadStateAsync();
                Assert.That(page.Url, Is.EqualTo($"{ExtensionBrowser.ExtensionOrigin}/{file}"));
                await page.CloseAsync();
            }
            Assert.That(Browser.PageErrors, Is.Empty, "uncaught errors in extension pages");
        }
    }

    /// <summary>No browser needed: the fixed key in the manifest gives the documented id.</summary>
    [Category("Browser")]
    public sealed class ManifestKeyTests
    {
        [Test]
        public void ManifestKeyGivesTheDocumentedExtensionId()
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Root, "static", "manifest.json")));
            string key = doc.RootElement.GetProperty("key").GetString()!;
            byte[] hash = SHA256.HashData(Convert.FromBase64String(key));
            string id = new string(Convert.ToHexString(hash).ToLowerInvariant().Take(32)
                .Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))).ToArray());
            Assert.That(id, Is.EqualTo(Repo.ExtensionId));
        }
    }
}
