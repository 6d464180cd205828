using System.Collections.Generic;
using System.Text;

namespace WebRtcStatsExporter.Shared
{
    public enum MetricType
    {
        Counter,
        Gauge,
        /// <summary>An <c>_info</c> gauge of value 1 carrying descriptive strings as labels.</summary>
        Info,
    }

    /// <summary>Which pushes carry a family: the <c>metricDetail</c> setting (<see cref="MetricDetail"/>)
    /// picks <see cref="Standard"/> alone (the default) or both.</summary>
    public enum MetricSet
    {
        /// <summary>Every push: what the shipped alert and recording rules, the dashboards and the
        /// quality verdicts read, and what a supervisor needs to see why a call went bad (loss, jitter,
        /// RTT, concealment, MOS, poor flags, silence, codec and connection, bytes and packets).</summary>
        Standard,
        /// <summary>Only with <c>metricDetail = detailed</c>: the rest of the W3C fields, for engineers
        /// digging into one call (jitter-buffer tuning, playout, echo, FEC, video internals).</summary>
        Detailed,
    }

    /// <summary>One row of the catalogue: where a value comes from and what it becomes.</summary>
    public sealed class MetricDef
    {
        /// <summary>RTCStats type the value is read from ("" for values the worker derives).</summary>
        public string StatsType = "";
        /// <summary>Field path: <c>jitter</c>; <c>qualityLimitationDurations.cpu</c> (nested record);
        /// <c>codecId.mimeType</c> (a field of the stats object an <c>…Id</c> field points to).
        /// Also the name used in <see cref="Sample.names"/>/<see cref="Sample.infoNames"/>.</summary>
        public string Key = "";
        public string Name = "";
        public MetricType Type;
        /// <summary>Base unit of the value after scaling ("seconds", "bytes", "ratio", "packets"…).</summary>
        public string Unit = "";
        /// <summary>Multiplier from the W3C unit to the base unit (bits/s → bytes/s is 0.125).</summary>
        public double Scale = 1;
        /// <summary>How several stats objects of the same type and kind in one connection combine:
        /// summed (counts) or the largest (levels, delays).</summary>
        public bool Sum;
        /// <summary>A constant extra label (e.g. <c>reason="cpu"</c>) or null.</summary>
        public string? FixedLabel;
        public string? FixedValue;
        /// <summary>For info rows: the label that carries the string.</summary>
        public string? InfoLabel;
        /// <summary>All labels of the series, in output order.</summary>
        public string[] Labels = new string[0];
        /// <summary>"audio" or "video": the page reads the field only from stats objects of that kind
        /// ("" for both).</summary>
        public string OnlyKind = "";
        /// <summary>False for an input: the page sends it and the worker derives from it, but it is
        /// not exported (it would add a series without adding information).</summary>
        public bool Exported = true;
        /// <summary>Computed by the worker (never accepted from the page); <see cref="Key"/> names the
        /// value in the worker's derived samples (how: <see cref="MetricDocs.Derivation"/>, docs only).</summary>
        public bool Derived;
        /// <summary>A family of the agent's own group (self-metrics and call counters that outlive
        /// calls), not of a tab's call group.</summary>
        public bool AgentScope;
        /// <summary>For derived gauges whose label carries a state: the label, filled from the derived
        /// sample's info field of the same key (e.g. <c>reason</c> of a poor stream).</summary>
        public string? ValueLabel;
        /// <summary>For the agent's counters with a <see cref="ValueLabel"/>: every value it takes (each
        /// of those series exists from 0, <see cref="AgentCounterOps.EnsureSelf"/>).</summary>
        public string[] LabelValues = new string[0];
        /// <summary>The set whose pushes carry the family (one value per family; the schema records it).</summary>
        public MetricSet Set = MetricSet.Standard;
    }

    /// <summary>THE metric table: stats type + field → metric name, type, unit, HELP, labels. It
    /// drives the page-side reducer, the worker's model, the schema file and docs/metrics.md.</summary>
    public static class MetricCatalog
    {
        public const string LabelAgent = "agent_id";
        public const string LabelPlatform = "platform";
        public const string LabelOrigin = "origin";
        public const string LabelPc = "pc";
        public const string LabelKind = "kind";

