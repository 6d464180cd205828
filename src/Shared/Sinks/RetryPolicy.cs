namespace WebRtcStatsExporter.Shared
{
    /// <summary>Which failed requests are worth sending again, as the remote_write spec has it:
    /// 5xx and 429 (and no answer at all: timeout, network) are retried with backoff; any other
    /// 4xx means the receiver will refuse the same bytes again, so the request is dropped and its
    /// reason shown. Applies to every sink: a Pushgateway 400 is as permanent as a remote_write one.</summary>
    public static class RetryPolicy
    {
        /// <param name="status">HTTP status, or 0 when there was no answer.</param>
        public static bool IsRetryable(int status) => status == 0 || status == 429 || status >= 500;
    }
}
