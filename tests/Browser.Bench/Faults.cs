using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using WebRtcStatsExporter.Browser.Tests.Harness;

namespace WebRtcStatsExporter.Browser.Bench
{
    /// <summary>Issue 14's figures: a call pushes through the browser tests' fault-injecting proxy
    /// (<see cref="FaultProxy"/>) to the real Pushgateway. Each round opens a call, takes it through an
    /// outage by each fault in turn, then crashes its renderer. Attempts are counted inside the worker
    /// (<see cref="WorkerFetches"/>: a refused connection never reaches the proxy); recovery and the
    /// crashed tab's DELETE are timed at the proxy.</summary>
    public static class Faults
    {
        static readonly (string Name, Fault Fault, int Status)[] Outages =
        {
            ("refused connection", Fault.Refuse, 0),
            ("connection reset", Fault.Reset, 0),
            ("HTTP 503", Fault.Status, 503),
            ("hung (accepts, never answers)", Fault.Hang, 0),
        };

        public sealed class Results
        {
            public readonly Dictionary<string, Figure> Recovery = new();
            public readonly Dictionary<string, Figure> PerMinute = new();
            public readonly Figure Abandoned = new("  hung: a stuck request abandoned by the worker after", "s", "0.00");
            public readonly Figure CrashDelete = new("crashed tab (CDP Page.crash) → its group deleted", "s", "0.0");
            public readonly List<string> Misses = new();

            public Results()
            {
                foreach (var o in Outages)
                {
                    Recovery[o.Name] = new Figure("recovery after " + o.Name, "s", "0.00");
                    PerMinute[o.Name] = new Figure("  attempts per minute per group during it", "", "0.0");
                }
            }

            public IEnumerable<Figure> Rows()
            {
                foreach (var o in Outages)
                {
                    yield return Recovery[o.Name];
                    yield return PerMinute[o.Name];
                    if (o.Fault == Fault.Hang) yield return Abandoned;
                }
                yield return CrashDelete;
            }
        }

        /// <summary>One round on a fresh call page (<paramref name="callUrl"/>); the extension already
        /// pushes to <paramref name="proxy"/>.</summary>
        public static async Task Round(IBrowserContext context, string extOrigin, FaultProxy proxy, string callUrl, int pushSeconds, int outageSeconds, Results results)
        {
            var fetches = await WorkerFetches.InstallAsync(context, extOrigin);
            DateTime opened = DateTime.UtcNow;
            var call = await Program.OpenCall(context, callUrl);
            var first = await proxy.WaitForAsync(r => r.At >= opened && r.Method == "PUT" && r.Landed && r.Path.Contains("/tab/"), TimeSpan.FromSeconds(60))
                ?? throw new InvalidOperationException("no push of the call's group landed through the fault proxy within 60 s");
            string group = first.Path;
            TimeSpan outage = TimeSpan.FromSeconds(outageSeconds);

            foreach (var (name, fault, status) in Outages)
            {
                proxy.Status = status;
                DateTime start = DateTime.UtcNow;
                proxy.Mode = fault;
                await Task.Delay(outage);
                proxy.Mode = Fault.None;
                DateTime back = DateTime.UtcNow;
                var ok = await proxy.WaitForAsync(r => r.At >= back && r.Path == group && r.Method == "PUT" && r.Landed, TimeSpan.FromSeconds(pushSeconds * 4 + 30));
                if (ok == null) results.Misses.Add($"{name}: no push landed within {pushSeconds * 4 + 30} s after the fault ended");
                else results.Recovery[name].Add((ok.EndedAt - back).TotalSeconds);
                var tried = (await fetches.ReadAsync()).Where(f => f.Url == proxy.Url + group && f.At >= start && f.At < back).ToList();
                results.PerMinute[name].Add(tried.Count / outage.TotalMinutes);
                if (fault == Fault.Hang)
                    foreach (var f in tried.Where(f => f.EndMs > 0)) results.Abandoned.Add((f.EndMs - f.AtMs) / 1000);
            }

            // The renderer crashes: no pagehide, no "closed". Page.crash never answers (the page is gone),
            // so it is sent without waiting; the crash is timed by the page's crash event.
            var crashed = new TaskCompletionSource<DateTime>(TaskCreationOptions.RunContinuationsAsynchronously);
            call.Crash += (_, _) => crashed.TrySetResult(DateTime.UtcNow);
            var cdp = await context.NewCDPSessionAsync(call);
            DateTime sent = DateTime.UtcNow;
            _ = cdp.SendAsync("Page.crash").ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
            bool seen = await Task.WhenAny(crashed.Task, Task.Delay(TimeSpan.FromSeconds(20))) == crashed.Task;
            DateTime crashAt = seen ? crashed.Task.Result : sent;
            if (!seen) results.Misses.Add("crash: Playwright did not report the page crashed within 20 s (timed from Page.crash)");
            var delete = await proxy.WaitForAsync(r => r.Path == group && r.Method == "DELETE" && r.Landed && r.At >= sent, TimeSpan.FromSeconds(60));
            if (delete == null) results.Misses.Add("crash: the group was not deleted within 60 s");
            else results.CrashDelete.Add((delete.EndedAt - crashAt).TotalSeconds);
            try { await call.CloseAsync(); } catch (PlaywrightException) { }
        }
    }
}
