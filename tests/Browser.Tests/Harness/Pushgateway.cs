using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace WebRtcStatsExporter.Browser.Tests.Harness
{
    /// <summary>A real Pushgateway (Debian's prometheus-pushgateway) on a free loopback port, with
    /// no persistence file; stopped by its process id. Can be stopped and started again on the same
    /// port (outage tests).</summary>
    public sealed class Pushgateway : IDisposable
    {
        private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };
        private Process? process;
        private readonly StringWriter log = new();

        public int Port { get; } = FreePort.Next();
        public string Url => $"http://127.0.0.1:{Port}";

        public static Pushgateway Start()
        {
            Repo.RequireTool(Repo.PushgatewayBinary, "prometheus-pushgateway");
            var pg = new Pushgateway();
            pg.Launch();
            // If the test host ends without running the fixture's tear-down, stop the process anyway.
            AppDomain.CurrentDomain.ProcessExit += (_, _) => pg.Stop();
            return pg;
        }

        public void Launch()
        {
            if (process != null) throw new InvalidOperationException("already running");
            var psi = new ProcessStartInfo(Repo.PushgatewayBinary)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            psi.ArgumentList.Add($"--web.listen-address=127.0.0.1:{Port}");
            psi.ArgumentList.Add("--persistence.file=");
            psi.ArgumentList.Add("--web.enable-admin-api");
            psi.ArgumentList.Add("--log.level=warn");
            var p = Process.Start(psi)!;
            p.OutputDataReceived += (_, e) => { if (e.Data != null) lock (log) log.WriteLine(e.Data); };
            p.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (log) log.WriteLine(e.Data); };
            p.BeginOutputReadLine();
            p.BeginErrorReadLine();
            process = p;
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            while (DateTime.UtcNow < deadline)
            {
                if (p.HasExited) Assert.Fail($"prometheus-pushgateway exited with {p.ExitCode}: {Log}");
                try
                {
                    if (Http.GetAsync(Url + "/-/ready").Result.IsSuccessStatusCode) return;
                }
                catch (AggregateException) { }
                Thread.Sleep(100);
            }
            Assert.Fail($"prometheus-pushgateway did not become ready on {Url}: {Log}");
        }

        public string Log { get { lock (log) return log.ToString(); } }

        /// <summary>Stops the process by its id (an outage, or the end of the fixture).</summary>
        public void Stop()
        {
            var p = process;
            process = null;
            if (p == null) return;
            try
            {
                using var byId = Process.GetProcessById(p.Id);
                byId.Kill();
                byId.WaitForExit(10_000);
            }
            catch (ArgumentException) { /* already gone */ }
            p.Dispose();
        }

        public void Dispose() => Stop();

        /// <summary>Deletes every group (admin API), so a test sees only its own pushes.</summary>
        public async Task WipeAsync()
        {
            var r = await Http.PutAsync(Url + "/api/v1/admin/wipe", null);
            r.EnsureSuccessStatusCode();
        }

        public async Task<string> MetricsTextAsync() => await Http.GetStringAsync(Url + "/metrics");

        public async Task<PushState> StateAsync()
        {
            string json = await Http.GetStringAsync(Url + "/api/v1/metrics");
            return PushState.Parse(json);
        }

        /// <summary>Polls the API until <paramref name="condition"/> holds or the deadline passes
        /// (generous: a slow machine must not fail a test); returns the last state seen.</summary>
        public async Task<PushState> WaitForAsync(Func<PushState, bool> condition, TimeSpan timeout, string what)
        {
            var sw = Stopwatch.StartNew();
            PushState last = PushState.Empty;
            while (sw.Elapsed < timeout)
            {
                try { last = await StateAsync(); } catch (HttpRequestException) { }
                if (condition(last))
                {
                    TestContext.Out.WriteLine($"{what}: after {sw.Elapsed.TotalSeconds:0.0}s");
                    return last;
                }
                await Task.Delay(200);
            }
            Assert.Fail($"Timed out after {timeout.TotalSeconds:0}s waiting for: {what}.\nPushgateway groups now:\n{last.Describe()}");
            return last;
        }

        /// <summary>Lints the whole /metrics exposition with `promtool check metrics`.</summary>
        public async Task<(int ExitCode, string Output)> LintAsync()
        {
            Repo.RequireTool(Repo.Promtool, "prometheus");
            string text = await MetricsTextAsync();
            var psi = new ProcessStartInfo(Repo.Promtool, "check metrics")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            await p.StandardInput.WriteAsync(text);
            p.StandardInput.Close();
            await p.WaitForExitAsync();
            return (p.ExitCode, (await stdout) + (await stderr));
        }
    }
}
