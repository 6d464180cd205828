using System;
using System.Collections.Generic;

namespace WebRtcStatsExporter.Shared
{
    /// <summary>One series of a remote_write request: labels sorted by name (with <c>__name__</c>),
    /// one sample. <see cref="Stale"/> sends the staleness marker instead of <see cref="Value"/>.</summary>
    public sealed class WriteSeries
    {
        public string[] Names = new string[0];
        public string[] Values = new string[0];
        public double Value;
        public double TimestampMs;
        public bool Stale;
        /// <summary>The label set as one string (identity of the series).</summary>
        public string Key = "";
    }

    /// <summary>The remote_write 1.0 message (prometheus/prompb): <c>WriteRequest { repeated
    /// TimeSeries timeseries = 1; }</c>, <c>TimeSeries { repeated Label labels = 1; repeated Sample
    /// samples = 2; }</c>, <c>Label { string name = 1; string value = 2; }</c>, <c>Sample { double
    /// value = 1; int64 timestamp = 2; }</c>.</summary>
    public static class WriteRequestEncoding
    {
        /// <summary>The staleness marker: the NaN with bit pattern 0x7ff0000000000002, which
        /// Prometheus reads as "this series ended here" (any other NaN is a plain value).</summary>
        public const uint StaleHigh = 0x7FF00000u;
        public const uint StaleLow = 2u;

        /// <summary>One pass, no nested buffers: message lengths are computed from the UTF-8 sizes
        /// first, and each distinct string is encoded once (label names and most values repeat
        /// across a call's series).</summary>
        public static byte[] Encode(List<WriteSeries> series)
        {
            var w = new ProtoWriter();
            var utf8 = new Dictionary<string, byte[]>();
            foreach (WriteSeries s in series)
            {
                int labelsLength = 0;
                for (int i = 0; i < s.Names.Length; i++)
                {
                    int n = LabelLength(Utf8Of(utf8, s.Names[i]), Utf8Of(utf8, s.Values[i]));
                    labelsLength += 1 + ProtoWriter.VarintSize(n) + n;
                }
                int sampleLength = (s.Stale || s.Value != 0 ? 9 : 0) + (s.TimestampMs != 0 ? 1 + ProtoWriter.VarintSize(s.TimestampMs) : 0);
                w.Tag(1, ProtoWriter.WireLengthDelimited);
                w.Varint(labelsLength + 1 + ProtoWriter.VarintSize(sampleLength) + sampleLength);
                for (int i = 0; i < s.Names.Length; i++)
                {
                    byte[] name = Utf8Of(utf8, s.Names[i]);
                    byte[] value = Utf8Of(utf8, s.Values[i]);
                    w.Tag(1, ProtoWriter.WireLengthDelimited);
                    w.Varint(LabelLength(name, value));
                    w.Utf8(1, name);
                    w.Utf8(2, value);
                }
                w.Tag(2, ProtoWriter.WireLengthDelimited);
                w.Varint(sampleLength);
                if (s.Stale) w.DoubleBits(1, StaleLow, StaleHigh);
                else w.Double(1, s.Value);
                w.Int64(2, s.TimestampMs);
            }
            return w.ToArray();
        }

        private static int LabelLength(byte[] name, byte[] value)
            => (name.Length == 0 ? 0 : 1 + ProtoWriter.VarintSize(name.Length) + name.Length)
             + (value.Length == 0 ? 0 : 1 + ProtoWriter.VarintSize(value.Length) + value.Length);

        private static byte[] Utf8Of(Dictionary<string, byte[]> cache, string s)
        {
            if (cache.TryGetValue(s, out byte[]? bytes)) return bytes!;
            byte[] b = TextEncoding.Utf8(s);
            cache[s] = b;
            return b;
        }
    }

    /// <summary>The Prometheus remote_write sink: each push is a snappy-compressed
    /// <c>WriteRequest</c> POSTed to the full write endpoint the user entered. Every series carries
    /// <c>job</c>, <c>instance</c> (the agent id) and <c>tab</c> as the other sinks do. Samples
    /// carry the time the tab's newest stats arrived, kept strictly increasing per group so a
    /// receiver never sees an out-of-order or duplicate sample. There is no delete: a series that
    /// disappears (a connection closed) or a group that ends (the call ended) gets a staleness
    /// marker, so queries stop at once instead of after the 5-minute lookback. The series last sent
    /// per group are remembered in memory for that (after a worker restart they are rebuilt by the
    /// next push; a call that ends before it just goes stale the ordinary way).</summary>
    public sealed class RemoteWriteSink
    {
        public const string ContentType = "application/x-protobuf";
        public const string ProtocolVersion = "0.1.0";
        public const string TenantHeader = "X-Scope-OrgID";

        private sealed class Sent
        {
            public double LastMs;
            public List<WriteSeries> Series = new List<WriteSeries>();
        }

        private readonly Dictionary<string, Sent> sent = new Dictionary<string, Sent>();
        private readonly IClock clock;

        /// <param name="clock">When a call ends (the staleness markers' time); the wall clock by default.</param>
        public RemoteWriteSink(IClock? clock = null) { this.clock = clock ?? new WallClock(); }

        private sealed class WallClock : IClock
        {
            public double NowMs() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        }

        /// <summary>Groups whose series are remembered (for tests and benchmarks).</summary>
        public int GroupCount => sent.Count;

