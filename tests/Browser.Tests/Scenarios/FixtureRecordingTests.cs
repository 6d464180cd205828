using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NUnit.Framework;
using WebRtcStatsExporter.Browser.Tests.Harness;

namespace WebRtcStatsExporter.Browser.Tests.Scenarios
{
    /// <summary>Records the real getStats() reports of the test calls (both ends of an audio and of a
    /// video loopback call) into artifacts/getstats-fixtures/, for the Jint tests' fixtures, and checks
    /// that they hold the stats types the metric catalogue reads.</summary>
    public sealed class FixtureRecordingTests : BrowserTest
    {
        [TestCase("audio", "https://meet.google.com/rec-audio-call")]
        [TestCase("video", "https://meet.google.com/rec-video-call?video=1")]
        public async Task RealGetStatsReportsAreRecorded(string name, string url)
        {
            var page = await StartCallAsync(url);
            // Let media flow until the counters are non-zero and the first RTCP receiver report is in.
            bool ready = false;
            for (var deadline = DateTime.UtcNow.AddSeconds(30); !ready && DateTime.UtcNow < deadline; )
            {
                ready = await page.EvaluateAsync<bool>(@"async () => {
                    const [a] = await window.__reports();
                    return a.some(s => s.type === 'outbound-rtp' && s.packetsSent > 50)
                        && a.some(s => s.type === 'remote-inbound-rtp');
                }");
                if (!ready) await Task.Delay(250);
            }
            var reports = await page.EvaluateAsync<JsonElement>("() => window.__reports()");
            string dir = Path.Combine(Repo.Root, "artifacts", "getstats-fixtures");
            Directory.CreateDirectory(dir);
            string file = Path.Combine(dir, $"chromium-{name}-loopback.json");
            await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new
            {
                browser = await page.EvaluateAsync<string>("() => navigator.userAgent"),
                recorded = DateTime.UtcNow.ToString("u"),
                sender = reports[0],
                receiver = reports[1],
            }, new JsonSerializerOptions { WriteIndented = true }));
            TestContext.Out.WriteLine($"wrote {file}");

            var senderTypes = reports[0].EnumerateArray().Select(s => s.GetProperty("type").GetString()).ToHashSet();
            var receiverTypes = reports[1].EnumerateArray().Select(s => s.GetProperty("type").GetString()).ToHashSet();
            Assert.That(senderTypes, Is.SupersetOf(new[] { "outbound-rtp", "remote-inbound-rtp", "candidate-pair", "transport", "codec", "media-source" }));
            Assert.That(receiverTypes, Is.SupersetOf(new[] { "inbound-rtp", "candidate-pair", "transport", "codec" }));
        }
    }
}
