using System.Collections.Generic;
using System.Threading.Tasks;
using WebRtcStatsExporter.Background;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Worker.Tests.Fakes
{
    /// <summary><see cref="IEndpointProbe"/> that answers with <see cref="Reply"/> after
    /// <see cref="LatencyMs"/> of the manual clock, recording every request; <see cref="GrantedOrigins"/>
    /// are the host permissions Chrome has granted.</summary>
    public sealed class FakeProbe : IEndpointProbe
    {
        public readonly List<HttpRequestSpec> Sent = new();
        public readonly List<int> Timeouts = new();
        public ProbeResult Reply = new() { Answered = true, Status = 200, StatusText = "OK" };
        public readonly List<string> GrantedOrigins = new();
        public double LatencyMs;
        private readonly ManualClock clock;

        public FakeProbe(ManualClock clock) { this.clock = clock; }

        public Task<ProbeResult> Send(HttpRequestSpec r, int timeoutMs)
        {
            Sent.Add(r);
            Timeouts.Add(timeoutMs);
            clock.Advance(LatencyMs);
            return Task.FromResult(Reply);
        }

        public Task<bool> Granted(string origin) => Task.FromResult(GrantedOrigins.Contains(origin));
    }
}
