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
            Headers headers = HeadersOf(r);
            object? body = null;
            double bytes = 0;
            if (r.BodyBytes != null)
            {
                body = ToUint8Array(r.BodyBytes);
                bytes = r.BodyBytes.Length;
            }
            else if (r.Body != null)
            {
                body = r.Body;
                bytes = new Blob(new object[] { r.Body }).Size;
                if (r.Gzip)
                {
                    try
                    {
                        ReadableStream zipped = new Blob(new object[] { r.Body }).Stream().PipeThrough(new CompressionStream("gzip"));
                        ArrayBuffer buf = await new Response(zipped).ArrayBuffer();
                        body = buf;
                        bytes = buf.ByteLength;
                        headers.Set("Content-Encoding", "gzip");
                    }
                    catch
                    {
                        body = r.Body; // send it plain rather than mislabelled
                    }
                }
            }
            var controller = new AbortController();
            int timer = Dom.SetTimeout(() => controller.Abort(), r.TimeoutMs);
            try
            {
                Response res = await Dom.Fetch(r.Url, new RequestInit
                {
                    Method = r.Method, Headers = headers, Body = body, Signal = controller.Signal,
                    Cache = "no-store", Credentials = "omit", Redirect = "error",
                });
                r.Status = res.Status;
                if (res.Ok)
                {
                    health.Success(clock.NowMs(), bytes);
                    return true;
                }
                string reason = "";
                if (!RetryPolicy.IsRetryable(res.Status))
                {
                    try { reason = await res.Text(); } catch { }
                }
                health.LastError = EndpointProblems.Refused(res.Status, res.StatusText, reason, "Check the URL and the sink type.");
                return false;
            }
            catch
            {
                r.Status = 0;
                r.TimedOut = controller.Signal.Aborted;
                health.LastError = r.TimedOut ? EndpointProblems.NoAnswer(r.TimeoutMs, " (one push interval)") : EndpointProblems.Unreachable("the metrics server");
                return false;
            }
            finally
            {
                Dom.ClearTimeout(timer);
            }
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
