namespace WebRtcStatsExporter.Shared
{
    /// <summary>The bounded <c>result</c> label of webrtc_exporter_pushes_total.</summary>
    public static class PushResults
    {
        public const string Ok = "ok";
        public const string Http4xx = "http_4xx";
        public const string Http5xx = "http_5xx";
        public const string Network = "network";
        public const string Timeout = "timeout";

        public static string[] All => new[] { Ok, Http4xx, Http5xx, Network, Timeout };

        /// <summary>The result of one request: a response status (0 when none came), whether the
        /// timeout aborted it.</summary>
        public static string Classify(bool ok, int status, bool timedOut)
        {
            if (ok) return Ok;
            if (timedOut) return Timeout;
            if (status >= 500) return Http5xx;
            if (status >= 400) return Http4xx;
            return Network; // no response (refused, reset, DNS, missing permission); fetch never answers 1xx/3xx here
        }
    }
}
