using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using NUnit.Framework;
using WebRtcStatsExporter.Browser.Tests.Harness;

namespace WebRtcStatsExporter.Browser.Tests.Scenarios
{
    /// <summary>Issue 16: the built extension remote-writes a real call (snappy protobuf from the
    /// compiled C#) to Debian's prometheus with <c>--web.enable-remote-write-receiver</c>, read back
    /// through /api/v1/query; hanging up makes the series vanish at once (staleness markers).</summary>
    public sealed class RemoteWriteTests : BrowserTest
    {
        private const string Binary = "/usr/bin/prometheus";
        private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

        [Test]
        public async Task CallIsRemoteWrittenToPrometheusAndHangingUpEndsItsSeries()
        {
            if (!File.Exists(Binary)) Assert.Fail($"{Binary} not found: apt-get install -y prometheus");
            int port = FreePort.Next();
            string url = $"http://127.0.0.1:{port}";
            string data = Path.Combine(Path.GetTempPath(), "wse-prom-rw-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(data);
            string config = Path.Combine(data, "prometheus.yml");
            File.WriteAllText(config, "global:\n  scrape_interval: 15s\n");
            var psi = new ProcessStartInfo(Binary) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            psi.ArgumentList.Add("--config.file=" + config);
            psi.ArgumentList.Add("--storage.tsdb.path=" + Path.Combine(data, "tsdb"));
            psi.ArgumentList.Add($"--web.listen-address=127.0.0.1:{port}");
            psi.ArgumentList.Add("--web.enable-remote-write-receiver");
            using var prom = Process.Start(psi)!;
            prom.OutputDataReceived += (_, _) => { };
            prom.ErrorDataReceived += (_, _) => { };
            prom.BeginOutputReadLine();
            prom.BeginErrorReadLine();
            try
            {
                await WaitAsync(async () => (await Http.GetAsync(url + "/-/ready")).IsSuccessStatusCode, "prometheus /-/ready");
                await ConfigureAsync(s => { s.Sink = "remotewrite"; s.Url = url + "/api/v1/write"; s.RemoteWriteTenant = "team-e2e"; });
                var page = await StartCallAsync("https://teams.microsoft.com/rw-call");
                string selector = $"{{job=\"{Settings.Job}\",instance=\"{Settings.AgentId}\"}}";
                JsonElement live = default;
                await WaitAsync(async () =>
                {
                    live = await QueryAsync(url, "webrtc_live_connections" + selector);
                    return live.GetArrayLength() > 0;
                }, "webrtc_live_connections for the agent in Prometheus");
                var metric = live[0].GetProperty("metric");
                Assert.That(metric.GetProperty("agent_id").GetString(), Is.EqualTo(Settings.AgentId));
                Assert.That(metric.GetProperty("platform").GetString(), Is.EqualTo("teams"));
                Assert.That(metric.GetProperty("origin").GetString(), Is.EqualTo("https://teams.microsoft.com"));
                Assert.That(metric.GetProperty("tab").GetString(), Is.EqualTo("0"));
                // The loopback call page holds both ends of the call: two live connections.
                Assert.That(live[0].GetProperty("value")[1].GetString(), Is.EqualTo("2"));
                JsonElement all = await QueryAsync(url, selector);
                Assert.That(all.GetArrayLength(), Is.GreaterThan(10), "a call lands more than a handful of series");

                await page.EvaluateAsync("() => window.closeCall()");
                var sw = Stopwatch.StartNew();
                await WaitAsync(async () => (await QueryAsync(url, selector)).GetArrayLength() == 0,
                    "the call's series to end (staleness markers) — without them they would linger for 5 minutes");
                TestContext.Out.WriteLine($"series ended {sw.Elapsed.TotalSeconds:0.0} s after hanging up");
                JsonElement samples = await QueryAsync(url, "webrtc_live_connections" + selector + "[10m]");
                Assert.That(samples.GetArrayLength(), Is.EqualTo(1), "the samples are kept: only the series ended");
                double firstSample = samples[0].GetProperty("values")[0][0].GetDouble();
                JsonElement earlier = await QueryAsync(url, selector, firstSample);
                Assert.That(earlier.GetArrayLength(), Is.GreaterThan(10), "the call's samples are kept: only the series ended");
            }
            finally
            {
                try { prom.Kill(); prom.WaitForExit(10_000); } catch (InvalidOperationException) { }
                try { Directory.Delete(data, true); } catch (IOException) { }
            }
        }

        private static async Task<JsonElement> QueryAsync(string url, string promql, double? at = null)
        {
            string q = $"{url}/api/v1/query?query={Uri.EscapeDataString(promql)}" + (at != null ? "&time=" + at.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
            using var doc = JsonDocument.Parse(await Http.GetStringAsync(q));
            return doc.RootElement.GetProperty("data").GetProperty("result").Clone();
        }

        private static async Task WaitAsync(Func<Task<bool>> ok, string what)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            Exception? last = null;
            while (DateTime.UtcNow < deadline)
            {
                try { if (await ok()) return; } catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { last = e; }
                await Task.Delay(250);
            }
            Assert.Fail($"timed out after 60 s waiting for {what}{(last != null ? ": " + last.Message : "")}");
        }
    }
}
