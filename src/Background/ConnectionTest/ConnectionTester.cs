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
    /// carries no encoder; <see cref="OptionsAnswers"/> reads the form and answers only the
    /// extension's own pages.</summary>
    public sealed class ConnectionTester
    {
        public const int TestTabSlot = 9999;
        public const int TimeoutMs = 10000;
        /// <summary>The fields a test depends on; an error elsewhere does not stop it.</summary>
        public static readonly string[] Fields = { "url", "job", "agentId", "labels", "username", "password", "bearerToken" };

        private readonly IEndpointProbe probe;
        private readonly IClock clock;

        public ConnectionTester(IEndpointProbe probe, IClock clock)
        {
            this.probe = probe;
            this.clock = clock;
        }

        /// <summary>Why the test cannot run with <paramref name="errors"/> (the complaints about the
        /// settings to test): those about the fields it depends on; empty when it can run.</summary>
        public static List<FieldError> Blocking(List<FieldError> errors)
        {
            var blocking = new List<FieldError>();
            foreach (FieldError e in errors) if (Array.IndexOf(Fields, e.field) >= 0) blocking.Add(e);
            return blocking;
        }

        public static HttpRequestSpec? Request(Settings s)
        {
            GroupKey key = PushLoop.Key(s, TestTabSlot);
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
            return Outcome(false, EndpointProblems.Refused(status, r.StatusText, r.Body,
                "Is it the " + SinkName(s) + (s.sink == SinkKinds.RemoteWrite ? "'s full path?" : "'s base URL?")));
        }

        private static TestConnectionAnswer Outcome(bool ok, string text) => new TestConnectionAnswer { ok = ok, text = text };

        private static string SinkName(Settings s)
            => s.sink == SinkKinds.VictoriaMetrics ? "VictoriaMetrics" : s.sink == SinkKinds.RemoteWrite ? "remote write endpoint" : "Pushgateway";

        /// <summary>No answer: a timeout, missing host permission, or nothing at all (down, wrong port,
        /// TLS, a redirect, or a CORS refusal, which the browser does not tell apart).</summary>
        private async Task<string> Unreachable(Settings s, ProbeResult r)
        {
            if (r.TimedOut || r.ErrorName == "TimeoutError" || r.ErrorName == "AbortError" || r.ErrorMessage.IndexOf("timed out") >= 0)
                return EndpointProblems.NoAnswer(TimeoutMs, "");
            UrlParts? u = UrlParts.Parse(s.url);
            if (u != null && !await probe.Granted(u.Origin))
                return "Chrome has not granted access to " + u.Origin + ": allow it when asked, then try again.";
            return EndpointProblems.Unreachable(u != null ? u.Origin : s.url);
        }
    }
}