        public HttpRequestSpec Push(Settings s, GroupKey key, MetricsSnapshot snapshot)
        {
            List<WriteSeries> current = SeriesOf(snapshot, key);
            sent.TryGetValue(key.Id, out Sent? before);
            double at = System.Math.Floor(snapshot.AtMs);
            if (before != null && at <= before.LastMs) at = before.LastMs + 1;
            var body = new List<WriteSeries>();
            var keys = new HashSet<string>();
            foreach (WriteSeries w in current)
            {
                w.TimestampMs = at;
                keys.Add(w.Key);
                body.Add(w);
            }
            if (before != null)
            {
                foreach (WriteSeries old in before.Series)
                    if (!keys.Contains(old.Key)) body.Add(StaleOf(old, at));
            }
            sent[key.Id] = new Sent { LastMs = at, Series = current };
            HttpRequestSpec r = Request(s, key, body);
            r.SeriesCount = current.Count;
            return r;
        }

        /// <summary>The request that ends a group: staleness markers for every series last sent,
        /// at the time of the end (as Prometheus marks a series that left a scrape), never before
        /// the last sample. Null when nothing of the group is remembered.</summary>
        public HttpRequestSpec? End(Settings s, GroupKey key)
        {
            if (!sent.TryGetValue(key.Id, out Sent? before)) return null;
            sent.Remove(key.Id);
            if (before.Series.Count == 0) return null;
            var body = new List<WriteSeries>();
            double at = System.Math.Max(System.Math.Floor(clock.NowMs()), before.LastMs + 1);
            foreach (WriteSeries old in before.Series) body.Add(StaleOf(old, at));
            HttpRequestSpec r = Request(s, key, body);
            r.EndsGroup = true;
            return r;
        }

        /// <summary>An empty write (what "Test connection" sends): proves address, reachability
        /// and credentials without storing anything.</summary>
        public static HttpRequestSpec Empty(Settings s, GroupKey key) => Request(s, key, new List<WriteSeries>());

        private static WriteSeries StaleOf(WriteSeries old, double at)
            => new WriteSeries { Names = old.Names, Values = old.Values, Key = old.Key, Stale = true, TimestampMs = at };

        private static HttpRequestSpec Request(Settings s, GroupKey key, List<WriteSeries> series)
        {
            var r = new HttpRequestSpec
            {
                Method = "POST",
                Url = s.url.Trim(),
                BodyBytes = Snappy.Compress(WriteRequestEncoding.Encode(series)),
                Gzip = false,
                Group = key.Id,
            };
            Sinks.AddHeader(r, "Content-Type", ContentType);
            Sinks.AddHeader(r, "Content-Encoding", "snappy");
            Sinks.AddHeader(r, "X-Prometheus-Remote-Write-Version", ProtocolVersion);
            if (s.remoteWriteTenant.Length > 0) Sinks.AddHeader(r, TenantHeader, s.remoteWriteTenant);
            Sinks.AddAuth(r, s);
            return r;
        }

        /// <summary>The snapshot's series with the group's labels added (job, instance, tab), labels
        /// with empty values left out (Prometheus treats them as absent), labels sorted by name,
        /// series sorted by label set and duplicates dropped (first wins), as the exposition does.</summary>
        public static List<WriteSeries> SeriesOf(MetricsSnapshot snapshot, GroupKey key)
        {
            string[] groupNames = key.LabelNames();
            string[] groupValues = key.LabelValues();
            var result = new List<WriteSeries>();
            var seen = new HashSet<string>();
            foreach (MetricFamily f in snapshot.Families)
            {
                foreach (Series series in f.Series)
                {
                    var names = new List<string> { "__name__" };
                    var values = new List<string> { f.Name };
                    for (int i = 0; i < groupNames.Length; i++) AddLabel(names, values, groupNames[i], groupValues[i]);
                    for (int i = 0; i < series.LabelNames.Length; i++) AddLabel(names, values, series.LabelNames[i], series.LabelValues[i]);
                    SortByName(names, values);
                    string k = "";
                    for (int i = 0; i < names.Count; i++) k += names[i] + "\u0001" + values[i] + "\u0002";
                    if (seen.Contains(k)) continue;
                    seen.Add(k);
                    result.Add(new WriteSeries { Names = names.ToArray(), Values = values.ToArray(), Value = series.Value, Key = k });
                }
            }
            result.Sort((x, y) => string.CompareOrdinal(x.Key, y.Key));
            return result;
        }

        private static void AddLabel(List<string> names, List<string> values, string name, string? value)
        {
            if (value == null || value.Length == 0) return;
            // A series label never overrides the group's (job/instance/tab are the group's own).
            if (names.Contains(name)) return;
            names.Add(name);
            values.Add(value);
        }

        /// <summary>Insertion sort by name (a series has about ten labels).</summary>
        private static void SortByName(List<string> names, List<string> values)
        {
            for (int i = 1; i < names.Count; i++)
            {
                string n = names[i], v = values[i];
                int j = i - 1;
                while (j >= 0 && string.CompareOrdinal(names[j], n) > 0)
                {
                    names[j + 1] = names[j];
                    values[j + 1] = values[j];
                    j--;
                }
                names[j + 1] = n;
                values[j + 1] = v;
            }
        }
    }
}
