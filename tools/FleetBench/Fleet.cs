using System;
using System.IO;
using System.IO.Compression;
using System.Text;
using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.FleetBench
{
    /// <summary>What one simulated push puts on the wire: the request our sink code describes, and
    /// its body bytes as the extension's HttpSender would send them (gzip when the spec asks).</summary>
    public sealed class WirePush
    {
        public HttpRequestSpec Spec = null!;
        public byte[] Body = Array.Empty<byte>();
        public bool Gzipped;
        /// <summary>remote_write: the body is a snappy block (PlainBytes is the protobuf's size).</summary>
        public bool Snappy;
        public int PlainBytes;
    }

    /// <summary>The fleet: every agent starts from the same recorded report, reduced once by
    /// <see cref="StatsReducer"/>; each agent then plays its own call (its own age and media rate),
    /// and every push moves the call on by one push interval, so counters grow and gauges wander
    /// the way they do in a live call. Everything is a pure function of (seed, agent, push), so two
    /// runs send the same bytes in the same order.</summary>
    public sealed class Fleet
    {
        /// <summary>The recorded call is ~56 s old (totalSamplesReceived 2 678 400 at 48 kHz).</summary>
        public const double RecordedCallAgeSeconds = 56;
        public const string SenderUrl = "https://acme.my.connect.aws/ccp-v2/softphone";

        public readonly Sample[] Recorded;
        public readonly string Job;
        public readonly ulong Seed;

        public Fleet(IStatsReport report, string job, ulong seed)
        {
            Recorded = StatsReducer.Reduce(report);
            if (Recorded.Length == 0) throw new InvalidOperationException("the recorded report reduces to no catalogue sample");
            Job = job;
            Seed = seed;
        }

        public static string AgentId(int index) => "agent-" + index.ToString("D5");

        public Agent NewAgent(int index) => new Agent(this, index);

        /// <summary>A deterministic number in [0, 1) for (seed, a, b, c): splitmix64 of the mix.</summary>
        public static double Unit(ulong seed, long a, long b, long c)
        {
            ulong z = seed ^ ((ulong)a * 0x9E3779B97F4A7C15UL) ^ ((ulong)b * 0xC2B2AE3D27D4EB4FUL) ^ ((ulong)c * 0x165667B19E3779F9UL);
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (z >> 11) * (1.0 / (1UL << 53));
        }
    }

    /// <summary>One agent's browser: its own session state (so counters go through the worker's
    /// running totals exactly as in the extension) and one tab with one live call.</summary>
    public sealed class Agent
    {
        private readonly Fleet fleet;
        private readonly SessionState state = TabStates.Empty();
        /// <summary>Seconds of call already behind this agent when the benchmark meets it.</summary>
        private readonly double startAge;
        /// <summary>This agent's media rate relative to the recording (0.85–1.15).</summary>
        private readonly double rate;
        private double callSeconds;

        public readonly int Index;
        public readonly string Id;
        public int Pushes { get; private set; }

        public Agent(Fleet fleet, int index)
        {
            this.fleet = fleet;
            Index = index;
            Id = Fleet.AgentId(index);
            startAge = 20 + 600 * Fleet.Unit(fleet.Seed, index, -1, 1);
            rate = 0.85 + 0.3 * Fleet.Unit(fleet.Seed, index, -1, 2);
        }

        /// <summary>The samples of the next poll: the recorded call moved on to this agent's call
        /// time. Counters scale with call time (monotonic); gauges wander around the recording.</summary>
        public Sample[] NextSamples(double intervalSeconds)
        {
            callSeconds += intervalSeconds;
            double growth = rate * (startAge + callSeconds) / Fleet.RecordedCallAgeSeconds;
            var result = new Sample[fleet.Recorded.Length];
            for (int i = 0; i < fleet.Recorded.Length; i++)
            {
                Sample src = fleet.Recorded[i];
                var values = new double[src.values.Length];
                for (int j = 0; j < values.Length; j++)
                {
                    MetricDef? d = MetricCatalog.FindNumeric(src.type, src.names[j]);
                    double v = src.values[j];
                    double u = Fleet.Unit(fleet.Seed, Index, Pushes, i * 64 + j);
                    if (d == null) values[j] = v;
                    else if (d.Type == MetricType.Counter) values[j] = Math.Round(v * growth, v == Math.Floor(v) ? 0 : 6);
                    else if (d.Unit == "packets") values[j] = v >= 0 ? Math.Round(v * growth) : v;
                    else if (d.Unit == "ratio") values[j] = Math.Round(Math.Min(1, v * (0.5 + u)), 6);
                    // gauges move around the recording but stay what a browser can report
                    // (Chromium's −100 dB echo return loss must not become −140 and be dropped)
                    else values[j] = Math.Clamp(Math.Round(v * (0.6 + 0.8 * u), 6), Plausibility.Min(d), Plausibility.Max(d));
                }
                result[i] = new Sample { type = src.type, kind = src.kind, names = src.names, values = values, infoNames = src.infoNames, infoValues = src.infoValues };
            }
            return result;
        }

        /// <summary>One push interval of this agent: the worker's path (ingest → model → exposition
        /// → sink request), then the bytes as HttpSender sends them.</summary>
        public WirePush NextPush(Settings sinkSettings, double intervalSeconds, double nowMs)
        {
            Sample[] samples = NextSamples(intervalSeconds);
            var message = new StatsMessage { type = Messages.Stats, pc = 0, state = "connected", at = nowMs, samples = samples };
            if (!Messages.IsValidStats(message)) throw new InvalidOperationException("simulated stats message fails validation");
            TabRecord tab = TabStates.Ingest(state, 1, 0, Fleet.SenderUrl, Platform.Connect, message, nowMs);
            Settings s = ForAgent(sinkSettings);
            var key = new GroupKey { Job = s.job, Agent = s.agentId, TabSlot = tab.groupSlot };
            HttpRequestSpec spec = Sinks.Push(s, key, MetricsModel.Build(tab, s.agentId, s.metricDetail))
                ?? throw new InvalidOperationException("the sink produced no request");
            TabStates.MarkPushed(state, tab.groupSlot);
            Pushes++;
            return Encode(spec);
        }

        private Settings? sharedSeen;
        private Settings? mine;

        /// <summary>The shared settings with this agent's id (a copy, made once per settings object).</summary>
        private Settings ForAgent(Settings shared)
        {
            if (mine == null || !ReferenceEquals(sharedSeen, shared))
            {
                mine = SettingsStore.Clone(shared);
                mine.agentId = Id;
                sharedSeen = shared;
            }
            return mine;
        }

        public static WirePush Encode(HttpRequestSpec spec)
        {
            if (spec.BodyBytes != null)
            {
                // remote_write: already snappy-compressed protobuf; the block's preamble holds the
                // uncompressed (protobuf) length.
                return new WirePush { Spec = spec, Body = spec.BodyBytes, PlainBytes = SnappyLength(spec.BodyBytes), Snappy = true };
            }
            byte[] plain = spec.Body == null ? Array.Empty<byte>() : Encoding.UTF8.GetBytes(spec.Body);
            var push = new WirePush { Spec = spec, Body = plain, PlainBytes = plain.Length };
            if (spec.Body != null && spec.Gzip)
            {
                using var ms = new MemoryStream();
                using (var gz = new GZipStream(ms, CompressionLevel.Optimal, leaveOpen: true)) gz.Write(plain, 0, plain.Length);
                push.Body = ms.ToArray();
                push.Gzipped = true;
            }
            return push;
        }

        private static int SnappyLength(byte[] block)
        {
            int value = 0, shift = 0;
            for (int i = 0; i < block.Length && i < 5; i++)
            {
                value |= (block[i] & 127) << shift;
                if (block[i] < 128) break;
                shift += 7;
            }
            return value;
        }
    }
}
