using System.Collections.Generic;
using System.Threading.Tasks;
using Js;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>The origins the current settings need (endpoint, extra origins) that Chrome has not
    /// granted. A force-installed extension gets no prompt for a policy's endpoint: the popup and
    /// options page show these with one "Allow" button, and a push to a missing origin is reported
    /// as such instead of failing silently.</summary>
    public sealed class HostAccess
    {
        public string[] Missing = new string[0];

        public async Task Refresh(Settings s)
        {
            var missing = new List<string>();
            foreach (string origin in HostPermissions.Needed(s))
            {
                bool granted;
                try { granted = await Chrome.Permissions.Contains(new PermissionSet { Origins = new[] { HostPermissions.Pattern(origin) } }); }
                catch { granted = false; }
                if (!granted) missing.Add(origin);
            }
            Missing = missing.ToArray();
        }

        /// <summary>True when the endpoint's origin is among the missing ones.</summary>
        public bool EndpointMissing(Settings s)
        {
            UrlParts? u = UrlParts.Parse(s.url);
            return u != null && System.Array.IndexOf(Missing, u.Origin) >= 0;
        }
    }
}
