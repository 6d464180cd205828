namespace WebRtcStatsExporter.Background
{
    /// <summary>Delivery health for the popup (in memory; rebuilt after a worker restart).</summary>
    public static class Health
    {
        public static double LastSuccessAt;
        public static string LastError = "";
        public static int Pushes;
        public static double Bytes;
        public static int Dropped;

        public static void Success(double now, double bytes)
        {
            LastSuccessAt = now;
            LastError = "";
            Pushes++;
            Bytes += bytes;
        }

        public static void Failure(int status, string statusText, bool timedOut, bool network)
        {
            if (timedOut) LastError = "The metrics server did not answer within 20 seconds.";
            else if (network) LastError = "Could not reach the metrics server (network error, wrong address, or missing permission).";
            else if (status == 400) LastError = "The metrics server rejected the data (HTTP 400): a metric type conflict or malformed push.";
            else if (status == 401 || status == 403) LastError = $"The metrics server refused the credentials (HTTP {status}).";
            else if (status == 404) LastError = "The address answered 404: check the URL and the sink type.";
            else LastError = $"The metrics server answered HTTP {status} {statusText}.";
        }
    }
}
