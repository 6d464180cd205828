using System.Collections.Generic;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>A request to make, described without doing it. Background turns it into fetch();
    /// when <see cref="Gzip"/> is set it compresses <see cref="Body"/> and adds
    /// <c>Content-Encoding: gzip</c> only after compression succeeded.</summary>
    public sealed class HttpRequestSpec
    {
        public string Method = "PUT";
        public string Url = "";
        public List<string> HeaderNames = new List<string>();
        public List<string> HeaderValues = new List<string>();
        /// <summary>Exposition text, or null (DELETE, or a binary body).</summary>
        public string? Body;
        /// <summary>A binary body sent as is (remote_write: snappy-compressed protobuf).</summary>
        public byte[]? BodyBytes;
        /// <summary>A request that ends its group without DELETE (remote_write staleness markers):
        /// the queue treats it as a delete (kept and retried, replaced only by a newer push).</summary>
        public bool EndsGroup;
        /// <summary>Set by the sender when the request was abandoned unanswered (the push interval passed).</summary>
        public bool TimedOut;
        public bool Gzip;
        /// <summary>The group this request belongs to (<see cref="GroupKey.Id"/>).</summary>
        public string Group = "";
        /// <summary>Series in the body (for health and benchmarks).</summary>
        public int SeriesCount;
        /// <summary>HTTP status of the last attempt (0: no answer), set by the sender.</summary>
        public int Status;
        /// <summary>How long the sender waits for the answer before aborting (set by
        /// <see cref="DeliveryQueue.TakeReady"/>: one push interval).</summary>
        public double TimeoutMs = DeliveryQueue.MinRequestTimeoutMs;

        public bool IsDelete => Method == "DELETE" || EndsGroup;

        public string? Header(string name)
        {
            for (int i = 0; i < HeaderNames.Count; i++) if (HeaderNames[i] == name) return HeaderValues[i];
            return null;
        }
    }

    /// <summary>Writes a snapshot to the chosen sink as request descriptions.
    /// Pushgateway: <c>PUT {url}/metrics/job/…/instance/…/tab/…</c> (the group holds exactly the
    /// current state), <c>DELETE</c> of the same path when the tab's calls end.
    /// VictoriaMetrics: <c>POST {url}/api/v1/import/prometheus?extra_label=job=…&amp;extra_label=instance=…&amp;extra_label=tab=…</c>
    /// (cluster: <c>{url}/insert/&lt;tenant&gt;/prometheus/api/v1/import/prometheus</c>); there is no
    /// delete: series go stale once pushes stop (Prometheus-style staleness, 5 min by default).
    /// Prometheus remote write: see <see cref="RemoteWriteSink"/>.</summary>
    public static class Sinks
    {
        /// <summary>The remote_write sink of this worker (it remembers the series it sent per group).</summary>
        public static readonly RemoteWriteSink RemoteWrite = new RemoteWriteSink();

        public static string BaseUrl(string url)
        {
            string u = url.Trim();
            while (u.EndsWith("/")) u = u.Substring(0, u.Length - 1);
            return u;
        }

        public static HttpRequestSpec? Push(Settings s, GroupKey key, MetricsSnapshot snapshot)
        {
            if (s.sink == SinkKinds.RemoteWrite) return RemoteWrite.Push(s, key, snapshot);
            string body = Exposition.Write(snapshot);
            HttpRequestSpec r = s.sink == SinkKinds.VictoriaMetrics
                ? new HttpRequestSpec { Method = "POST", Url = VictoriaUrl(s, key) }
                : new HttpRequestSpec { Method = "PUT", Url = BaseUrl(s.url) + GroupingPath.Path(key) };
            r.Body = body;
            r.Gzip = s.gzip;
            r.Group = key.Id;
            r.SeriesCount = snapshot.SeriesCount();
            AddHeader(r, "Content-Type", Exposition.ContentType);
            AddAuth(r, s);
            return r;
        }

        /// <summary>The request that removes a group, or null when the sink has no delete
        /// (VictoriaMetrics). Remote write: staleness markers for the group's series.</summary>
        public static HttpRequestSpec? Delete(Settings s, GroupKey key)
        {
            if (s.sink == SinkKinds.RemoteWrite) return RemoteWrite.End(s, key);
            if (s.sink == SinkKinds.VictoriaMetrics) return null;
            var r = new HttpRequestSpec { Method = "DELETE", Url = BaseUrl(s.url) + GroupingPath.Path(key), Group = key.Id };
            AddAuth(r, s);
            return r;
        }

        public static string VictoriaUrl(Settings s, GroupKey key)
        {
            string path = s.vmTenant.Length > 0
                ? "/insert/" + TextEncoding.PercentEncode(s.vmTenant) + "/prometheus/api/v1/import/prometheus"
                : "/api/v1/import/prometheus";
            string[] names = key.LabelNames();
            string[] values = key.LabelValues();
            string q = "";
            for (int i = 0; i < names.Length; i++)
            {
                q += (i == 0 ? "?" : "&") + "extra_label=" + TextEncoding.PercentEncode(names[i] + "=" + values[i]);
            }
            return BaseUrl(s.url) + path + q;
        }

        internal static void AddHeader(HttpRequestSpec r, string name, string value)
        {
            r.HeaderNames.Add(name);
            r.HeaderValues.Add(value);
        }

        internal static void AddAuth(HttpRequestSpec r, Settings s)
        {
            if (s.bearerToken.Length > 0) AddHeader(r, "Authorization", "Bearer " + s.bearerToken);
            else if (s.username.Length > 0) AddHeader(r, "Authorization", "Basic " + TextEncoding.Base64(s.username + ":" + s.password, false));
        }
    }
}
