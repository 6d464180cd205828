using System;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>One test request with fetch, aborted after the timeout; never throws.</summary>
    public sealed class FetchProbe : IEndpointProbe
    {
        /// <summary>Sent as a push is (<see cref="HttpSender.Fetch"/>), every refusal's reason read.</summary>
        public Task<ProbeResult> Send(HttpRequestSpec spec, int timeoutMs) => HttpSender.Fetch(spec, timeoutMs, true);

        public async Task<bool> Granted(string origin)
        {
            try { return await Chrome.Permissions.Contains(new PermissionSet { Origins = new[] { HostPermissions.Pattern(origin) } }); }
            catch { return false; }
        }
    }
}