        public const string PeerConnection = "peer-connection";
        public const string LiveConnectionsName = "webrtc_live_connections";
        public const string DroppedValuesName = "webrtc_exporter_dropped_values_total";
        public const string ExporterInfoName = "webrtc_exporter_info";
        public const string LastPushName = "webrtc_exporter_last_push_timestamp_seconds";
        public const string ExporterLiveName = "webrtc_exporter_live_connections";
        public const string PushIntervalName = "webrtc_exporter_push_interval_seconds";
        public const string CounterResetsName = "webrtc_exporter_value_resets_total";
        public const string LabelReason = "reason";

        private static readonly List<MetricDef> rows = Build();

        public static List<MetricDef> All => rows;

        /// <summary>Stats types whose objects carry <c>kind</c> (and so a <c>kind</c> label).</summary>
        public static bool HasKind(string statsType) => StatsKinds.HasKind(statsType);

        public static bool IsStatsType(string? type)
        {
            if (type == null || type.Length == 0) return false;
            foreach (MetricDef d in rows) if (d.StatsType == type) return true;
            return false;
        }

        public static MetricDef? FindNumeric(string type, string key)
        {
            foreach (MetricDef d in rows)
            {
                if (d.Type != MetricType.Info && !d.Derived && d.StatsType == type && d.Key == key) return d;
            }
            return null;
        }

        public static MetricDef? FindInfo(string type, string key)
        {
            foreach (MetricDef d in rows)
            {
                if (d.Type == MetricType.Info && !d.Derived && d.StatsType == type && d.Key == key) return d;
            }
            return null;
        }

        private static List<string>? familyNames;
        private static Dictionary<string, List<MetricDef>>? families;

        /// <summary>Exported metric names in catalogue order, each once (computed once; do not modify).</summary>
        public static List<string> FamilyNames()
        {
            if (familyNames != null) return familyNames;
            var names = new List<string>();
            foreach (MetricDef d in rows) if (d.Exported && !names.Contains(d.Name)) names.Add(d.Name);
            familyNames = names;
            return names;
        }

        /// <summary>Whether a push under the <c>metricDetail</c> setting <paramref name="detail"/> carries
        /// the family (standard families always; detailed ones only with <see cref="MetricDetail.Detailed"/>).</summary>
        public static bool InDetail(string name, string detail)
        {
            List<MetricDef> fam = Family(name);
            return fam.Count > 0 && (fam[0].Set == MetricSet.Standard || detail == MetricDetail.Detailed);
        }

        /// <summary>The name of a set as the schema and docs spell it (the setting's value).</summary>
        public static string SetName(MetricSet set) => set == MetricSet.Detailed ? MetricDetail.Detailed : MetricDetail.Standard;

        /// <summary>The rows the page reads but the worker does not export.</summary>
        public static List<MetricDef> Inputs()
        {
            var list = new List<MetricDef>();
            foreach (MetricDef d in rows) if (!d.Exported) list.Add(d);
            return list;
        }

        /// <summary>The rows of one family (several rows share an info family, or a counter with a
        /// fixed <c>reason</c> label).</summary>
        public static List<MetricDef> Family(string name)
        {
            families ??= new Dictionary<string, List<MetricDef>>();
            if (families.TryGetValue(name, out var cached)) return cached;
            var list = new List<MetricDef>();
            foreach (MetricDef d in rows) if (d.Name == name) list.Add(d);
            families[name] = list;
            return list;
        }

        // Flags of a row (combine with |): the set, the kind of stats object read, how values combine.
        /// <summary>Exported only with <c>metricDetail = detailed</c> (else: the standard set).</summary>
        private const int Detailed = 1;
        /// <summary>Read only from <c>kind: "audio"</c> stats objects.</summary>
        private const int Audio = 2;
        /// <summary>Read only from <c>kind: "video"</c> stats objects.</summary>
        private const int Video = 4;
        /// <summary>A gauge whose values from several stats objects are summed (counters always are).</summary>
        private const int SummedGauge = 8;

