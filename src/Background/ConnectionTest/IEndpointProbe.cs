using System.Threading.Tasks;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>What one test request got back. <see cref="Answered"/> false: no HTTP answer at all.</summary>
    public sealed class ProbeResult
    {
        public bool Answered;
        public bool TimedOut;
        public int Status;
        public string StatusText = "";
        public string Body = "";
        /// <summary>The error's name and message when fetch rejected (for telling a timeout apart).</summary>
        public string ErrorName = "";
        public string ErrorMessage = "";
        /// <summary>The body's size as sent (after gzip).</summary>
        public double Bytes;
    }

    /// <summary>The connection test's seam to the network and to Chrome's host permissions (fetch and
    /// chrome.permissions in the worker, fakes in Worker.Tests). Unlike <see cref="IRequestSender"/>
    /// it counts nothing in <see cref="Health"/>: a test is not a push.</summary>
    public interface IEndpointProbe : IHostGrants
    {
        Task<ProbeResult> Send(HttpRequestSpec r, int timeoutMs);
    }

    /// <summary>Whether Chrome has granted the extension host access to an origin (chrome.permissions
    /// in the worker, a list in Worker.Tests).</summary>
    public interface IHostGrants
    {
        Task<bool> Granted(string origin);
    }
}
