using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Playwright;
using NUnit.Framework;
using WebRtcStatsExporter.Browser.Tests.Harness;

namespace WebRtcStatsExporter.Browser.Tests.Scenarios
{
    /// <summary>Issue 14's fault suite in a real browser: the extension pushes through
    /// <see cref="FaultProxy"/> to the real Pushgateway (push interval 5 s, poll 1 s), and one call in one
    /// browser goes through every fault in turn, each phase asserting the issue's figures: the newest
    /// state lands at most one push interval after the endpoint answers again, at most one attempt per
    /// push interval and one request in flight per group during the fault, never a stale state; 4xx named
    /// in the popup and recovered; a crashed tab's group deleted within 30 s. Also a browser quit mid-call.
    /// (The worker stopped through CDP: ResilienceTests; each attack: HandshakeAttackTests. The same
    /// figures on virtual time: tests/Extension.Jint.Tests RecoveryAndSweepTests.) Measured figures are
    /// printed and written to artifacts/faults-*.json.</summary>
    public sealed class FaultTests : BrowserTest
    {
        private const string Counter = "webrtc_inbound_received_packets_total";
        private readonly Dictionary<string, double> measured = new();
        private readonly List<string> failures = new();

        [TearDown]
        public void WriteFigures()
        {
            if (measured.Count == 0) return;
            Directory.CreateDirectory(Path.Combine(Repo.Root, "artifacts"));
            string file = Path.Combine(Repo.Root, "artifacts", "faults-" + TestContext.CurrentContext.Test.MethodName + ".json");
            File.WriteAllText(file, JsonSerializer.Serialize(measured, new JsonSerializerOptions { WriteIndented = true }));
        }

        private double P => Settings.PushIntervalSeconds;
        /// <summary>Allowed beyond a push interval for the request itself and late timers (2 shared cores).</summary>
        private const double Slack = 5;

        private void Check(bool ok, string what)
        {
            if (!ok) failures.Add(what);
        }

