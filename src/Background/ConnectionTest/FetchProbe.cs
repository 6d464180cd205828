using System;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>One test request with fetch, aborted after the timeout; never throws.</summary>
    public sealed class FetchProbe : IEndpointProbe
    {
        public async Task<ProbeResult> Send(HttpRequestSpec spec, int timeoutMs)
        {
            Headers headers = HttpSender.HeadersOf(spec);
            object? body = spec.BodyBytes != null ? HttpSender.ToUint8Array(spec.BodyBytes) : spec.Body;
            var controller = new AbortController();
            int timer = Dom.SetTimeout(() => controller.Abort(), timeoutMs);
            var result = new ProbeResult();
            try
            {
                Response response = await Dom.Fetch(spec.Url, new RequestInit
                {
                    Method = spec.Method, Headers = headers, Body = body, Signal = controller.Signal,
                    Cache = "no-store", Credentials = "omit",
                });
                result.Answered = true;
                result.Status = response.Status;
                result.StatusText = response.StatusText ?? "";
                if (!response.Ok) { try { result.Body = await response.Text(); } catch { } }
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

        public async Task<bool> Granted(string origin)
        {
            try { return await Chrome.Permissions.Contains(new PermissionSet { Origins = new[] { HostPermissions.Pattern(origin) } }); }
            catch { return false; }
        }
    }
}
