using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace WebRtcStatsExporter.Browser.Tests.Harness
{
    /// <summary>One fetch() the extension's worker made: when it started and settled (Unix ms), and how
    /// (an HTTP status, or the error's name: TypeError for a refused/reset connection, AbortError for
    /// a request the worker abandoned).</summary>
    public sealed record WorkerFetch(string Url, string Method, double AtMs, double EndMs, string Outcome)
    {
        public DateTime At => DateTime.UnixEpoch.AddMilliseconds(AtMs);
    }

    /// <summary>Records every fetch() of the extension's service worker from inside it (Playwright
    /// evaluates in the worker; the wrapper only observes and calls the real fetch). A proxy cannot see
    /// the attempts that never reach it — refused connections — so attempt counts come from here.</summary>
    public sealed class WorkerFetches
    {
        private readonly IWorker worker;
        private WorkerFetches(IWorker worker) { this.worker = worker; }

        public static async Task<WorkerFetches> InstallAsync(IBrowserContext context, string extensionOrigin)
        {
            IWorker? sw = null;
            DateTime deadline = DateTime.UtcNow.AddSeconds(30);
            while (sw == null && DateTime.UtcNow < deadline)
            {
                sw = ServiceWorkers(context).FirstOrDefault(w => w.Url.StartsWith(extensionOrigin) && w.Url.EndsWith("/background.js"));
                if (sw == null) await Task.Delay(100);
            }
            if (sw == null) throw new InvalidOperationException("the extension's service worker is not visible to Playwright");
            await sw.EvaluateAsync<object?>(@"() => {
                if (self.__wseFetches) return;
                const log = self.__wseFetches = [];
                const real = self.fetch;
                self.fetch = function (url, init) {
                    const e = { url: String(url), method: (init && init.method) || 'GET', at: Date.now(), end: 0, outcome: '' };
                    log.push(e);
                    return real.call(this, url, init).then(
                        r => { e.end = Date.now(); e.outcome = String(r.status); return r; },
                        err => { e.end = Date.now(); e.outcome = (err && err.name) || 'error'; throw err; });
                };
            }");
            return new WorkerFetches(sw);
        }

        /// <summary>Playwright for .NET keeps Chromium's service workers on its context but does not put
        /// them on <see cref="IBrowserContext"/> (1.64): read the implementation's public property.</summary>
        private static IEnumerable<IWorker> ServiceWorkers(IBrowserContext context)
        {
            var property = context.GetType().GetProperty("ServiceWorkers")
                ?? throw new InvalidOperationException($"{context.GetType()} has no ServiceWorkers property (Playwright changed): update WorkerFetches");
            return ((IEnumerable<IWorker>)property.GetValue(context)!).ToList();
        }

        /// <summary>Every fetch so far (unsettled ones with EndMs 0). Throws if the worker restarted since
        /// the wrapper was installed (its record would be incomplete).</summary>
        public async Task<List<WorkerFetch>> ReadAsync()
        {
            string json = await worker.EvaluateAsync<string>("() => self.__wseFetches ? JSON.stringify(self.__wseFetches) : ''");
            if (json == "") throw new InvalidOperationException("the worker restarted: its fetch record is gone");
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.EnumerateArray().Select(e => new WorkerFetch(
                e.GetProperty("url").GetString()!, e.GetProperty("method").GetString()!,
                e.GetProperty("at").GetDouble(), e.GetProperty("end").GetDouble(), e.GetProperty("outcome").GetString()!)).ToList();
        }

        /// <summary>The most fetches to one URL that were unsettled at the same moment.</summary>
        public static int MaxInFlightPerUrl(IEnumerable<WorkerFetch> fetches, double nowMs)
        {
            int max = 0;
            foreach (var g in fetches.GroupBy(f => f.Url))
            {
                var edges = g.SelectMany(f => new[] { (t: f.AtMs, d: 1), (t: f.EndMs == 0 ? nowMs : f.EndMs, d: -1) })
                             .OrderBy(e => e.t).ThenBy(e => e.d); // an end and a start at the same ms do not overlap
                int n = 0;
                foreach (var e in edges) { n += e.d; max = Math.Max(max, n); }
            }
            return max;
        }
    }
}
