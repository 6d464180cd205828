namespace WebRtcStatsExporter.Shared
{
    /// <summary>One field the page reads from a getStats() report, and how samples combine it.</summary>
    public sealed class StatsField
    {
        public string StatsType = "";
        /// <summary>As <see cref="MetricDef.Key"/>: <c>jitter</c>, <c>qualityLimitationDurations.cpu</c>,
        /// <c>codecId.mimeType</c>; also the name the sample carries.</summary>
        public string Key = "";
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

        private static StatsField F(string type, string key, int flags, double scale = 1) => new StatsField
        {
            StatsType = type, Key = key, Info = (flags & Info) != 0, Counter = (flags & Counter) != 0, Sum = (flags & Sum) != 0,
            OnlyKind = (flags & Audio) != 0 ? "audio" : (flags & Video) != 0 ? "video" : "", Scale = scale,
        };

        private static StatsField[] Build() => new StatsField[]
        {
            // BEGIN GENERATED: StatsFields rows from MetricCatalog
            F(In, "packetsReceived", Counter | Sum),
            F(In, "bytesReceived", Counter | Sum),
            F(In, "packetsLost", Sum),
            F(In, "packetsDiscarded", Counter | Sum),
            F(In, "jitter", 0),
            F(In, "jitterBufferDelay", Counter | Sum),
            F(In, "jitterBufferEmittedCount", Counter | Sum),
            F(In, "totalSamplesReceived", Counter | Sum | Audio),
            F(In, "concealedSamples", Counter | Sum | Audio),
            F(In, "silentConcealedSamples", Counter | Sum | Audio),
            F(In, "concealmentEvents", Counter | Sum | Audio),
            F(In, "insertedSamplesForDeceleration", Counter | Sum | Audio),
            F(In, "removedSamplesForAcceleration", Counter | Sum | Audio),
            F(In, "audioLevel", Audio),
            F(In, "nackCount", Counter | Sum | Video),
            F(In, "pliCount", Counter | Sum | Video),
            F(In, "firCount", Counter | Sum | Video),
            F(In, "framesReceived", Counter | Sum | Video),
            F(In, "framesDecoded", Counter | Sum | Video),
            F(In, "framesDropped", Counter | Sum | Video),
            F(In, "totalFreezesDuration", Counter | Sum | Video),
            F(In, "codecId.mimeType", Info),
            F(In, "totalAudioEnergy", Counter | Sum | Audio),
            F(In, "totalSamplesDuration", Counter | Sum | Audio),
            F(In, "fecPacketsReceived", Counter | Sum),
            F(In, "fecPacketsDiscarded", Counter | Sum),
            F(In, "jitterBufferTargetDelay", Counter | Sum),
            F(In, "jitterBufferMinimumDelay", Counter | Sum),
            F(In, "freezeCount", Counter | Sum | Video),
            F(In, "pauseCount", Counter | Sum | Video),
            F(In, "framesPerSecond", Video),
            F(Out, "packetsSent", Counter | Sum),
            F(Out, "bytesSent", Counter | Sum),
            F(Out, "retransmittedPacketsSent", Counter | Sum | Video),
            F(Out, "nackCount", Counter | Sum | Video),
            F(Out, "pliCount", Counter | Sum | Video),
            F(Out, "firCount", Counter | Sum | Video),
            F(Out, "framesEncoded", Counter | Sum | Video),
            F(Out, "framesSent", Counter | Sum | Video),
            F(Out, "targetBitrate", 0, 0.125),
            F(Out, "totalPacketSendDelay", Counter | Sum),
            F(Out, "qualityLimitationDurations.none", Counter | Sum | Video),
            F(Out, "qualityLimitationDurations.cpu", Counter | Sum | Video),
            F(Out, "qualityLimitationDurations.bandwidth", Counter | Sum | Video),
            F(Out, "qualityLimitationDurations.other", Counter | Sum | Video),
            F(Out, "qualityLimitationReason", Info | Video),
            F(Out, "codecId.mimeType", Info),
            F(Out, "framesPerSecond", Video),
            F(RIn, "packetsLost", Sum),
            F(RIn, "fractionLost", 0),
            F(RIn, "jitter", 0),
            F(RIn, "roundTripTime", 0),
            F(RIn, "totalRoundTripTime", Counter | Sum),
            F(RIn, "roundTripTimeMeasurements", Counter | Sum),
            F(ROut, "roundTripTime", 0),
            F(Src, "audioLevel", 0),
            F(Src, "totalAudioEnergy", Counter | Sum | Audio),
            F(Src, "totalSamplesDuration", Counter | Sum | Audio),
            F(Src, "echoReturnLoss", Audio),
            F(Src, "echoReturnLossEnhancement", Audio),
            F(Play, "synthesizedSamplesDuration", Counter | Sum),
            F(Play, "totalPlayoutDelay", Counter | Sum),
            F(Play, "totalSamplesCount", Counter | Sum),
            F(Pair, "currentRoundTripTime", 0),
            F(Pair, "availableOutgoingBitrate", 0, 0.125),
            F(Pair, "localCandidateId.candidateType", Info),
            F(Pair, "localCandidateId.protocol", Info),
            F(Pair, "localCandidateId.relayProtocol", Info),
            F(Pair, "remoteCandidateId.candidateType", Info),
            F(Tr, "iceState", Info),
            F(Tr, "dtlsState", Info),
            F(Tr, "selectedCandidatePairChanges", Counter | Sum),
            F(Tr, "iceLocalUsernameFragment", Info),
            // END GENERATED
        };
    }
}
