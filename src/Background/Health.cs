using WebRtcStatsExporter.Shared;

namespace WebRtcStatsExporter.Background
{
    /// <summary>Delivery health for the popup (in memory; rebuilt after a worker restart).</summary>
    public sealed class Health
    {
        public double LastSuccessAt;
        public string LastError = "";
        public int Pushes;
        public double Bytes;

        public void Success(double now, double bytes)
        {
            LastSuccessAt = now;
            LastError = "";
            Pushes++;
            Bytes += bytes;
        }

        public void Failure(int status, string statusText, bool timedOut, bool network, string reason = "", double timeoutMs = 0)
        {
            string why = Reason(reason);
            if (timedOut) LastError = "The metrics server did not answer within " + (int)(timeoutMs / 1000) + " seconds (one push interval).";
            else if (network) LastError = "Could not reach the metrics server (network error, wrong address, or missing permission).";
            else if (status == 400) LastError = "The metrics server rejected the data (HTTP 400)" + (why.Length > 0 ? ": " + why : ": a metric type conflict or malformed push.");
            else if (status == 401 || status == 403) LastError = $"The metrics server refused the credentials (HTTP {status}).";
            else if (status == 404) LastError = "The address answered 404: check the URL and the sink type.";
            else LastError = $"The metrics server answered HTTP {status} {statusText}" + (why.Length > 0 ? ": " + why : ".");
        }

        /// <summary>The first line of a refusal's body, shortened (receivers explain a 4xx there,
        /// e.g. Prometheus' "out of order sample").</summary>
        private static string Reason(string body)
        {
            string t = body.Trim();
            int nl = t.IndexOf('\n');
            if (nl >= 0) t = t.Substring(0, nl).Trim();
            t = t.Length > 160 ? t.Substring(0, 160) + "…" : t;
            return RedactCredentials(t);
        }

        /// <summary>Some proxies echo the Authorization header they refused (vmauth: "cannot find the
        /// provided auth token \"Basic …\""): the popup never shows a credential.</summary>
        private static string RedactCredentials(string text)
        {
            string t = text;
            foreach (string scheme in new[] { "Basic ", "Bearer " })
            {
                int at = t.IndexOf(scheme);
                while (at >= 0)
                {
                    int start = at + scheme.Length;
                    int end = start;
                    while (end < t.Length && t[end] != ' ' && t[end] != '"' && t[end] != '\'' && t[end] != '\n') end++;
                    t = t.Substring(0, start) + "[redacted]" + t.Substring(end);
                    at = t.IndexOf(scheme, start + 10);
                }
            }
            return t;
        }
    }
}
