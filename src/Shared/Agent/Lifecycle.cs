using Js;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>What the worker remembers of one connection for the call counters.</summary>
    [ObjectLiteral]
    public sealed class ConnectionLife
    {
        /// <summary>Reached "connected" at least once.</summary>
        public bool connected;
        /// <summary>The failure was counted (a connection fails once; a revived one starts anew).</summary>
        public bool failed;
        /// <summary>The page's time of the previous poll, and the state it reported.</summary>
        public double lastAt;
        public string lastState;
        /// <summary>The local ICE username fragment last seen ("" before the first).</summary>
        public string ufrag;
        /// <summary>transport.selectedCandidatePairChanges last seen (-1 before the first).</summary>
        public double pairChanges;
    }

    /// <summary>Turns a connection's successive polls into the agent's call counters: started,
    /// connected, failed (ICE or DTLS), seconds connected, ICE restarts, candidate-pair changes, stats
    /// gaps, and at the end the whole call's poor-call verdict.</summary>
    public static class Lifecycle
    {
        public static ConnectionLife Fresh() => new ConnectionLife { connected = false, failed = false, lastAt = 0, lastState = "", ufrag = "", pairChanges = -1 };

        /// <summary>Applies one poll (<paramref name="m"/>) of a connection to <paramref name="a"/>.
        /// <paramref name="pollSeconds"/> &gt; 0 enables stats-gap detection.</summary>
        public static void Step(AgentCounters a, string platform, ConnectionLife life, StatsMessage m, double pollSeconds)
        {
            AgentCounterOps.EnsurePlatform(a, platform);
            bool first = life.lastState.Length == 0;
            if (first) AgentCounterOps.Add(a, AgentCounterOps.CallsStarted, platform, "", 1);
            else
            {
                double seconds = (m.at - life.lastAt) / 1000;
                if (seconds > 0 && life.lastState == "connected") AgentCounterOps.Add(a, AgentCounterOps.CallSeconds, platform, "", seconds);
                if (pollSeconds > 0 && seconds > pollSeconds * 2 + 2)
                {
                    AgentCounterOps.Add(a, AgentCounterOps.StatsGaps, "", "", 1);
                    AgentCounterOps.Add(a, AgentCounterOps.StatsGapSeconds, "", "", seconds - pollSeconds);
                }
            }
            if (m.state == "connected" && !life.connected)
            {
                life.connected = true;
                AgentCounterOps.Add(a, AgentCounterOps.CallsConnected, platform, "", 1);
            }
            Sample? transport = SampleValues.Find(m.samples, "transport", null);
            if (m.state == "failed" && !life.failed)
            {
                life.failed = true;
                string dtls = SampleValues.Text(transport, "dtlsState") ?? "";
                AgentCounterOps.Add(a, AgentCounterOps.CallsFailed, platform, dtls == "failed" ? "dtls" : "ice", 1);
            }
            string? ufrag = SampleValues.Text(transport, "iceLocalUsernameFragment");
            if (ufrag != null && ufrag.Length > 0)
            {
                if (life.ufrag.Length > 0 && ufrag != life.ufrag) AgentCounterOps.Add(a, AgentCounterOps.IceRestarts, platform, "", 1);
                life.ufrag = ufrag;
            }
            double? changes = SampleValues.Number(transport, "selectedCandidatePairChanges");
            if (changes != null)
            {
                // the first selection counts as a change in Chromium: count only the ones after it
                double before = life.pairChanges < 0 ? System.Math.Min(changes.Value, 1) : life.pairChanges;
                if (changes.Value > before) AgentCounterOps.Add(a, AgentCounterOps.PairChanges, platform, "", changes.Value - before);
                life.pairChanges = changes.Value;
            }
            life.lastAt = m.at;
            life.lastState = m.state;
        }

        /// <summary>The connection ended: a connected call whose averages were poor counts as a poor call.</summary>
        public static void End(AgentCounters a, string platform, ConnectionLife life, QualityState? quality)
        {
            if (!life.connected) return;
            string verdict = CallQuality.CallVerdict(quality);
            if (verdict.Length > 0 && verdict != PoorStream.None) AgentCounterOps.Add(a, AgentCounterOps.PoorCalls, platform, verdict, 1);
        }
    }
}
