using System.Collections.Generic;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>The texts of docs/metrics.md for each family (meaning, derivation, what an input is
    /// used for). Apart from <see cref="MetricHelp"/>: a reached class carries all its static tables,
    /// and only <see cref="MetricCatalog.MarkdownTable"/> (the docs generator, never reached by a
    /// bundle) reaches this one; in MetricHelp they were 11 KB of the worker's bundle.</summary>
    public static class MetricDocs
    {
        private static readonly Dictionary<string, string> Derivations = new Dictionary<string, string>
        {
            ["webrtc_inbound_mos"] = "E-model (ITU-T G.107) per interval: inbound-rtp loss + discards, jitter-buffer delay, RTT",
            ["webrtc_inbound_poor_stream"] = "Teams CQD thresholds on the interval's loss, jitter, RTT, concealment, MOS degradation",
            ["webrtc_inbound_silence_seconds"] = "inbound-rtp ΔtotalAudioEnergy / ΔtotalSamplesDuration below −80 dBFS, consecutive",
            ["webrtc_outbound_mos"] = "E-model (ITU-T G.107) per interval: remote-inbound-rtp loss, RTT; our jitter-buffer delay as the far end's",
            ["webrtc_outbound_poor_stream"] = "Teams CQD thresholds on the interval's remote-reported loss, jitter, RTT, MOS degradation",
            ["webrtc_media_source_silence_seconds"] = "media-source ΔtotalAudioEnergy / ΔtotalSamplesDuration below −80 dBFS, consecutive",
            ["webrtc_media_playout_delay_seconds"] = "media-playout ΔtotalPlayoutDelay / ΔtotalSamplesCount per interval",
        };

        /// <summary>How the worker derives a family (docs/metrics.md's Source column).</summary>
        public static string Derivation(string name) => Derivations.TryGetValue(name, out var text) ? text : "";

        /// <summary>The longer description for docs/metrics.md (the W3C source field when there is none).</summary>
        public static string Describe(string name)
        {
            if (Texts.TryGetValue(name, out var text)) return text;
            List<MetricDef> fam = MetricCatalog.Family(name);
            if (fam.Count == 0) return name;
            MetricDef d = fam[0];
            return d.StatsType + " " + d.Key + (d.Scale == 0.125 ? ", bits/s as bytes/s." : ".");
        }

        private static readonly Dictionary<string, string> Texts = new Dictionary<string, string>
        {
            ["webrtc_inbound_received_packets_total"] = "RTP packets received.",
            ["webrtc_inbound_received_bytes_total"] = "RTP payload bytes received.",
            ["webrtc_inbound_lost_packets"] = "packets lost as seen by this receiver (signed, may decrease).",
            ["webrtc_inbound_discarded_packets_total"] = "packets discarded by the jitter buffer (late or early).",
            ["webrtc_inbound_jitter_seconds"] = "packet jitter.",
            ["webrtc_inbound_jitter_buffer_delay_seconds_total"] = "summed time samples or frames spent in the jitter buffer.",
            ["webrtc_inbound_jitter_buffer_emitted_total"] = "samples or frames that left the jitter buffer.",
            ["webrtc_inbound_received_samples_total"] = "audio samples received.",
            ["webrtc_inbound_concealed_samples_total"] = "audio samples synthesised to hide loss.",
            ["webrtc_inbound_silent_concealed_samples_total"] = "concealed samples that were silent.",
            ["webrtc_inbound_concealment_events_total"] = "runs of concealed samples.",
            ["webrtc_inbound_inserted_samples_total"] = "samples inserted to slow playout.",
            ["webrtc_inbound_removed_samples_total"] = "samples removed to speed up playout.",
            ["webrtc_inbound_audio_level_ratio"] = "received audio level, 0..1 linear.",
            ["webrtc_inbound_nack_sent_total"] = "NACK packets sent by this receiver.",
            ["webrtc_inbound_pli_sent_total"] = "PLI packets sent by this receiver.",
            ["webrtc_inbound_fir_sent_total"] = "FIR packets sent by this receiver.",
            ["webrtc_inbound_received_frames_total"] = "complete video frames received.",
            ["webrtc_inbound_decoded_frames_total"] = "video frames decoded.",
            ["webrtc_inbound_dropped_frames_total"] = "video frames dropped before decoding.",
            ["webrtc_inbound_freeze_seconds_total"] = "time the received video was frozen.",
            ["webrtc_outbound_sent_packets_total"] = "RTP packets sent.",
            ["webrtc_outbound_sent_bytes_total"] = "RTP payload bytes sent.",
            ["webrtc_outbound_retransmitted_packets_total"] = "packets retransmitted.",
            ["webrtc_outbound_nack_received_total"] = "NACK packets received from the far end.",
            ["webrtc_outbound_pli_received_total"] = "PLI packets received from the far end.",
            ["webrtc_outbound_fir_received_total"] = "FIR packets received from the far end.",
            ["webrtc_outbound_encoded_frames_total"] = "video frames encoded.",
            ["webrtc_outbound_sent_frames_total"] = "video frames sent.",
            ["webrtc_outbound_target_bitrate_bytes_per_second"] = "encoder target, converted from bits to bytes per second.",
            ["webrtc_outbound_packet_send_delay_seconds_total"] = "summed time packets waited in the pacer.",
            ["webrtc_outbound_quality_limitation_seconds_total"] = "time spent per quality-limitation reason.",
            ["webrtc_remote_inbound_lost_packets"] = "our packets the far end reports lost (signed).",
            ["webrtc_remote_inbound_fraction_lost_ratio"] = "fraction lost in the last RTCP report interval, 0..1.",
            ["webrtc_remote_inbound_jitter_seconds"] = "jitter the far end measures on our stream.",
            ["webrtc_remote_inbound_round_trip_time_seconds"] = "latest RTCP round-trip time.",
            ["webrtc_remote_inbound_round_trip_time_seconds_total"] = "summed RTCP round-trip times.",
            ["webrtc_remote_inbound_round_trip_time_measurements_total"] = "RTCP round-trip measurements.",
            ["webrtc_media_source_audio_level_ratio"] = "local microphone level, 0..1 linear.",
            ["webrtc_candidate_pair_round_trip_time_seconds"] = "RTCIceCandidatePairStats.currentRoundTripTime of the selected pair (STUN).",
            ["webrtc_candidate_pair_available_outgoing_bytes_per_second"] = "RTCIceCandidatePairStats.availableOutgoingBitrate of the selected pair, in bytes per second.",
            ["webrtc_inbound_codec_info"] = "RTCCodecStats.mimeType of the codec an inbound stream uses.",
            ["webrtc_outbound_quality_limitation_info"] = "the current reason (none, cpu, bandwidth, other).",
            ["webrtc_outbound_codec_info"] = "RTCCodecStats.mimeType of the codec an outbound stream uses.",
            ["webrtc_candidate_pair_info"] = "Selected pair: RTCIceCandidateStats candidateType, protocol and relayProtocol of the local candidate, candidateType of the remote one.",
            ["webrtc_transport_info"] = "RTCTransportStats iceState and dtlsState.",
            ["webrtc_connection_info"] = "RTCPeerConnection.connectionState of each live connection.",
            ["webrtc_live_connections"] = "Live RTCPeerConnections in the tab.",
            ["webrtc_exporter_info"] = "the extension's version; its group is pushed every minute, so an idle agent stays fresh and a silent one goes stale.",
            ["webrtc_exporter_pushes_total"] = "pushes (every group) by result: ok, http_4xx, http_5xx, network, timeout.",
            ["webrtc_exporter_last_push_timestamp_seconds"] = "Unix time of the last successful push before this one.",
            ["webrtc_exporter_live_connections"] = "live RTCPeerConnections across the agent's tabs (0 while idle).",
            ["webrtc_exporter_push_interval_seconds"] = "the configured push interval (for staleness alerts).",
            ["webrtc_exporter_dropped_messages_total"] = "malformed or unexpected messages from tabs, dropped by the worker.",
            ["webrtc_exporter_worker_starts_total"] = "service worker starts in this browser session (Chrome stops and restarts it).",
            ["webrtc_exporter_stats_gaps_total"] = "polls that came late (more than twice the poll interval plus 2 s): a throttled background tab.",
            ["webrtc_exporter_stats_gap_seconds_total"] = "stats time lost to late polls, beyond the poll interval.",
            ["webrtc_exporter_worker_errors_total"] = "exceptions that escaped the worker's own code, by where (message, status, tabs, alarm, settings, permissions, start, push, delivery); the work that failed is over, the next event starts afresh.",
            ["webrtc_agent_calls_started_total"] = "connections that began connecting.",
            ["webrtc_agent_calls_connected_total"] = "connections that reached connected.",
            ["webrtc_agent_calls_failed_total"] = "connections that failed, by reason: dtls when the DTLS handshake failed, else ice.",
            ["webrtc_agent_poor_calls_total"] = "ended calls that were poor by the Teams CQD thresholds on the call's averages, by reason.",
            ["webrtc_agent_call_seconds_total"] = "seconds spent connected.",
            ["webrtc_agent_ice_restarts_total"] = "ICE restarts (the local ICE username fragment changed).",
            ["webrtc_agent_candidate_pair_changes_total"] = "changes of the selected candidate pair after the first (network flaps).",
            ["webrtc_exporter_dropped_values_total"] = "values the exporter refused instead of exporting: not finite, or outside the field's physical range (docs/metrics.md).",
            ["webrtc_exporter_value_resets_total"] = "times a browser counter went backwards; the exported counter continued from its total.",
            ["webrtc_inbound_audio_energy_total"] = "received audio energy, sum of level squared times duration.",
            ["webrtc_inbound_fec_received_packets_total"] = "FEC packets received.",
            ["webrtc_inbound_fec_discarded_packets_total"] = "FEC packets discarded (their media had arrived).",
            ["webrtc_inbound_jitter_buffer_target_delay_seconds_total"] = "summed jitter-buffer target delay per emitted sample.",
            ["webrtc_inbound_jitter_buffer_minimum_delay_seconds_total"] = "summed jitter-buffer minimum delay per emitted sample.",
            ["webrtc_inbound_freezes_total"] = "video freezes.",
            ["webrtc_inbound_pauses_total"] = "video pauses (no frame for 5 s).",
            ["webrtc_inbound_frames_per_second"] = "decoded video frames per second.",
            ["webrtc_inbound_mos"] = "estimated MOS (1-5) of the received audio over the last interval, ITU-T G.107 E-model.",
            ["webrtc_inbound_poor_stream"] = "1 while the received audio is poor by the Teams CQD thresholds, reason = first threshold crossed; else 0 and reason none.",
            ["webrtc_inbound_silence_seconds"] = "consecutive seconds of silent received audio while samples flow (one-way audio).",
            ["webrtc_outbound_frames_per_second"] = "encoded video frames per second.",
            ["webrtc_outbound_mos"] = "estimated MOS (1-5) of the sent audio as the far end reports it, over the last interval.",
            ["webrtc_outbound_poor_stream"] = "1 while the sent audio is poor by the Teams CQD thresholds (far end's reports), reason = first threshold crossed; else 0 and reason none.",
            ["webrtc_remote_outbound_round_trip_time_seconds"] = "round-trip time measured by the receiving side (RTCP XR only).",
            ["webrtc_media_source_audio_energy_total"] = "microphone audio energy, sum of level squared times duration.",
            ["webrtc_media_source_echo_return_loss_decibels"] = "echo return loss at the microphone.",
            ["webrtc_media_source_echo_return_loss_enhancement_decibels"] = "echo removed by the echo canceller.",
            ["webrtc_media_source_silence_seconds"] = "consecutive seconds the microphone delivered silence (the other side cannot hear you).",
            ["webrtc_media_playout_synthesized_seconds_total"] = "audio synthesised by the playout path because samples were missing.",
            ["webrtc_media_playout_delay_seconds"] = "average playout-device delay per sample over the last interval.",
        };

        private static readonly Dictionary<string, string> InputUses = new Dictionary<string, string>
        {
            ["inbound-rtp totalSamplesDuration"] = "silence detector (received audio level per interval)",
            ["media-source totalSamplesDuration"] = "silence detector (microphone level per interval)",
            ["media-playout totalPlayoutDelay"] = "`webrtc_media_playout_delay_seconds`",
            ["media-playout totalSamplesCount"] = "`webrtc_media_playout_delay_seconds`",
            ["transport selectedCandidatePairChanges"] = "`webrtc_agent_candidate_pair_changes_total` (per agent)",
            ["transport iceLocalUsernameFragment"] = "`webrtc_agent_ice_restarts_total` (per agent; compared, never exported)",
        };

        /// <summary>What an input row (read, not exported) is used for (docs).</summary>
        public static string ForInput(string source) => InputUses.TryGetValue(source, out var text) ? text : "";
    }
}
