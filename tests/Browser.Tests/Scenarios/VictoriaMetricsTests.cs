using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using NUnit.Framework;
using WebRtcStatsExporter.Browser.Tests.Harness;

namespace WebRtcStatsExporter.Browser.Tests.Scenarios
{
    /// <summary>Issue 8: the built extension pushes a real call to a real VictoriaMetrics (Debian's
    /// victoria-metrics on a free loopback port), read back through /api/v1/query.</summary>
    public sealed class VictoriaMetricsTests : BrowserTest
    {
        private const string Binary = "/usr/bin/victoria-metrics";
        private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

        [Test]
        public async Task CallLandsInVictoriaMetricsWithTheGroupingLabels()
        {
            if (!File.Exists(Binary)) Assert.Fail($"{Binary} not found: apt-get install -y victoria-metrics");
            int port = FreePort.Next();
            string url = $"http://127.0.0.1:{port}";
            string data = Path.Combine(Path.GetTempPath(), "wse-vm-" + Guid.NewGuid().ToString("N"));
            var psi = new ProcessStartInfo(Binary) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            psi.ArgumentList.Add($"-httpListenAddr=127.0.0.1:{port}");
            psi.ArgumentList.Add($"-storageDataPath={data}");
            // Instant queries normally hide the newest 30 s; the test reads what just landed.
            psi.ArgumentList.Add("-search.latencyOffset=0s");
            using var vm = Process.Start(psi)!;
            vm.OutputDataReceived += (_, _) => { };
            vm.ErrorDataReceived += (_, _) => { };
            vm.BeginOutputReadLine();
            vm.BeginErrorReadLine();
            try
            {
                await WaitAsync(async () => (await Http.GetAsync(url + "/health")).IsSuccessStatusCode, "victoria-metrics /health");
                await ConfigureAsync(s => { s.Sink = "victoriametrics"; s.Url = url; s.Gzip = true; });
                await StartCallAsync("https://meet.google.com/vm-call");
                string query = Uri.EscapeDataString($"webrtc_live_connections{{instance=\"{Settings.AgentId}\"}}");
                JsonElement result = default;
                await WaitAsync(async () =>
                {
                    using var doc = JsonDocument.Parse(await Http.GetStringAsync($"{url}/api/v1/query?query={query}"));
                    result = doc.RootElement.GetProperty("data").GetProperty("result").Clone();
                    return result.GetArrayLength() > 0;
                }, "webrtc_live_connections for the agent in VictoriaMetrics");
                var metric = result[0].GetProperty("metric");
                Assert.That(metric.GetProperty("job").GetString(), Is.EqualTo(Settings.Job));
                Assert.That(metric.GetProperty("instance").GetString(), Is.EqualTo(Settings.AgentId));
                Assert.That(metric.GetProperty("agent_id").GetString(), Is.EqualTo(Settings.AgentId));
                Assert.That(metric.GetProperty("platform").GetString(), Is.EqualTo("meet"));
                Assert.That(metric.GetProperty("origin").GetString(), Is.EqualTo("https://meet.google.com"));
                // The loopback call page holds both ends of the call: two live connections.
                Assert.That(int.Parse(result[0].GetProperty("value")[1].GetString()!), Is.EqualTo(2));
                string any = Uri.EscapeDataString($"{{job=\"{Settings.Job}\",instance=\"{Settings.AgentId}\",__name__=~\"webrtc_.+\"}}");
                using var series = JsonDocument.Parse(await Http.GetStringAsync($"{url}/api/v1/series?match[]={any}"));
                Assert.That(series.RootElement.GetProperty("data").GetArrayLength(), Is.GreaterThan(10), "a call should land more than a handful of series");
            }
            finally
            {
                try { vm.Kill(); vm.WaitForExit(10_000); } catch (InvalidOperationException) { }
                try { Directory.Delete(data, true); } catch (IOException) { }
            }
        }

        private static async Task WaitAsync(Func<Task<bool>> ok, string what)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(45);
            Exception? last = null;
            while (DateTime.UtcNow < deadline)
            {
                try { if (await ok()) return; } catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { last = e; }
                await Task.Delay(250);
            }
            Assert.Fail($"timed out after 45 s waiting for {what}{(last != null ? ": " + last.Message : "")}");
        }
    }
}
