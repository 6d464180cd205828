using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NUnit.Framework;
using WebRtcStatsExporter.Browser.Tests.Harness;

namespace WebRtcStatsExporter.Browser.Tests.Scenarios
{
    /// <summary>Issue 5, scenarios 8 and 9: a Pushgateway outage and a stopped service worker.</summary>
    public sealed class ResilienceTests : BrowserTest
    {
        private static string Key(Series s) => s.Name + "{" + string.Join(",", s.Labels.OrderBy(kv => kv.Key).Select(kv => kv.Key + "=" + kv.Value)) + "}";

        private Dictionary<string, double> Counters(PushState state) =>
            state.ForAgent(Settings.AgentId).SelectMany(g => g.Data)
                .Where(s => s.Type == "COUNTER" || s.Type == "counter")
                .GroupBy(Key).ToDictionary(g => g.Key, g => g.First().Value);

        [Test]
        public async Task PushgatewayOutageThenRecoveryDeliversLatestState()
        {
            await ConfigureAsync();
            var page = await StartCallAsync("https://meet.google.com/out-age-call");
            var before = await WaitForAgentGroupAsync("meet");
            before = await WaitForMorePushesAsync(before, 1);
            var countersBefore = Counters(before);
            Assert.That(countersBefore, Is.Not.Empty, "no counter series to compare");

            Gateway.Stop();
            await Task.Delay(TimeSpan.FromSeconds(Settings.PushIntervalSeconds * 2 + 2));
            Gateway.Launch(); // same port, empty
            var restarted = DateTime.UtcNow;
            var after = await WaitForAgentGroupAsync("meet");
            TestContext.Out.WriteLine($"state back {(DateTime.UtcNow - restarted).TotalSeconds:0.0}s after the restart (push interval {Settings.PushIntervalSeconds}s)");

            Assert.That(await page.EvaluateAsync<string>("() => window.callState()"), Is.EqualTo("connected"));
            var countersAfter = Counters(after);
            var common = countersBefore.Keys.Intersect(countersAfter.Keys).ToList();
            Assert.That(common, Is.Not.Empty, "the counters after the outage are not the same series as before");
            foreach (var k in common)
                Assert.That(countersAfter[k], Is.GreaterThanOrEqualTo(countersBefore[k]), $"{k} went back: a stale value was replayed");
            Assert.That(common.Any(k => countersAfter[k] > countersBefore[k]), "no counter advanced: the first push after the outage is not the latest state");
            double pushTime = after.ForAgent(Settings.AgentId).Max(g => g.PushTimeSeconds);
            Assert.That(DateTimeOffset.FromUnixTimeMilliseconds((long)(pushTime * 1000)).UtcDateTime, Is.GreaterThan(restarted.AddSeconds(-1)));
            await AssertPromtoolCleanAsync();
        }

        [Test]
        public async Task ServiceWorkerStoppedMidCallResumesPushing()
        {
            await ConfigureAsync();
            await StartCallAsync("https://teams.microsoft.com/_#/sw-stop");
            var state = await WaitForAgentGroupAsync("teams");

            // Stop the extension's worker through the DevTools protocol (the ServiceWorker domain of
            // an extension page, which shares the extension's storage partition).
            var options = await Browser.OpenExtensionPageAsync();
            var cdp = await Browser.Context.NewCDPSessionAsync(options);
            var statuses = new List<string>();
            cdp.Event("ServiceWorker.workerVersionUpdated").OnEvent += (_, e) =>
            {
                if (e is JsonElement el && el.TryGetProperty("versions", out var versions))
                    foreach (var v in versions.EnumerateArray())
                        if (v.GetProperty("scriptURL").GetString()!.EndsWith("/background.js"))
                            lock (statuses) statuses.Add(v.GetProperty("runningStatus").GetString()!);
            };
            await cdp.SendAsync("ServiceWorker.enable");
            await cdp.SendAsync("ServiceWorker.stopAllWorkers");
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (DateTime.UtcNow < deadline && !statuses.Contains("stopped")) await Task.Delay(100);
            lock (statuses) Assert.That(statuses, Does.Contain("stopped"), "the service worker was not seen stopping: " + string.Join(",", statuses));
            await options.CloseAsync();
            var stopped = DateTime.UtcNow;

            state = await WaitForMorePushesAsync(await Gateway.StateAsync(), 2);
            TestContext.Out.WriteLine($"two pushes {(DateTime.UtcNow - stopped).TotalSeconds:0.0}s after the worker was stopped");
            Assert.That(state.ForAgent(Settings.AgentId).Single().Label("platform"), Is.EqualTo("teams"));
        }
    }
}
