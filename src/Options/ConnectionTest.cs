using System;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;
using WebRtcStatsExporter.Ui;

namespace WebRtcStatsExporter.Options
{
    public sealed class TestOutcome
    {
        public bool Ok;
        public string Text = "";
    }

    /// <summary>"Test connection": one real request to the endpoint with the form's settings, and the
    /// outcome in plain words. Pushgateway: <c>DELETE</c> of an unused group of this agent
    /// (<c>…/tab/9999</c>), which proves address, reachability, permission and credentials without
    /// writing anything. VictoriaMetrics: an empty import (<c>POST</c> with no samples). Remote
    /// write: an empty <c>WriteRequest</c>, with every header a real push carries.</summary>
    public static class ConnectionTest
    {
        public const int TestTabSlot = 9999;
        public const int TimeoutMs = 10000;

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

        public static async Task<TestOutcome> Run(Settings s)
        {
            HttpRequestSpec? spec = Request(s);
            if (spec == null) return new TestOutcome { Text = "Nothing to test for this sink." };
            var headers = new Headers();
            for (int i = 0; i < spec.HeaderNames.Count; i++) headers.Set(spec.HeaderNames[i], spec.HeaderValues[i]);
            var init = new RequestInit
            {
                Method = spec.Method,
                Headers = headers,
                Signal = AbortSignal.Timeout(TimeoutMs),
                Cache = "no-store",
                Credentials = "omit",
            };
            if (spec.BodyBytes != null)
            {
                var bytes = new Uint8Array(spec.BodyBytes.Length);
                for (int i = 0; i < spec.BodyBytes.Length; i++) bytes[i] = spec.BodyBytes[i];
                init.Body = bytes;
            }
            else if (spec.Body != null) init.Body = spec.Body;
            double started = Dom.Performance.Now();
            Response response;
            try
            {
                response = await Dom.Fetch(spec.Url, init);
            }
            catch (Exception e)
            {
                return new TestOutcome { Text = await Unreachable(s, e) };
            }
            int ms = (int)Math.Round(Dom.Performance.Now() - started);
            int status = response.Status;
            if (status >= 200 && status < 300)
                return new TestOutcome { Ok = true, Text = "Connected: HTTP " + status + " in " + ms + " ms." };
            string detail = "";
            try { detail = Shorten(await response.Text()); } catch { }
            string head = "HTTP " + status + (response.StatusText.Length > 0 ? " " + response.StatusText : "");
            switch (status)
            {
                case 401:
                    return new TestOutcome { Text = head + ": the endpoint wants credentials, or rejected the ones given." };
                case 403:
                    return new TestOutcome { Text = head + ": the credentials are not allowed to write here." };
                case 404:
                    return new TestOutcome { Text = head + ": nothing at this address. Is it the " + SinkName(s) + (s.sink == SinkKinds.RemoteWrite ? "'s full path?" : "'s base URL?") };
                case 400:
                    return new TestOutcome { Text = head + (detail.Length > 0 ? ": " + detail : ": the request was refused.") };
                default:
                    return new TestOutcome { Text = head + (detail.Length > 0 ? ": " + detail : ".") };
            }
        }

        private static string SinkName(Settings s)
            => s.sink == SinkKinds.VictoriaMetrics ? "VictoriaMetrics" : s.sink == SinkKinds.RemoteWrite ? "remote write endpoint" : "Pushgateway";

        /// <summary>fetch() rejected: a timeout, missing host permission, or no answer at all
        /// (down, wrong port, TLS, or a CORS refusal, which the browser does not tell apart).</summary>
        private static async Task<string> Unreachable(Settings s, Exception e)
        {
            string name = e.As<JsError>().Name;
            string message = e.Message ?? "";
            if (name == "TimeoutError" || name == "AbortError" || message.IndexOf("timed out") >= 0)
                return "No answer within " + (TimeoutMs / 1000) + " seconds.";
            UrlParts? u = UrlParts.Parse(s.url);
            if (u != null)
            {
                bool granted = false;
                try { granted = await Access.Has(u.Origin); } catch { }
                if (!granted) return "Chrome has not granted access to " + u.Origin + ": allow it when asked, then try again.";
            }
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
