using System.Collections.Generic;
using Js;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>One counter of the agent's group: a family, the platform it counts for (or ""), the
    /// value of its state label (result/reason, or "").</summary>
    [ObjectLiteral]
    public sealed class AgentCounter
    {
        public string name;
        public string platform;
        public string label;
        public double value;
    }

    /// <summary>Counters that outlive calls (kept in chrome.storage.session with the tab state, so a
    /// restarted worker continues them; they restart from 0 with the browser, which rate() handles).</summary>
    [ObjectLiteral]
    public sealed class AgentCounters
    {
        public List<AgentCounter> counters;
        /// <summary>Epoch ms of the last successful push, 0 for never.</summary>
        public double lastPushAt;
    }

    /// <summary>Operations on <see cref="AgentCounters"/>, with every series a family can have
    /// created at 0 first (a counter that appears at 1 loses its first increase to rate()).</summary>
    public static class AgentCounterOps
    {
        public const string Pushes = "webrtc_exporter_pushes_total";
        public const string DroppedMessages = "webrtc_exporter_dropped_messages_total";
        public const string WorkerStarts = "webrtc_exporter_worker_starts_total";
        public const string StatsGaps = "webrtc_exporter_stats_gaps_total";
        public const string StatsGapSeconds = "webrtc_exporter_stats_gap_seconds_total";
        public const string WorkerErrors = "webrtc_exporter_worker_errors_total";
        public const string CallsStarted = "webrtc_agent_calls_started_total";
        public const string CallsConnected = "webrtc_agent_calls_connected_total";
        public const string CallsFailed = "webrtc_agent_calls_failed_total";
        public const string PoorCalls = "webrtc_agent_poor_calls_total";
        public const string CallSeconds = "webrtc_agent_call_seconds_total";
        public const string IceRestarts = "webrtc_agent_ice_restarts_total";
        public const string PairChanges = "webrtc_agent_candidate_pair_changes_total";

        /// <summary>A property, not a static field: <see cref="Empty"/> runs in static initialisers
        /// (TabRegistry.State), which cs2js runs at bundle load before this class's own statics.</summary>
        public static string[] FailReasons => new[] { "ice", "dtls" };

        /// <summary>No counters yet (<see cref="EnsureSelf"/> adds the zero series before any export);
        /// safe to call from static initialisers.</summary>
        public static AgentCounters Empty() => new AgentCounters { counters = new List<AgentCounter>(), lastPushAt = 0 };

        /// <summary>Repairs counters read from storage (older versions had none).</summary>
        public static AgentCounters Restore(AgentCounters? raw)
        {
            AgentCounters a = raw == null || raw.counters == null ? Empty() : raw;
            if (!Shape.IsFiniteNumber(a.lastPushAt)) a.lastPushAt = 0;
            EnsureSelf(a);
            return a;
        }

        private static AgentCounter? Find(AgentCounters a, string name, string platform, string label)
        {
            foreach (AgentCounter c in a.counters)
                if (c.name == name && c.platform == platform && c.label == label) return c;
            return null;
        }

        private static void Ensure(AgentCounters a, string name, string platform, string label)
        {
            if (Find(a, name, platform, label) == null) a.counters.Add(new AgentCounter { name = name, platform = platform, label = label, value = 0 });
        }

        public static void Add(AgentCounters a, string name, string platform, string label, double delta)
        {
            Ensure(a, name, platform, label);
            AgentCounter c = Find(a, name, platform, label)!;
            c.value = c.value + delta;
        }

        public static double Value(AgentCounters a, string name, string platform = "", string label = "")
            => Find(a, name, platform, label)?.value ?? 0;

        /// <summary>The extension's own counters, at 0.</summary>
        public static void EnsureSelf(AgentCounters a) => EnsureFamilies(a, "");

        /// <summary>The call counters of a platform, at 0, once the agent has a call there.</summary>
        public static void EnsurePlatform(AgentCounters a, string platform) => EnsureFamilies(a, platform);

        /// <summary>Every series of the agent's counter families (the catalogue's rows: one per value of
        /// a state label), those counted per platform when <paramref name="platform"/> is one, else the others.</summary>
        private static void EnsureFamilies(AgentCounters a, string platform)
        {
            foreach (MetricDef d in MetricCatalog.All)
            {
                if (!d.AgentScope || d.Type != MetricType.Counter) continue;
                if ((System.Array.IndexOf(d.Labels, MetricCatalog.LabelPlatform) >= 0) != (platform.Length > 0)) continue;
                if (d.ValueLabel == null) Ensure(a, d.Name, platform, "");
                else foreach (string value in d.LabelValues) Ensure(a, d.Name, platform, value);
            }
        }
    }
}