        private static List<MetricDef> Build()
        {
            var r = new List<MetricDef>();

            // A section is one stats type: each row names the field it reads, the metric name after the
            // section's prefix (a name ending in _total is a counter, any other a gauge: Prometheus'
            // convention), the unit and its flags.
            // Every family is in the standard set unless marked Detailed: standard carries what the
            // shipped rules and dashboards query (a test parses deploy/ against this table), the quality
            // verdicts, and loss, jitter, RTT, concealment, codec, connection, bytes and packets.

            // inbound-rtp: what we receive
            var s = new Section(r, "inbound-rtp", "webrtc_inbound_");
            s.Num("packetsReceived", "received_packets_total", "packets");
            s.Num("bytesReceived", "received_bytes_total", "bytes");
            s.Num("packetsLost", "lost_packets", "packets", SummedGauge);
            s.Num("packetsDiscarded", "discarded_packets_total", "packets");
            s.Num("jitter", "jitter_seconds", "seconds");
            s.Num("jitterBufferDelay", "jitter_buffer_delay_seconds_total", "seconds");
            s.Num("jitterBufferEmittedCount", "jitter_buffer_emitted_total", "samples");
            s.Num("totalSamplesReceived", "received_samples_total", "samples", Audio);
            s.Num("concealedSamples", "concealed_samples_total", "samples", Audio);
            s.Num("silentConcealedSamples", "silent_concealed_samples_total", "samples", Audio);
            s.Num("concealmentEvents", "concealment_events_total", "events", Audio | Detailed);
            s.Num("insertedSamplesForDeceleration", "inserted_samples_total", "samples", Audio | Detailed);
            s.Num("removedSamplesForAcceleration", "removed_samples_total", "samples", Audio | Detailed);
            s.Num("audioLevel", "audio_level_ratio", "ratio", Audio | Detailed);
            // NACK and retransmission are negotiated for video only (Chromium offers no audio NACK).
            s.Num("nackCount", "nack_sent_total", "packets", Video | Detailed);
            s.Num("pliCount", "pli_sent_total", "packets", Video | Detailed);
            s.Num("firCount", "fir_sent_total", "packets", Video | Detailed);
            s.Num("framesReceived", "received_frames_total", "frames", Video | Detailed);
            s.Num("framesDecoded", "decoded_frames_total", "frames", Video | Detailed);
            s.Num("framesDropped", "dropped_frames_total", "frames", Video | Detailed);
            s.Num("totalFreezesDuration", "freeze_seconds_total", "seconds", Video);
            s.Info("codecId.mimeType", "codec_info", "mime_type");
            s.Num("totalAudioEnergy", "audio_energy_total", "energy", Audio | Detailed);
            s.Input("totalSamplesDuration", "seconds", Audio);
            s.Num("fecPacketsReceived", "fec_received_packets_total", "packets", Detailed);
            s.Num("fecPacketsDiscarded", "fec_discarded_packets_total", "packets", Detailed);
            s.Num("jitterBufferTargetDelay", "jitter_buffer_target_delay_seconds_total", "seconds", Detailed);
            s.Num("jitterBufferMinimumDelay", "jitter_buffer_minimum_delay_seconds_total", "seconds", Detailed);
            s.Num("freezeCount", "freezes_total", "freezes", Video);
            s.Num("pauseCount", "pauses_total", "pauses", Video | Detailed);
            s.Num("framesPerSecond", "frames_per_second", "frames_per_second", Video);
            s.Derived("mos", "mos", "mos");
            s.Derived("poor", "poor_stream", "boolean").ValueLabel = LabelReason;
            s.Derived("silence", "silence_seconds", "seconds");

            // outbound-rtp: what we send
            s = new Section(r, "outbound-rtp", "webrtc_outbound_");
            s.Num("packetsSent", "sent_packets_total", "packets");
            s.Num("bytesSent", "sent_bytes_total", "bytes");
            s.Num("retransmittedPacketsSent", "retransmitted_packets_total", "packets", Video | Detailed);
            s.Num("nackCount", "nack_received_total", "packets", Video | Detailed);
            s.Num("pliCount", "pli_received_total", "packets", Video | Detailed);
            s.Num("firCount", "fir_received_total", "packets", Video | Detailed);
            s.Num("framesEncoded", "encoded_frames_total", "frames", Video | Detailed);
            s.Num("framesSent", "sent_frames_total", "frames", Video | Detailed);
            s.Num("targetBitrate", "target_bitrate_bytes_per_second", "bytes_per_second", Detailed).Scale = 0.125; // bits/s
            s.Num("totalPacketSendDelay", "packet_send_delay_seconds_total", "seconds", Detailed);
            foreach (string reason in new[] { "none", "cpu", "bandwidth", "other" })
            {
                MetricDef d = s.Num("qualityLimitationDurations." + reason, "quality_limitation_seconds_total", "seconds", Video | Detailed);
                d.FixedLabel = LabelReason;
                d.FixedValue = reason;
            }
            s.Info("qualityLimitationReason", "quality_limitation_info", "reason", Video);
            s.Info("codecId.mimeType", "codec_info", "mime_type");
            s.Num("framesPerSecond", "frames_per_second", "frames_per_second", Video);
            s.Derived("mos", "mos", "mos");
            s.Derived("poor", "poor_stream", "boolean").ValueLabel = LabelReason;

            // remote-inbound-rtp: the far end's view of what we send
            s = new Section(r, "remote-inbound-rtp", "webrtc_remote_inbound_");
            s.Num("packetsLost", "lost_packets", "packets", SummedGauge);
            s.Num("fractionLost", "fraction_lost_ratio", "ratio", Detailed);
            s.Num("jitter", "jitter_seconds", "seconds");
            s.Num("roundTripTime", "round_trip_time_seconds", "seconds");
            s.Num("totalRoundTripTime", "round_trip_time_seconds_total", "seconds");
            s.Num("roundTripTimeMeasurements", "round_trip_time_measurements_total", "measurements");

            // remote-outbound-rtp: the far end's view of what it sends (RTT only with RTCP XR)
            s = new Section(r, "remote-outbound-rtp", "webrtc_remote_outbound_");
            s.Num("roundTripTime", "round_trip_time_seconds", "seconds", Detailed);

            // media-source: the local microphone/camera
            s = new Section(r, "media-source", "webrtc_media_source_");
            s.Num("audioLevel", "audio_level_ratio", "ratio", Detailed);
            s.Num("totalAudioEnergy", "audio_energy_total", "energy", Audio | Detailed);
            s.Input("totalSamplesDuration", "seconds", Audio);
            s.Num("echoReturnLoss", "echo_return_loss_decibels", "decibels", Audio | Detailed);
            s.Num("echoReturnLossEnhancement", "echo_return_loss_enhancement_decibels", "decibels", Audio | Detailed);
            s.Derived("silence", "silence_seconds", "seconds");

            // media-playout: the local loudspeaker path
            s = new Section(r, "media-playout", "webrtc_media_playout_");
            s.Num("synthesizedSamplesDuration", "synthesized_seconds_total", "seconds", Detailed);
            s.Input("totalPlayoutDelay", "seconds");
            s.Input("totalSamplesCount", "samples");
            s.Derived("delay", "delay_seconds", "seconds", Detailed);

            // selected candidate pair (the reducer keeps only the transport's selected pair)
            s = new Section(r, "candidate-pair", "webrtc_candidate_pair_");
            s.Num("currentRoundTripTime", "round_trip_time_seconds", "seconds");
            s.Num("availableOutgoingBitrate", "available_outgoing_bytes_per_second", "bytes_per_second", Detailed).Scale = 0.125; // bits/s
            s.Info("localCandidateId.candidateType", "info", "local_candidate_type");
            s.Info("localCandidateId.protocol", "info", "local_protocol");
            s.Info("localCandidateId.relayProtocol", "info", "relay_protocol");
            s.Info("remoteCandidateId.candidateType", "info", "remote_candidate_type");

            // transport and connection state
            s = new Section(r, "transport", "webrtc_transport_");
            s.Info("iceState", "info", "ice_state");
            s.Info("dtlsState", "info", "dtls_state");
            s.Input("selectedCandidatePairChanges", "changes");
            // The local ICE ufrag changes exactly when ICE restarts; it is compared, never exported.
            s.TextInput("iceLocalUsernameFragment");
            new Section(r, PeerConnection, "webrtc_connection_").Info("connectionState", "info", "connection_state");

            // derived by the worker
            r.Add(new MetricDef
            {
                Name = LiveConnectionsName, Type = MetricType.Gauge, Unit = "connections",
                Labels = new[] { LabelAgent, LabelPlatform, LabelOrigin },
            });
            // The agent's own group (job/instance, no tab): it outlives calls. Self-metrics of the
            // extension, then per-agent call counters (webrtc_agent_: per platform). Values:
            // AgentCounters, AgentMetrics.
            MetricDef info = Agent(r, ExporterInfoName, "");
            info.Type = MetricType.Info;
            info.InfoLabel = "version";
            info.Labels = new[] { LabelAgent, "version" };
            Agent(r, AgentCounterOps.Pushes, "pushes", "result", PushResults.All);
            Agent(r, LastPushName, "seconds");
            Agent(r, ExporterLiveName, "connections");
            Agent(r, PushIntervalName, "seconds");
            Agent(r, AgentCounterOps.DroppedMessages, "messages");
            Agent(r, AgentCounterOps.WorkerStarts, "starts");
            Agent(r, AgentCounterOps.StatsGaps, "gaps");
            Agent(r, AgentCounterOps.StatsGapSeconds, "seconds");
            Agent(r, AgentCounterOps.WorkerErrors, "errors", "where", WorkerErrorPlaces.All);
            // the worker's plausibility check (Plausibility): values it refused, counter resets it absorbed
            Agent(r, DroppedValuesName, "values", LabelReason, new[] { Plausibility.NotFinite, Plausibility.OutOfRange });
            Agent(r, CounterResetsName, "resets");
            Agent(r, AgentCounterOps.CallsStarted, "calls");
            Agent(r, AgentCounterOps.CallsConnected, "calls");
            Agent(r, AgentCounterOps.CallsFailed, "calls", LabelReason, AgentCounterOps.FailReasons);
            Agent(r, AgentCounterOps.PoorCalls, "calls", LabelReason, PoorStream.PoorReasons);
            Agent(r, AgentCounterOps.CallSeconds, "seconds");
            Agent(r, AgentCounterOps.IceRestarts, "restarts");
            Agent(r, AgentCounterOps.PairChanges, "changes");
            return r;
        }

