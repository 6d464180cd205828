using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>"Test connection" for the options page (<c>wse/test-connection</c>): one real request
    /// to the endpoint with the form's settings, and the outcome in plain words. Pushgateway: a
    /// <c>DELETE</c> of an unused group of this agent (<c>…/tab/9999</c>), which proves address,
    /// reachability, permission and credentials without writing anything. VictoriaMetrics: an empty
    /// import (<c>POST</c> with no samples). Remote write: an empty <c>WriteRequest</c>, with every
    /// header a real push carries. Runs in the worker, which has the sinks already, so the page
    /// carries no encoder. Only the extension's own pages are answered.</summary>
    public sealed class ConnectionTester
    {
        public const int TestTabSlot = 9999;
        public const int TimeoutMs = 10000;
        /// <summary>The fields a test depends on; an error elsewhere does not stop it.</summary>
        public static readonly string[] Fields = { "url", "job", "agentId", "labels", "username", "password", "bearerToken" };

        private readonly IEndpointProbe probe;
        private readonly IClock clock;
        private readonly string pagesBase;

        /// <param name="pagesBase">The extension's own URL prefix (<c>chrome-extension://id/</c>): a
        /// sender whose document is not under it (a content script) gets no answer.</param>
        public ConnectionTester(IEndpointProbe probe, IClock clock, string pagesBase)
        {
            this.probe = probe;
            this.clock = clock;
            this.pagesBase = pagesBase;
        }

        /// <summary>The answer for a request from <paramref name="senderUrl"/>, or null when the sender
        /// is not one of our pages or the message is malformed.</summary>
        public async Task<TestConnectionAnswer?> Answer(TestConnectionRequest? req, string? senderUrl)
        {
            if (!OwnPages.Sent(senderUrl, pagesBase)) return null;
            if (req == null || req.type != TestConnectionRequest.Type || !Plain.IsObject(req.settings) || !Plain.IsObject(req.secrets)) return null;
            Settings s = SettingsStore.Normalize(req.settings, req.secrets);
            foreach (FieldError e in SettingsStore.Validate(s))
                if (Array.IndexOf(Fields, e.field) >= 0) return new TestConnectionAnswer { ok = false, text = "Not tested: " + e.message };
            return await Run(s);
        }

        public static HttpRequestSpec? Request(Settings s)
        {
            var key = new GroupKey { Job = s.job, Agent = s.agentId, TabSlot = TestTabSlot, Labels = s.labels };
            if (s.sink == SinkKinds.RemoteWrite) return RemoteWriteSink.Empty(s, key);
            if (s.sink == SinkKinds.VictoriaMetrics)
            {
                HttpRequestSpec? r = Sinks.Push(s, key, new MetricsSnapshot());
                if (r != null) { r.Gzip = false; r.Body = ""; }
                return r;
            }
            return Sinks.Delete(s, key);
        }

        public async Task<TestConnectionAnswer> Run(Settings s)
        {
            HttpRequestSpec? spec = Request(s);
            if (spec == null) return Outcome(false, "Nothing to test for this sink.");
            double started = clock.NowMs();
            ProbeResult r = await probe.Send(spec, TimeoutMs);
            if (!r.Answered) return Outcome(false, await Unreachable(s, r));
            int ms = (int)Math.Round(clock.NowMs() - started);
            int status = r.Status;
            if (status >= 200 && status < 300) return Outcome(true, "Connected: HTTP " + status + " in " + ms + " ms.");
            string detail = Shorten(r.Body);
            string head = "HTTP " + status + (r.StatusText.Length > 0 ? " " + r.StatusText : "");
            switch (status)
            {
                case 401: return Outcome(false, head + ": the endpoint wants credentials, or rejected the ones given.");
                case 403: return Outcome(false, head + ": the credentials are not allowed to write here.");
                case 404:
                    return Outcome(false, head + ": nothing at this address. Is it the " + SinkName(s) + (s.sink == SinkKinds.RemoteWrite ? "'s full path?" : "'s base URL?"));
                case 400: return Outcome(false, head + (detail.Length > 0 ? ": " + detail : ": the request was refused."));
                default: return Outcome(false, head + (detail.Length > 0 ? ": " + detail : "."));
            }
        }

        private static TestConnectionAnswer Outcome(bool ok, string text) => new TestConnectionAnswer { ok = ok, text = text };

        private static string SinkName(Settings s)
            => s.sink == SinkKinds.VictoriaMetrics ? "VictoriaMetrics" : s.sink == SinkKinds.RemoteWrite ? "remote write endpoint" : "Pushgateway";

        /// <summary>No answer: a timeout, missing host permission, or nothing at all (down, wrong port,
        /// TLS, or a CORS refusal, which the browser does not tell apart).</summary>
        private async Task<string> Unreachable(Settings s, ProbeResult r)
        {
            if (r.TimedOut || r.ErrorName == "TimeoutError" || r.ErrorName == "AbortError" || r.ErrorMessage.IndexOf("timed out") >= 0)
                return "No answer within " + (TimeoutMs / 1000) + " seconds.";
            UrlParts? u = UrlParts.Parse(s.url);
            if (u != null && !await probe.Granted(u.Origin))
                return "Chrome has not granted access to " + u.Origin + ": allow it when asked, then try again.";
            return "Unreachable: no answer from " + (u != null ? u.Origin : s.url)
                + " (server down, wrong address or port, certificate problem, or refused by CORS).";
        }

        private static string Shorten(string text)
        {
            string t = text.Trim();
            return t.Length > 200 ? t.Substring(0, 200) + "…" : t;
        }
    }
}
