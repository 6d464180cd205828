namespace WebRtcStatsExporter.Background
{
    /// <summary>One wording for each way the metrics endpoint can fail a request, used by both places
    /// that explain it to an operations engineer: the popup's last push error (<see cref="HttpSender"/>
    /// into <see cref="Health.LastError"/>) and the options page's connection test
    /// (<see cref="ConnectionTester"/>). Each caller adds only what its context knows: the push names
    /// its timeout as one push interval, the test names the sink's kind of URL and the origin it tried.</summary>
    public static class EndpointProblems
    {
        /// <summary>An HTTP answer outside 2xx: its status line, then why. 401, 403 and 404 have one
        /// sentence each (a 404's ends with <paramref name="notFoundHint"/>, what to check about the
        /// address); any other status shows the receiver's own reason from <paramref name="body"/>
        /// (first line, shortened, credentials redacted), and a 400 without one its two usual causes.</summary>
        public static string Refused(int status, string statusText, string body, string notFoundHint)
        {
            string why = status == 401 ? "the endpoint wants credentials, or rejected the ones given."
                : status == 403 ? "the credentials are not allowed to write here."
                : status == 404 ? "nothing at this address. " + notFoundHint
                : Reason(body);
            if (why.Length == 0 && status == 400) why = "a metric type conflict or a malformed request.";
            return "HTTP " + status + (statusText.Length > 0 ? " " + statusText : "") + (why.Length > 0 ? ": " + why : ".");
        }

        /// <summary>The request was aborted after <paramref name="timeoutMs"/>.</summary>
        public static string NoAnswer(double timeoutMs, string why) => "No answer within " + (int)(timeoutMs / 1000) + " seconds" + why + ".";

        /// <summary>fetch failed without an answer: the causes a browser does not tell apart.</summary>
        public static string Unreachable(string from)
            => "Unreachable: no answer from " + from + " (server down, wrong address or port, certificate problem, a redirect, or refused by CORS).";

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
        /// provided auth token \"Basic …\""): neither the popup nor the options page shows a credential.</summary>
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