        /// <summary>Prometheus' convention, which the table follows: counters, and only they, end in <c>_total</c>.</summary>
        private static MetricType TypeOf(string name) => name.EndsWith("_total") ? MetricType.Counter : MetricType.Gauge;

        /// <summary>A family of the agent's own group: label agent_id, platform for the call counters
        /// (<c>webrtc_agent_</c>), and a counter's state label with every value it takes.</summary>
        private static MetricDef Agent(List<MetricDef> r, string name, string unit, string? valueLabel = null, string[]? values = null)
        {
            var d = new MetricDef
            {
                Name = name, Type = TypeOf(name), Unit = unit, AgentScope = true,
                Labels = name.StartsWith("webrtc_agent_") ? new[] { LabelAgent, LabelPlatform } : new[] { LabelAgent },
                ValueLabel = valueLabel, LabelValues = values ?? new string[0],
            };
            r.Add(d);
            return d;
        }

        /// <summary>The rows of one stats type, their names under one prefix.</summary>
        private sealed class Section
        {
            private readonly List<MetricDef> rows;
            private readonly string type;
            private readonly string prefix;

            public Section(List<MetricDef> rows, string type, string prefix)
            {
                this.rows = rows;
                this.type = type;
                this.prefix = prefix;
            }

            private MetricDef Add(string key, string name, MetricType t, string unit, int flags)
            {
                var d = new MetricDef
                {
                    StatsType = type, Key = key, Name = name, Type = t, Unit = unit,
                    Sum = t == MetricType.Counter || (flags & SummedGauge) != 0,
                    OnlyKind = (flags & Audio) != 0 ? "audio" : (flags & Video) != 0 ? "video" : "",
                    Set = (flags & Detailed) != 0 ? MetricSet.Detailed : MetricSet.Standard,
                    Labels = BaseLabels(type),
                };
                rows.Add(d);
                return d;
            }

