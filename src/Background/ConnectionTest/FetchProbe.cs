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
            var headers = new Headers();
            for (int i = 0; i < spec.HeaderNames.Count; i++) headers.Set(spec.HeaderNames[i], spec.HeaderValues[i]);
            object? body = spec.Body;
            if (spec.BodyBytes != null)
            {
                var bytes = new Uint8Array(spec.BodyBytes.Length);
                for (int i = 0; i < spec.BodyBytes.Length; i++) bytes[i] = spec.BodyBytes[i];
                body = bytes;
            }
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
                result.ErrorName = e.As<JsError>().Name ?? "";
                result.ErrorMessage = e.Message ?? "";
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
