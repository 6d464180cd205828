using System;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>Sends one request to the metrics endpoint; true when it was accepted. Sets
    /// <see cref="HttpRequestSpec.Status"/> (0: no answer). Never throws.</summary>
    public interface IRequestSender
    {
        Task<bool> Send(HttpRequestSpec r);
    }

    /// <summary>Performs one <see cref="HttpRequestSpec"/> with fetch: aborted through AbortController
    /// after <see cref="HttpRequestSpec.TimeoutMs"/> (one push interval), gzip through
    /// CompressionStream (Content-Encoding is set only once the body is really compressed). Never throws.</summary>
    public sealed class HttpSender : IRequestSender
    {
        private readonly Health health;
        private readonly IClock clock;

        public HttpSender(Health health, IClock clock)
        {
            this.health = health;
            this.clock = clock;
        }

        public async Task<bool> Send(HttpRequestSpec r)
        {
            ProbeResult res = await Fetch(r, r.TimeoutMs, false);
            r.Status = res.Status;
            r.TimedOut = res.TimedOut;
            if (res.Status >= 200 && res.Status < 300)
            {
                health.Success(clock.NowMs(), res.Bytes);
                return true;
            }
            health.LastError = res.Answered ? EndpointProblems.Refused(res.Status, res.StatusText, res.Body, "Check the URL and the sink type.")
                : res.TimedOut ? EndpointProblems.NoAnswer(r.TimeoutMs, " (one push interval)")
                : EndpointProblems.Unreachable("the metrics server");
            return false;
        }

        /// <summary>One request as a push sends it, for the pushes and for the options page's connection
        /// test alike: its headers, its body (gzip through CompressionStream when asked, Content-Encoding
        /// set only once the body really is compressed), no cache, no cookies, no redirect followed,
        /// aborted after <paramref name="timeoutMs"/>. A refusal's body is read (its reason) unless it
        /// is retryable, or always when <paramref name="everyBody"/>. Never throws.</summary>
        public static async Task<ProbeResult> Fetch(HttpRequestSpec r, double timeoutMs, bool everyBody)
        {
            var result = new ProbeResult();
            Headers headers = HeadersOf(r);
            object? body = null;
            if (r.BodyBytes != null)
            {
                body = ToUint8Array(r.BodyBytes);
                result.Bytes = r.BodyBytes.Length;
            }
            else if (r.Body != null)
            {
                body = r.Body;
                var text = new Blob(new object[] { r.Body });
                result.Bytes = text.Size;
                if (r.Gzip)
                {
                    try
                    {
                        ReadableStream zipped = text.Stream().PipeThrough(new CompressionStream("gzip"));
                        ArrayBuffer buf = await new Response(zipped).ArrayBuffer();
                        body = buf;
                        result.Bytes = buf.ByteLength;
                        headers.Set("Content-Encoding", "gzip");
                    }
                    catch
                    {
                        body = r.Body; // send it plain rather than mislabelled
                    }
                }
            }
            var controller = new AbortController();
            int timer = Dom.SetTimeout(() => controller.Abort(), timeoutMs);
            try
            {
                Response res = await Dom.Fetch(r.Url, new RequestInit
                {
                    Method = r.Method, Headers = headers, Body = body, Signal = controller.Signal,
                    Cache = "no-store", Credentials = "omit", Redirect = "error",
                });
                result.Answered = true;
                result.Status = res.Status;
                result.StatusText = res.StatusText ?? "";
                if (!res.Ok && (everyBody || !RetryPolicy.IsRetryable(res.Status)))
                {
                    try { result.Body = await res.Text(); } catch { }
                }
            }
            catch (Exception e)
            {
                result.TimedOut = controller.Signal.Aborted;
                // fetch's own error (its name and message), not the .NET exception the catch made of it
                JsError? thrown = JsError.Thrown(e);
                result.ErrorName = thrown?.Name ?? "";
                result.ErrorMessage = thrown?.Message ?? e.Message ?? "";
            }
            finally
            {
                Dom.ClearTimeout(timer);
            }
            return result;
        }

        /// <summary>byte[] is a plain Array in the bundle; fetch sends typed bytes.</summary>
        /// <summary>The spec's headers (the connection test sends them too).</summary>
        public static Headers HeadersOf(HttpRequestSpec r)
        {
            var headers = new Headers();
            for (int i = 0; i < r.HeaderNames.Count; i++) headers.Set(r.HeaderNames[i], r.HeaderValues[i]);
            return headers;
        }

        public static Uint8Array ToUint8Array(byte[] bytes)
        {
            var u = new Uint8Array(bytes.Length);
            for (int i = 0; i < bytes.Length; i++) u[i] = bytes[i];
            return u;
        }
    }
}