            /// <summary>A value the browser reports, exported.</summary>
            public MetricDef Num(string key, string name, string unit, int flags = 0)
                => Add(key, prefix + name, TypeOf(name), unit, flags);

            /// <summary>A counter the page reads for the worker's derivations, not exported.</summary>
            public MetricDef Input(string key, string unit, int flags = 0)
            {
                MetricDef d = Add(key, "", MetricType.Counter, unit, flags);
                d.Exported = false;
                return d;
            }

            /// <summary>A string the page reads for the worker to compare, not exported.</summary>
            public MetricDef TextInput(string key)
            {
                MetricDef d = Add(key, "", MetricType.Info, "", 0);
                d.Exported = false;
                return d;
            }

            /// <summary>A gauge the worker computes per audio stream (never accepted from the page).</summary>
            public MetricDef Derived(string key, string name, string unit, int flags = 0)
            {
                MetricDef d = Add(key, prefix + name, MetricType.Gauge, unit, flags | Audio);
                d.Derived = true;
                return d;
            }

            /// <summary>A string the page reads, exported as a label of the info family <paramref name="name"/>.</summary>
            public MetricDef Info(string key, string name, string label, int flags = 0)
            {
                MetricDef d = Add(key, prefix + name, MetricType.Info, "", flags);
                d.InfoLabel = label;
                // an info family's labels: base labels + every info label of the family, in row order
                var fam = new List<string>(d.Labels);
                foreach (MetricDef row in rows) if (row.Name == d.Name && row.InfoLabel != null) fam.Add(row.InfoLabel!);
                string[] labels = fam.ToArray();
                foreach (MetricDef row in rows) if (row.Name == d.Name) row.Labels = labels;
                return d;
            }
        }

