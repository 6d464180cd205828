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
            for (int i = 0; i < rows.Count; i++) if (rows[i].StatsType == type) return true;
            return false;
        }

        public static MetricDef? FindNumeric(string type, string key)
        {
            for (int i = 0; i < rows.Count; i++)
            {
                MetricDef d = rows[i];
                if (d.Type != MetricType.Info && !d.Derived && d.StatsType == type && d.Key == key) return d;
            }
            return null;
        }

        public static MetricDef? FindInfo(string type, string key)
        {
            for (int i = 0; i < rows.Count; i++)
            {
                MetricDef d = rows[i];
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
            for (int i = 0; i < rows.Count; i++) if (rows[i].Exported && !names.Contains(rows[i].Name)) names.Add(rows[i].Name);
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
            for (int i = 0; i < rows.Count; i++) if (!rows[i].Exported) list.Add(rows[i]);
            return list;
        }

        /// <summary>The rows of one family (several rows share an info family, or a counter with a
        /// fixed <c>reason</c> label).</summary>
        public static List<MetricDef> Family(string name)
        {
            families ??= new Dictionary<string, List<MetricDef>>();
            if (families.TryGetValue(name, out var cached)) return cached;
            var list = new List<MetricDef>();
            for (int i = 0; i < rows.Count; i++) if (rows[i].Name == name) list.Add(rows[i]);
            families[name] = list;
            return list;
        }

        private static List<MetricDef> Build()
        {
            var r = new List<MetricDef>();
            const string In = "inbound-rtp", Out = "outbound-rtp", RIn = "remote-inbound-rtp", ROut = "remote-outbound-rtp",
                Src = "media-source", Play = "media-playout", Pair = "candidate-pair", Tr = "transport";
            const string A = "audio", V = "video";
            const MetricType C = MetricType.Counter, G = MetricType.Gauge;

            // Every family is in the standard set unless marked Detailed(...): standard carries what the
            // shipped rules and dashboards query (a test parses deploy/ against this table), the quality
            // verdicts, and loss, jitter, RTT, concealment, codec, connection, bytes and packets.

            // inbound-rtp: what we receive
            Num(r, In, "packetsReceived", "webrtc_inbound_received_packets_total", C, "packets", 1);
            Num(r, In, "bytesReceived", "webrtc_inbound_received_bytes_total", C, "bytes", 1);
            Num(r, In, "packetsLost", "webrtc_inbound_lost_packets", G, "packets", 1, true);
            Num(r, In, "packetsDiscarded", "webrtc_inbound_discarded_packets_total", C, "packets", 1);
            Num(r, In, "jitter", "webrtc_inbound_jitter_seconds", G, "seconds", 1);
            Num(r, In, "jitterBufferDelay", "webrtc_inbound_jitter_buffer_delay_seconds_total", C, "seconds", 1);
            Num(r, In, "jitterBufferEmittedCount", "webrtc_inbound_jitter_buffer_emitted_total", C, "samples", 1);
            Num(r, In, "totalSamplesReceived", "webrtc_inbound_received_samples_total", C, "samples", 1).OnlyKind = A;
            Num(r, In, "concealedSamples", "webrtc_inbound_concealed_samples_total", C, "samples", 1).OnlyKind = A;
            Num(r, In, "silentConcealedSamples", "webrtc_inbound_silent_concealed_samples_total", C, "samples", 1).OnlyKind = A;
            Detailed(Num(r, In, "concealmentEvents", "webrtc_inbound_concealment_events_total", C, "events", 1)).OnlyKind = A;
            Detailed(Num(r, In, "insertedSamplesForDeceleration", "webrtc_inbound_inserted_samples_total", C, "samples", 1)).OnlyKind = A;
            Detailed(Num(r, In, "removedSamplesForAcceleration", "webrtc_inbound_removed_samples_total", C, "samples", 1)).OnlyKind = A;
            Detailed(Num(r, In, "audioLevel", "webrtc_inbound_audio_level_ratio", G, "ratio", 1)).OnlyKind = A;
            // NACK and retransmission are negotiated for video only (Chromium offers no audio NACK).
            Detailed(Num(r, In, "nackCount", "webrtc_inbound_nack_sent_total", C, "packets", 1)).OnlyKind = V;
            Detailed(Num(r, In, "pliCount", "webrtc_inbound_pli_sent_total", C, "packets", 1)).OnlyKind = V;
            Detailed(Num(r, In, "firCount", "webrtc_inbound_fir_sent_total", C, "packets", 1)).OnlyKind = V;
            Detailed(Num(r, In, "framesReceived", "webrtc_inbound_received_frames_total", C, "frames", 1)).OnlyKind = V;
            Detailed(Num(r, In, "framesDecoded", "webrtc_inbound_decoded_frames_total", C, "frames", 1)).OnlyKind = V;
            Detailed(Num(r, In, "framesDropped", "webrtc_inbound_dropped_frames_total", C, "frames", 1)).OnlyKind = V;
            Num(r, In, "totalFreezesDuration", "webrtc_inbound_freeze_seconds_total", C, "seconds", 1).OnlyKind = V;
            Info(r, In, "codecId.mimeType", "webrtc_inbound_codec_info", "mime_type");
            Detailed(Num(r, In, "totalAudioEnergy", "webrtc_inbound_audio_energy_total", C, "energy", 1)).OnlyKind = A;
            Input(r, In, "totalSamplesDuration", C, "seconds").OnlyKind = A;
            Detailed(Num(r, In, "fecPacketsReceived", "webrtc_inbound_fec_received_packets_total", C, "packets", 1));
            Detailed(Num(r, In, "fecPacketsDiscarded", "webrtc_inbound_fec_discarded_packets_total", C, "packets", 1));
            Detailed(Num(r, In, "jitterBufferTargetDelay", "webrtc_inbound_jitter_buffer_target_delay_seconds_total", C, "seconds", 1));
            Detailed(Num(r, In, "jitterBufferMinimumDelay", "webrtc_inbound_jitter_buffer_minimum_delay_seconds_total", C, "seconds", 1));
            Num(r, In, "freezeCount", "webrtc_inbound_freezes_total", C, "freezes", 1).OnlyKind = V;
            Detailed(Num(r, In, "pauseCount", "webrtc_inbound_pauses_total", C, "pauses", 1)).OnlyKind = V;
            Num(r, In, "framesPerSecond", "webrtc_inbound_frames_per_second", G, "frames_per_second", 1).OnlyKind = V;
            Derived(r, In, "mos", "webrtc_inbound_mos", "mos");
            Derived(r, In, "poor", "webrtc_inbound_poor_stream", "boolean").ValueLabel = "reason";
            Derived(r, In, "silence", "webrtc_inbound_silence_seconds", "seconds");

            // outbound-rtp: what we send
            Num(r, Out, "packetsSent", "webrtc_outbound_sent_packets_total", C, "packets", 1);
            Num(r, Out, "bytesSent", "webrtc_outbound_sent_bytes_total", C, "bytes", 1);
            Detailed(Num(r, Out, "retransmittedPacketsSent", "webrtc_outbound_retransmitted_packets_total", C, "packets", 1)).OnlyKind = V;
            Detailed(Num(r, Out, "nackCount", "webrtc_outbound_nack_received_total", C, "packets", 1)).OnlyKind = V;
            Detailed(Num(r, Out, "pliCount", "webrtc_outbound_pli_received_total", C, "packets", 1)).OnlyKind = V;
            Detailed(Num(r, Out, "firCount", "webrtc_outbound_fir_received_total", C, "packets", 1)).OnlyKind = V;
            Detailed(Num(r, Out, "framesEncoded", "webrtc_outbound_encoded_frames_total", C, "frames", 1)).OnlyKind = V;
            Detailed(Num(r, Out, "framesSent", "webrtc_outbound_sent_frames_total", C, "frames", 1)).OnlyKind = V;
            Detailed(Num(r, Out, "targetBitrate", "webrtc_outbound_target_bitrate_bytes_per_second", G, "bytes_per_second", 0.125));
            Detailed(Num(r, Out, "totalPacketSendDelay", "webrtc_outbound_packet_send_delay_seconds_total", C, "seconds", 1));
            string[] reasons = { "none", "cpu", "bandwidth", "other" };
            foreach (string reason in reasons)
            {
                MetricDef d = Num(r, Out, "qualityLimitationDurations." + reason, "webrtc_outbound_quality_limitation_seconds_total", C, "seconds", 1);
                d.FixedLabel = "reason";
                d.FixedValue = reason;
                d.OnlyKind = V;
                d.Set = MetricSet.Detailed;
            }
            Info(r, Out, "qualityLimitationReason", "webrtc_outbound_quality_limitation_info", "reason").OnlyKind = V;
            Info(r, Out, "codecId.mimeType", "webrtc_outbound_codec_info", "mime_type");
            Num(r, Out, "framesPerSecond", "webrtc_outbound_frames_per_second", G, "frames_per_second", 1).OnlyKind = V;
            Derived(r, Out, "mos", "webrtc_outbound_mos", "mos");
            Derived(r, Out, "poor", "webrtc_outbound_poor_stream", "boolean").ValueLabel = "reason";

            // remote-inbound-rtp: the far end's view of what we send
            Num(r, RIn, "packetsLost", "webrtc_remote_inbound_lost_packets", G, "packets", 1, true);
            Detailed(Num(r, RIn, "fractionLost", "webrtc_remote_inbound_fraction_lost_ratio", G, "ratio", 1));
            Num(r, RIn, "jitter", "webrtc_remote_inbound_jitter_seconds", G, "seconds", 1);
            Num(r, RIn, "roundTripTime", "webrtc_remote_inbound_round_trip_time_seconds", G, "seconds", 1);
            Num(r, RIn, "totalRoundTripTime", "webrtc_remote_inbound_round_trip_time_seconds_total", C, "seconds", 1);
            Num(r, RIn, "roundTripTimeMeasurements", "webrtc_remote_inbound_round_trip_time_measurements_total", C, "measurements", 1);

            // remote-outbound-rtp: the far end's view of what it sends (RTT only with RTCP XR)
            Detailed(Num(r, ROut, "roundTripTime", "webrtc_remote_outbound_round_trip_time_seconds", G, "seconds", 1));

            // media-source: the local microphone/camera
            Detailed(Num(r, Src, "audioLevel", "webrtc_media_source_audio_level_ratio", G, "ratio", 1));
            Detailed(Num(r, Src, "totalAudioEnergy", "webrtc_media_source_audio_energy_total", C, "energy", 1)).OnlyKind = A;
            Input(r, Src, "totalSamplesDuration", C, "seconds").OnlyKind = A;
            Detailed(Num(r, Src, "echoReturnLoss", "webrtc_media_source_echo_return_loss_decibels", G, "decibels", 1)).OnlyKind = A;
            Detailed(Num(r, Src, "echoReturnLossEnhancement", "webrtc_media_source_echo_return_loss_enhancement_decibels", G, "decibels", 1)).OnlyKind = A;
            Derived(r, Src, "silence", "webrtc_media_source_silence_seconds", "seconds");

            // media-playout: the local loudspeaker path
            Detailed(Num(r, Play, "synthesizedSamplesDuration", "webrtc_media_playout_synthesized_seconds_total", C, "seconds", 1));
            Input(r, Play, "totalPlayoutDelay", C, "seconds");
            Input(r, Play, "totalSamplesCount", C, "samples");
            Detailed(Derived(r, Play, "delay", "webrtc_media_playout_delay_seconds", "seconds"));

            // selected candidate pair (the reducer keeps only the transport's selected pair)
            Num(r, Pair, "currentRoundTripTime", "webrtc_candidate_pair_round_trip_time_seconds", G, "seconds", 1);
            Detailed(Num(r, Pair, "availableOutgoingBitrate", "webrtc_candidate_pair_available_outgoing_bytes_per_second", G, "bytes_per_second", 0.125));
            Info(r, Pair, "localCandidateId.candidateType", "webrtc_candidate_pair_info", "local_candidate_type");
            Info(r, Pair, "localCandidateId.protocol", "webrtc_candidate_pair_info", "local_protocol");
            Info(r, Pair, "localCandidateId.relayProtocol", "webrtc_candidate_pair_info", "relay_protocol");
            Info(r, Pair, "remoteCandidateId.candidateType", "webrtc_candidate_pair_info", "remote_candidate_type");

            // transport and connection state
            Info(r, Tr, "iceState", "webrtc_transport_info", "ice_state");
            Info(r, Tr, "dtlsState", "webrtc_transport_info", "dtls_state");
            Input(r, Tr, "selectedCandidatePairChanges", C, "changes");
            // The local ICE ufrag changes exactly when ICE restarts; it is compared, never exported.
            Input(r, Tr, "iceLocalUsernameFragment", MetricType.Info, "");
            Info(r, PeerConnection, "connectionState", "webrtc_connection_info", "connection_state");

            // derived by the worker
            var live = new MetricDef
            {
                StatsType = "", Key = "", Name = LiveConnectionsName, Type = MetricType.Gauge, Unit = "connections",
                Labels = new[] { LabelAgent, LabelPlatform, LabelOrigin },
            };
            r.Add(live);
            // The agent's own group (job/instance, no tab): it outlives calls. Self-metrics of the
            // extension, then per-agent call counters. Values: AgentCounters, AgentMetrics.
            MetricDef info = Agent(r, ExporterInfoName, MetricType.Info, "", null);
            info.InfoLabel = "version";
            info.Labels = new[] { LabelAgent, "version" };
            Agent(r, "webrtc_exporter_pushes_total", C, "pushes", null).ValueLabel = "result";
            Agent(r, LastPushName, G, "seconds", null);
            Agent(r, ExporterLiveName, G, "connections", null);
            Agent(r, PushIntervalName, G, "seconds", null);
            Agent(r, "webrtc_exporter_dropped_messages_total", C, "messages", null);
            Agent(r, "webrtc_exporter_worker_starts_total", C, "starts", null);
            Agent(r, "webrtc_exporter_stats_gaps_total", C, "gaps", null);
            Agent(r, "webrtc_exporter_stats_gap_seconds_total", C, "seconds", null);
            Agent(r, "webrtc_exporter_worker_errors_total", C, "errors", null).ValueLabel = "where";
            // the worker's plausibility check (Plausibility): values it refused, counter resets it absorbed
            Agent(r, DroppedValuesName, C, "values", null).ValueLabel = LabelReason;
            Agent(r, CounterResetsName, C, "resets", null);
            Agent(r, "webrtc_agent_calls_started_total", C, "calls", LabelPlatform);
            Agent(r, "webrtc_agent_calls_connected_total", C, "calls", LabelPlatform);
            Agent(r, "webrtc_agent_calls_failed_total", C, "calls", LabelPlatform).ValueLabel = LabelReason;
            Agent(r, "webrtc_agent_poor_calls_total", C, "calls", LabelPlatform).ValueLabel = LabelReason;
            Agent(r, "webrtc_agent_call_seconds_total", C, "seconds", LabelPlatform);
            Agent(r, "webrtc_agent_ice_restarts_total", C, "restarts", LabelPlatform);
            Agent(r, "webrtc_agent_candidate_pair_changes_total", C, "changes", LabelPlatform);
            return r;
        }

        /// <summary>Marks a row as exported only with <c>metricDetail = detailed</c>.</summary>
        private static MetricDef Detailed(MetricDef d)
        {
            d.Set = MetricSet.Detailed;
            return d;
        }

        /// <summary>A family of the agent's own group: labels agent_id (and platform for call counters).</summary>
        private static MetricDef Agent(List<MetricDef> r, string name, MetricType t, string unit, string? platform)
        {
            var d = new MetricDef
            {
                StatsType = "", Key = "", Name = name, Type = t, Unit = unit, AgentScope = true,
                Labels = platform == null ? new[] { LabelAgent } : new[] { LabelAgent, platform },
            };
            r.Add(d);
            return d;
        }

        private static MetricDef Input(List<MetricDef> r, string type, string key, MetricType t, string unit)
        {
            var d = new MetricDef { StatsType = type, Key = key, Name = "", Type = t, Unit = unit, Sum = t == MetricType.Counter, Exported = false };
            d.Labels = BaseLabels(type, null);
            r.Add(d);
            return d;
        }

        private static MetricDef Derived(List<MetricDef> r, string type, string key, string name, string unit)
        {
            var d = new MetricDef
            {
                StatsType = type, Key = key, Name = name, Type = MetricType.Gauge, Unit = unit, Derived = true, OnlyKind = "audio",
            };
            d.Labels = BaseLabels(type, null);
            r.Add(d);
            return d;
        }

        private static MetricDef Num(List<MetricDef> r, string type, string key, string name, MetricType t, string unit, double scale, bool sumGauge = false)
        {
            var d = new MetricDef
            {
                StatsType = type, Key = key, Name = name, Type = t, Unit = unit, Scale = scale,
                Sum = t == MetricType.Counter || sumGauge,
            };
            d.Labels = BaseLabels(type, null);
            r.Add(d);
            return d;
        }

        private static MetricDef Info(List<MetricDef> r, string type, string key, string name, string label)
        {
            var d = new MetricDef { StatsType = type, Key = key, Name = name, Type = MetricType.Info, Unit = "", InfoLabel = label };
            r.Add(d);
            // an info family's labels: base labels + every info label of the family, in row order
            var fam = new List<string>(BaseLabels(type, null));
            for (int i = 0; i < r.Count; i++) if (r[i].Name == name && r[i].InfoLabel != null) fam.Add(r[i].InfoLabel!);
            string[] labels = fam.ToArray();
            for (int i = 0; i < r.Count; i++) if (r[i].Name == name) r[i].Labels = labels;
            return d;
        }

        private static string[] BaseLabels(string type, string? extra)
        {
            var l = new List<string> { LabelAgent, LabelPlatform, LabelOrigin, LabelPc };
            if (HasKind(type)) l.Add(LabelKind);
            if (extra != null) l.Add(extra);
            return l.ToArray();
        }

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