        [Test]
        public async Task EveryOutage_RecoversWithinOnePushInterval_OneAttemptPerInterval_ThenACrashedTabIsGoneWithin30Seconds()
        {
            await using var proxy = new FaultProxy(Gateway.Url);
            Settings.Url = proxy.Url;
            await ConfigureAsync();
            var call = await StartCallAsync("https://meet.google.com/fault-call");
            await WaitForAgentGroupAsync("meet");
            var fetches = await WorkerFetches.InstallAsync(Browser.Context, Browser.Origin);
            var first = await proxy.WaitForAsync(r => r.Method == "PUT" && r.Landed && r.Path.Contains("/tab/"), TimeSpan.FromSeconds(60));
            Assert.That(first, Is.Not.Null, "no push through the proxy");
            string group = first!.Path;
            string groupUrl = proxy.Url + group;
            TimeSpan outage = TimeSpan.FromSeconds(P * 3);

            async Task<DateTime> Recovered(string name, DateTime back)
            {
                var ok = await proxy.WaitForAsync(r => r.At >= back && r.Path == group && r.Method == "PUT" && r.Landed, TimeSpan.FromSeconds(P * 4 + 30));
                if (ok == null) { failures.Add($"{name}: no push landed within {P * 4 + 30:0} s after the fault ended"); return DateTime.UtcNow; }
                double s = (ok.EndedAt - back).TotalSeconds;
                measured[name + ".recovery_s"] = Math.Round(s, 2);
                // target: one push interval; the slack is the request's own time and timer lateness on a busy
                // machine, far below what a backoff (issue 14 found 27 s) or a 20 s timeout would add
                Check(s <= P + Slack, $"{name}: the newest state landed {s:0.0} s after the endpoint answered again (push interval {P} s)");
                return ok.EndedAt;
            }

            async Task Outage(string name, Fault fault, int status = 503)
            {
                proxy.Status = status;
                DateTime start = DateTime.UtcNow;
                proxy.Mode = fault;
                await Task.Delay(outage);
                proxy.Mode = Fault.None;
                DateTime back = DateTime.UtcNow;
                await Recovered(name, back);
                var tried = (await fetches.ReadAsync()).Where(f => f.Url == groupUrl && f.At >= start && f.At < back).ToList();
                double perMinute = tried.Count / outage.TotalMinutes;
                measured[name + ".attempts_per_min"] = Math.Round(perMinute, 1);
                TestContext.Out.WriteLine($"{name,-9} {tried.Count} attempts in the {outage.TotalSeconds:0} s fault ({perMinute:0.0}/min; outcomes {string.Join(",", tried.Select(f => f.Outcome))}); recovered {measured.GetValueOrDefault(name + ".recovery_s"):0.00} s after it ended");
                Check(tried.Count >= 2, $"{name}: the worker stopped probing ({tried.Count} attempts in {outage.TotalSeconds:0} s)");
                Check(tried.Count <= outage.TotalSeconds / P + 1, $"{name}: {tried.Count} attempts in {outage.TotalSeconds:0} s: more than one per push interval");
                for (int i = 1; i < tried.Count; i++)
                    Check(tried[i].AtMs - tried[i - 1].AtMs >= (P - 1) * 1000, $"{name}: attempts {(tried[i].AtMs - tried[i - 1].AtMs) / 1000:0.0} s apart");
                Check(tried.Where(f => f.At < back.AddSeconds(-0.5)).All(f => f.Outcome != "200"), $"{name}: an attempt succeeded during the fault (the fault was not injected)");
                if (fault == Fault.Hang)
                {
                    var stuck = proxy.Between(start, back).Where(r => r.Path == group && r.Fault == Fault.Hang).ToList();
                    Check(stuck.Count > 0 && tried.Where(f => f.At < back.AddSeconds(-0.5)).All(f => f.Outcome == "AbortError"), $"{name}: the stuck requests were not aborted by the worker: {string.Join(",", tried.Select(f => f.Outcome))}");
                    var held = tried.Where(f => f.EndMs > 0).Select(f => (f.EndMs - f.AtMs) / 1000).ToList();
                    measured[name + ".abandoned_after_s"] = Math.Round(held.DefaultIfEmpty(0).Max(), 2);
                    TestContext.Out.WriteLine($"{name,-9} each stuck request abandoned by the worker after {string.Join(", ", held.Select(s => s.ToString("0.00")))} s");
                    Check(held.All(s => s <= P + Slack), $"{name}: a stuck request was held {held.DefaultIfEmpty(0).Max():0.0} s (more than one push interval)");
                }
            }

            await Outage("refused", Fault.Refuse);
            await Outage("reset", Fault.Reset);
            await Outage("http503", Fault.Status, 503);
            await Outage("hung", Fault.Hang);

            // a slow endpoint that answers within the interval: every push lands, one in flight
            proxy.Delay = TimeSpan.FromSeconds(P * 0.7);
            DateTime slowStart = DateTime.UtcNow;
            proxy.Mode = Fault.Slow;
            await Task.Delay(outage);
            proxy.Mode = Fault.None;
            DateTime slowEnd = DateTime.UtcNow;
            await Task.Delay(TimeSpan.FromSeconds(P)); // the last slow answer
            var slow = proxy.Between(slowStart, slowEnd).Where(r => r.Path == group && r.Fault == Fault.Slow).ToList();
            measured["slow.pushes_landed"] = slow.Count(r => r.Landed);
            TestContext.Out.WriteLine($"slow      {slow.Count} pushes answered after {proxy.Delay.TotalSeconds:0.0} s each, {slow.Count(r => r.Landed)} landed");
            Check(slow.Count >= 2 && slow.All(r => r.Landed), $"slow: an answer within the interval must land ({slow.Count(r => r.Landed)}/{slow.Count})");

            // 400 and 401: named in the popup, then recovered
            var popup = await Browser.OpenExtensionPageAsync("popup.html");
            foreach (var (status, words) in new[] { (400, "HTTP 400"), (401, "HTTP 401") })
            {
                string name = "http" + status;
                proxy.Status = status;
                DateTime start = DateTime.UtcNow;
                proxy.Mode = Fault.Status;
                string shown = await PopupErrorAsync(popup, t => t.Contains(words), TimeSpan.FromSeconds(P * 2 + 20));
                Check(shown.Contains(words), $"{name}: the popup did not name it: \"{shown}\"");
                await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, P * 2 - (DateTime.UtcNow - start).TotalSeconds)));
                proxy.Mode = Fault.None;
                DateTime back = DateTime.UtcNow;
                await Recovered(name, back);
                string after = await PopupErrorAsync(popup, t => t == "None", TimeSpan.FromSeconds(P * 2 + 20));
                TestContext.Out.WriteLine($"{name,-9} popup: \"{shown}\"; recovered {measured.GetValueOrDefault(name + ".recovery_s"):0.00} s after it ended; then the popup: \"{after}\"");
                Check(after == "None", $"{name}: the popup still shows an error after recovery: \"{after}\"");
            }
            await popup.CloseAsync();

            // never a stale state: every body that reached the proxy carries a newer state than the one before
            var values = proxy.Log.Where(r => r.Path == group && r.Method == "PUT").OrderBy(r => r.At).Select(r => Sum(r.Body)).ToList();
            for (int i = 1; i < values.Count; i++)
                Check(values[i] > values[i - 1], $"PUT #{i + 1} carries {Counter} {values[i]} after {values[i - 1]}: a stale state replayed");
            // the worker never crashed: the fetch record installed before the first fault is still there
            // (ReadAsync throws once the worker restarted), and nothing in the extension threw uncaught
            var all = await fetches.ReadAsync();
            var uncaught = Browser.ExtensionConsole().Where(c => c.Text.Contains("Uncaught")).ToList();
            Check(uncaught.Count == 0, "uncaught errors in the extension: " + string.Join(" | ", uncaught.Select(c => c.Text)));
            TestContext.Out.WriteLine($"worker    one worker through every fault, {all.Count} fetches recorded, 0 uncaught errors expected ({uncaught.Count})");
            int inFlight = WorkerFetches.MaxInFlightPerUrl(all, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            measured["max_in_flight_per_group"] = inFlight;
            Check(inFlight == 1, $"{inFlight} requests of one group in flight at once");
            await AssertPromtoolCleanAsync();

            // the tab's renderer crashes: no "closed", no pagehide. Page.crash never answers (the page is
            // gone), so it is sent without waiting for a reply; the crash is seen through the page's event.
            var crashed = new TaskCompletionSource<DateTime>(TaskCreationOptions.RunContinuationsAsynchronously);
            call.Crash += (_, _) => crashed.TrySetResult(DateTime.UtcNow);
            var cdp = await Browser.Context.NewCDPSessionAsync(call);
            DateTime crashSent = DateTime.UtcNow;
            _ = cdp.SendAsync("Page.crash").ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
            DateTime crashAt = await Task.WhenAny(crashed.Task, Task.Delay(TimeSpan.FromSeconds(20))) == crashed.Task ? crashed.Task.Result : crashSent;
            Check(crashed.Task.IsCompleted, "crash: Playwright did not report the page crashed within 20 s");
            var delete = await proxy.WaitForAsync(r => r.Path == group && r.Method == "DELETE" && r.Landed && r.At >= crashSent, TimeSpan.FromSeconds(60));
            if (delete == null) failures.Add("crash: the group was not deleted within 60 s");
            else
            {
                double s = (delete.EndedAt - crashAt).TotalSeconds;
                measured["crash.delete_s"] = Math.Round(s, 1);
                TestContext.Out.WriteLine($"crash     group deleted {s:0.0} s after the tab crashed");
                Check(s <= 30, $"crash: the group was deleted {s:0.0} s after the crash (more than 30 s)");
                await Task.Delay(TimeSpan.FromSeconds(P + 1));
                Check(!proxy.Log.Any(r => r.Path == group && r.Method == "PUT" && r.At > delete.At), "crash: the dead tab was pushed again after its DELETE");
                Check(!(await Gateway.StateAsync()).ForAgent(Settings.AgentId).Any(g => g.Label("tab") != null && g.Data.Any(d => d.Name == Counter)), "crash: a call group is still at the Pushgateway");
            }

            Assert.That(failures, Is.Empty, "\n" + string.Join("\n", failures));
        }

        private static async Task<string> PopupErrorAsync(IPage popup, Func<string, bool> until, TimeSpan timeout)
        {
            DateTime deadline = DateTime.UtcNow + timeout;
            string text = "";
            while (DateTime.UtcNow < deadline)
            {
                text = ((await popup.Locator("#last-error").TextContentAsync()) ?? "").Trim();
                if (until(text)) return text;
                await Task.Delay(200);
            }
            return text;
        }

        private static double Sum(string body) => body.Split('\n')
            .Where(l => l.StartsWith(Counter + "{") || l.StartsWith(Counter + " "))
            .Select(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture)).Sum();

        [Test]
        public async Task BrowserQuitMidCall_GroupsGoneWithin30SecondsOfTheRestart()
        {
            await ConfigureAsync();
            await StartCallAsync("https://meet.google.com/quit-call");
            await StartCallAsync("https://teams.microsoft.com/quit-call");
            await Gateway.WaitForAsync(s => s.ForAgent(Settings.AgentId).Count() == 2, FirstPush, "two groups");
            await WaitForMorePushesAsync(await Gateway.StateAsync(), 1);

            // quit without hanging up, then start again on the same profile
            await Browser.RestartAsync(Playwright, Site);
            DateTime restarted = DateTime.UtcNow;
            await Browser.WaitForServiceWorkerAsync();
            await Gateway.WaitForAsync(s => !s.ForAgent(Settings.AgentId).Any(), TimeSpan.FromSeconds(60), "the quit session's groups deleted");
            double gone = (DateTime.UtcNow - restarted).TotalSeconds;
            measured["quit.delete_after_restart_s"] = Math.Round(gone, 1);
            TestContext.Out.WriteLine($"browser restarted → the previous session's groups deleted {gone:0.0} s later");
            Assert.That(gone, Is.LessThanOrEqualTo(30));
        }
    }
}