        private static string[] BaseLabels(string type)
            => HasKind(type) ? new[] { LabelAgent, LabelPlatform, LabelOrigin, LabelPc, LabelKind } : new[] { LabelAgent, LabelPlatform, LabelOrigin, LabelPc };

        /// <summary>Labels of a family (fixed labels such as <c>reason</c> included).</summary>
        public static string[] FamilyLabels(string name)
        {
            List<MetricDef> fam = Family(name);
            var l = new List<string>(fam[0].Labels);
            if (fam[0].FixedLabel != null) l.Add(fam[0].FixedLabel!);
            if (fam[0].ValueLabel != null) l.Add(fam[0].ValueLabel!);
            return l.ToArray();
        }

        /// <summary>HELP of a family. The texts live in <see cref="MetricHelp"/> so that the page-side
        /// bundle, which needs the rows but never the HELP, does not carry them.</summary>
        public static string FamilyHelp(string name) => MetricHelp.For(name);

        public static string TypeName(MetricType t) => t == MetricType.Counter ? "counter" : "gauge";

        /// <summary>docs/metrics.md's reference table, generated (a test keeps the doc equal to it).</summary>
        public static string MarkdownTable()
        {
            var sb = new StringBuilder();
            sb.Append("| Metric | Set | Type | Unit | Labels | Source | Meaning |\n");
            sb.Append("|---|---|---|---|---|---|---|\n");
            foreach (string name in FamilyNames())
            {
                List<MetricDef> fam = Family(name);
                MetricDef f = fam[0];
                var sources = new List<string>();
                foreach (MetricDef d in fam)
                {
                    string src = d.StatsType.Length == 0 ? "(worker)" : d.Derived ? "(worker) " + MetricDocs.Derivation(name) : d.StatsType + " " + d.Key;
                    if (!sources.Contains(src)) sources.Add(src);
                }
                string type = f.Type == MetricType.Info ? "info (gauge = 1)" : TypeName(f.Type);
                if (f.Type != MetricType.Info && f.StatsType.Length > 0 && !f.Derived) type += "<br>accepts " + Plausibility.Describe(f);
                sb.Append("| `").Append(name).Append("` | ").Append(SetName(f.Set)).Append(" | ").Append(type).Append(" | ").Append(f.Unit.Length == 0 ? "-" : f.Unit)
                  .Append(" | ").Append(string.Join(", ", FamilyLabels(name))).Append(" | ").Append(string.Join("<br>", sources))
                  .Append(" | ").Append(MetricDocs.Describe(name).Replace("|", "\\|")).Append(" |\n");
            }
            sb.Append("\nInputs: read by the page and used by the worker's derivations, not exported (each would add a\n");
            sb.Append("series per call without adding information the exported ones lack).\n\n");
            sb.Append("| Source | Kind | Used for |\n|---|---|---|\n");
            foreach (MetricDef d in Inputs())
                sb.Append("| ").Append(d.StatsType).Append(' ').Append(d.Key).Append(" | ").Append(d.OnlyKind.Length == 0 ? "any" : d.OnlyKind)
                  .Append(" | ").Append(MetricDocs.ForInput(d.StatsType + " " + d.Key)).Append(" |\n");
            return sb.ToString();
        }
    }
}
