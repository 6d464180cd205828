using System.Collections.Generic;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>One field the page reads from a getStats() report, and how samples combine it.</summary>
    public sealed class StatsField
    {
        public string StatsType = "";
        /// <summary>As <see cref="MetricDef.Key"/>: <c>jitter</c>, <c>qualityLimitationDurations.cpu</c>,
        /// <c>codecId.mimeType</c>; also the name the sample carries.</summary>
        public string Key = "";
        /// <summary>Where it is read: <see cref="Plain"/> the field <see cref="First"/>; <see cref="InRecord"/>
        /// Second inside the record First; <see cref="Linked"/> Second of the object whose id First holds.</summary>
        public int Mode;
        public string First = "";
        public string Second = "";
        public const int Plain = 0, InRecord = 1, Linked = 2;
        /// <summary>A string (an info row), not a number.</summary>
        public bool Info;
        /// <summary>A counter: negative values are dropped.</summary>
        public bool Counter;
        /// <summary>Several objects of one type and kind are summed (else the largest is kept).</summary>
        public bool Sum;
        /// <summary>"audio"/"video": read only from objects of that kind ("" for both).</summary>
        public string OnlyKind = "";
        public double Scale = 1;
    }

    /// <summary>Stats types whose objects carry <c>kind</c> (and so a <c>kind</c> label). Apart from
    /// <see cref="StatsFields"/> so that asking does not build the page's table (the worker asks).</summary>
    public static class StatsKinds
    {
        public static bool HasKind(string statsType)
            => statsType == "inbound-rtp" || statsType == "outbound-rtp" || statsType == "remote-inbound-rtp" || statsType == "remote-outbound-rtp"
               || statsType == "media-source" || statsType == "media-playout";
    }

    /// <summary>What the bridge reads from getStats (the page side of <see cref="MetricCatalog"/>): its
    /// rows of every stats type but the connection's own state, minus the worker's derived values, with
    /// only what reading needs. Metric names, units, labels and HELP stay in the worker's bundle.
    /// The rows below are generated from the catalogue; a test keeps them equal
    /// (tests/Extension.Tests/StatsFieldsTests.cs; WSE_UPDATE_DOCS=1 rewrites them).</summary>
    public static class StatsFields
    {
        private const int Info = 1, Counter = 2, Sum = 4, Audio = 8, Video = 16;
        private const string In = "inbound-rtp", Out = "outbound-rtp", RIn = "remote-inbound-rtp", ROut = "remote-outbound-rtp",
            Src = "media-source", Play = "media-playout", Pair = "candidate-pair", Tr = "transport";

        public static readonly StatsField[] All = Build();

        /// <summary>The rows of one stats type, added to the table in order.</summary>
        private sealed class Section
        {
            private readonly List<StatsField> rows;
            private readonly string type;

            public Section(List<StatsField> rows, string type)
            {
                this.rows = rows;
                this.type = type;
            }

            public void F(string key, int flags) => Add(key, StatsField.Plain, key, "", flags, 1);

            public void F(string key, int flags, double scale) => Add(key, StatsField.Plain, key, "", flags, scale);

            /// <summary>A number inside a record-valued field: <c>qualityLimitationDurations.cpu</c>.</summary>
            public void InRecord(string record, string field, int flags) => Add(record + "." + field, StatsField.InRecord, record, field, flags, 1);

            /// <summary>A string of the object a link names: <c>codecId.mimeType</c>.</summary>
            public void Linked(string link, string field, int flags) => Add(link + "." + field, StatsField.Linked, link, field, flags, 1);

            private void Add(string key, int mode, string first, string second, int flags, double scale) => rows.Add(new StatsField
            {
                StatsType = type, Key = key, Mode = mode, First = first, Second = second, Info = (flags & Info) != 0, Counter = (flags & Counter) != 0, Sum = (flags & Sum) != 0,
                OnlyKind = (flags & Audio) != 0 ? "audio" : (flags & Video) != 0 ? "video" : "", Scale = scale,
            });
        }

        private static StatsField[] Build()
        {
            var rows = new List<StatsField>();
            // BEGIN GENERATED: StatsFields rows from MetricCatalog
            var s = new Section(rows, In);
            s.F("packetsReceived", Counter | Sum);
            s.F("bytesReceived", Counter | Sum);
            s.F("packetsLost", Sum);
            s.F("packetsDiscarded", Counter | Sum);
            s.F("jitter", 0);
            s.F("jitterBufferDelay", Counter | Sum);
            s.F("jitterBufferEmittedCount", Counter | Sum);
            s.F("totalSamplesReceived", Counter | Sum | Audio);
            s.F("concealedSamples", Counter | Sum | Audio);
            s.F("silentConcealedSamples", Counter | Sum | Audio);
            s.F("concealmentEvents", Counter | Sum | Audio);
            s.F("insertedSamplesForDeceleration", Counter | Sum | Audio);
            s.F("removedSamplesForAcceleration", Counter | Sum | Audio);
            s.F("audioLevel", Audio);
            s.F("nackCount", Counter | Sum | Video);
            s.F("pliCount", Counter | Sum | Video);
            s.F("firCount", Counter | Sum | Video);
            s.F("framesReceived", Counter | Sum | Video);
            s.F("framesDecoded", Counter | Sum | Video);
            s.F("framesDropped", Counter | Sum | Video);
            s.F("totalFreezesDuration", Counter | Sum | Video);
            s.Linked("codecId", "mimeType", Info);
            s.F("totalAudioEnergy", Counter | Sum | Audio);
            s.F("totalSamplesDuration", Counter | Sum | Audio);
            s.F("fecPacketsReceived", Counter | Sum);
            s.F("fecPacketsDiscarded", Counter | Sum);
            s.F("jitterBufferTargetDelay", Counter | Sum);
            s.F("jitterBufferMinimumDelay", Counter | Sum);
            s.F("freezeCount", Counter | Sum | Video);
            s.F("pauseCount", Counter | Sum | Video);
            s.F("framesPerSecond", Video);
            s = new Section(rows, Out);
            s.F("packetsSent", Counter | Sum);
            s.F("bytesSent", Counter | Sum);
            s.F("retransmittedPacketsSent", Counter | Sum | Video);
            s.F("nackCount", Counter | Sum | Video);
            s.F("pliCount", Counter | Sum | Video);
            s.F("firCount", Counter | Sum | Video);
            s.F("framesEncoded", Counter | Sum | Video);
            s.F("framesSent", Counter | Sum | Video);
            s.F("targetBitrate", 0, 0.125);
            s.F("totalPacketSendDelay", Counter | Sum);
            s.InRecord("qualityLimitationDurations", "none", Counter | Sum | Video);
            s.InRecord("qualityLimitationDurations", "cpu", Counter | Sum | Video);
            s.InRecord("qualityLimitationDurations", "bandwidth", Counter | Sum | Video);
            s.InRecord("qualityLimitationDurations", "other", Counter | Sum | Video);
            s.F("qualityLimitationReason", Info | Video);
            s.Linked("codecId", "mimeType", Info);
            s.F("framesPerSecond", Video);
            s = new Section(rows, RIn);
            s.F("packetsLost", Sum);
            s.F("fractionLost", 0);
            s.F("jitter", 0);
            s.F("roundTripTime", 0);
            s.F("totalRoundTripTime", Counter | Sum);
            s.F("roundTripTimeMeasurements", Counter | Sum);
            s = new Section(rows, ROut);
            s.F("roundTripTime", 0);
            s = new Section(rows, Src);
            s.F("audioLevel", 0);
            s.F("totalAudioEnergy", Counter | Sum | Audio);
            s.F("totalSamplesDuration", Counter | Sum | Audio);
            s.F("echoReturnLoss", Audio);
            s.F("echoReturnLossEnhancement", Audio);
            s = new Section(rows, Play);
            s.F("synthesizedSamplesDuration", Counter | Sum);
            s.F("totalPlayoutDelay", Counter | Sum);
            s.F("totalSamplesCount", Counter | Sum);
            s = new Section(rows, Pair);
            s.F("currentRoundTripTime", 0);
            s.F("availableOutgoingBitrate", 0, 0.125);
            s.Linked("localCandidateId", "candidateType", Info);
            s.Linked("localCandidateId", "protocol", Info);
            s.Linked("localCandidateId", "relayProtocol", Info);
            s.Linked("remoteCandidateId", "candidateType", Info);
            s = new Section(rows, Tr);
            s.F("iceState", Info);
            s.F("dtlsState", Info);
            s.F("selectedCandidatePairChanges", Counter | Sum);
            s.F("iceLocalUsernameFragment", Info);
            // END GENERATED
            return rows.ToArray();
        }
    }
}
