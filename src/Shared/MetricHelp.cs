using System.Collections.Generic;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>The HELP text of each metric family, apart from <see cref="MetricCatalog"/>'s rows: only
    /// the worker writes HELP lines, and keeping the texts here keeps them out of the page's bundle.</summary>
    public static class MetricHelp
    {
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
            ["webrtc_exporter_dropped_values_total"] = "values the exporter refused instead of exporting: not finite, or outside the field's physical range (docs/metrics.md).",
            ["webrtc_exporter_value_resets_total"] = "times a browser counter went backwards; the exported counter continued from its total.",
        };

        public static string For(string name) => Texts.TryGetValue(name, out var text) ? text : name;
    }
}
