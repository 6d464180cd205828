using System;
using System.Collections.Generic;
using System.Linq;
using Google.Protobuf;
using NUnit.Framework;
using WebRtcStatsExporter.Shared;
using WebRtcStatsExporter.Tests.Prompb;
using Sample = WebRtcStatsExporter.Tests.Prompb.Sample;
using Series = WebRtcStatsExporter.Shared.Series;

namespace WebRtcStatsExporter.Tests.RemoteWrite
{
    /// <summary>The WriteRequest of a recorded call against Google.Protobuf (generated from
    /// remote_write.proto), and the sink's requests: headers, labels, timestamps, staleness.</summary>
    public class WriteRequestTests
    {
        public const ulong StaleNaNBits = 0x7ff0000000000002UL;
        private static readonly GroupKey Key = new GroupKey { Job = "webrtc", Agent = "agent-007", TabSlot = 0 };

        public static byte[] FixtureBody(out List<WriteSeries> series)
        {
            GoldenTests.ExpositionOfFixture(out MetricsSnapshot snapshot);
            series = RemoteWriteSink.SeriesOf(snapshot, Key);
            foreach (WriteSeries w in series) w.TimestampMs = 1727000000000;
            return WriteRequestEncoding.Encode(series);
        }

        private static WriteRequest Reference(List<WriteSeries> series)
        {
            var request = new WriteRequest();
            foreach (WriteSeries w in series)
            {
                var ts = new TimeSeries();
                for (int i = 0; i < w.Names.Length; i++) ts.Labels.Add(new Label { Name = w.Names[i], Value = w.Values[i] });
                ts.Samples.Add(new Sample { Value = w.Stale ? BitConverter.Int64BitsToDouble((long)StaleNaNBits) : w.Value, Timestamp = (long)w.TimestampMs });
                request.Timeseries.Add(ts);
            }
            return request;
        }

        private static WriteRequest Decode(HttpRequestSpec r) => WriteRequest.Parser.ParseFrom(Snappier.Snappy.DecompressToArray(r.BodyBytes!));

        private static Dictionary<string, string> Labels(TimeSeries ts) => ts.Labels.ToDictionary(l => l.Name, l => l.Value);

        [Test]
        public void Recorded_call_encodes_byte_for_byte_as_google_protobuf()
        {
            byte[] ours = FixtureBody(out List<WriteSeries> series);
            byte[] reference = Reference(series).ToByteArray();
            Assert.That(series, Has.Count.GreaterThan(30));
            Assert.That(ours, Is.EqualTo(reference));
        }

        [Test]
        public void Staleness_marker_has_the_exact_nan_bits()
        {
            var series = new List<WriteSeries> { new WriteSeries { Names = new[] { "__name__" }, Values = new[] { "x" }, Stale = true, TimestampMs = 5, Key = "x" } };
            byte[] ours = WriteRequestEncoding.Encode(series);
            Assert.That(ours, Is.EqualTo(Reference(series).ToByteArray()));
            double v = WriteRequest.Parser.ParseFrom(ours).Timeseries[0].Samples[0].Value;
            Assert.That((ulong)BitConverter.DoubleToInt64Bits(v), Is.EqualTo(StaleNaNBits));
        }

        [Test]
        public void Every_exposition_line_is_one_series_with_the_group_labels_sorted_by_name()
        {
            string text = GoldenTests.ExpositionOfFixture(out MetricsSnapshot snapshot);
            snapshot.AtMs = 1727000000123;
            HttpRequestSpec r = new RemoteWriteSink().Push(Make.Settings(x => { x.sink = SinkKinds.RemoteWrite; x.url = "http://prom:9090/api/v1/write"; }), Key, snapshot);
            WriteRequest w = Decode(r);
            string[] lines = text.Split('\n').Where(l => l.Length > 0 && !l.StartsWith("#")).ToArray();
            Assert.That(w.Timeseries, Has.Count.EqualTo(lines.Length));
            Assert.That(r.SeriesCount, Is.EqualTo(lines.Length));
            var keys = new List<string>();
            foreach (TimeSeries ts in w.Timeseries)
            {
                var names = ts.Labels.Select(l => l.Name).ToList();
                Assert.That(names, Is.EqualTo(names.OrderBy(n => n, StringComparer.Ordinal).ToList()), "labels sorted by name");
                Assert.That(names[0], Is.EqualTo("__name__"));
                Dictionary<string, string> l = Labels(ts);
                Assert.That(l["job"], Is.EqualTo("webrtc"));
                Assert.That(l["instance"], Is.EqualTo("agent-007"));
                Assert.That(l["agent_id"], Is.EqualTo("agent-007"));
                Assert.That(l["tab"], Is.EqualTo("0"));
                Assert.That(l.Values, Has.None.Empty, "empty label values are left out");
                Assert.That(ts.Samples, Has.Count.EqualTo(1));
                Assert.That(ts.Samples[0].Timestamp, Is.EqualTo(1727000000123));
                // the same value as the exposition line with the same labels
                string selector = string.Join(",", ts.Labels.Where(x => x.Name is not ("__name__" or "job" or "instance" or "tab")).Select(x => x.Name + "=\"" + x.Value + "\""));
                string line = lines.Single(x => x.StartsWith(l["__name__"] + "{") && LabelsOf(x).SetEquals(ts.Labels.Where(y => y.Name is not ("__name__" or "job" or "instance" or "tab")).Select(y => y.Name + "=\"" + y.Value + "\"")));
                Assert.That(double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(ts.Samples[0].Value), line);
                keys.Add(string.Join("\u0002", ts.Labels.Select(x => x.Name + "\u0001" + x.Value)));
            }
            Assert.That(keys, Is.EqualTo(keys.OrderBy(k => k, StringComparer.Ordinal).ToList()), "series in a stable order");
        }

        private static HashSet<string> LabelsOf(string line)
        {
            int open = line.IndexOf('{'), close = line.LastIndexOf('}');
            var set = new HashSet<string>();
            foreach (string part in line.Substring(open + 1, close - open - 1).Split("\","))
            {
                string p = part.EndsWith("\"") ? part : part + "\"";
                if (!p.EndsWith("=\"\"")) set.Add(p);
            }
            return set;
        }

        [Test]
        public void Request_carries_the_remote_write_headers_auth_and_tenant()
        {
            GoldenTests.ExpositionOfFixture(out MetricsSnapshot snapshot);
            Settings s = Make.Settings(x =>
            {
                x.sink = SinkKinds.RemoteWrite; x.url = " https://mimir.example/api/v1/push "; x.remoteWriteTenant = "team-a";
                x.username = "bob"; x.password = "pä:ss";
            });
            HttpRequestSpec r = new RemoteWriteSink().Push(s, Key, snapshot);
            Assert.That(r.Method, Is.EqualTo("POST"));
            Assert.That(r.Url, Is.EqualTo("https://mimir.example/api/v1/push"));
            Assert.That(r.Body, Is.Null);
            Assert.That(r.Gzip, Is.False, "remote_write is snappy only");
            Assert.That(r.Header("Content-Type"), Is.EqualTo("application/x-protobuf"));
            Assert.That(r.Header("Content-Encoding"), Is.EqualTo("snappy"));
            Assert.That(r.Header("X-Prometheus-Remote-Write-Version"), Is.EqualTo("0.1.0"));
            Assert.That(r.Header("X-Scope-OrgID"), Is.EqualTo("team-a"));
            Assert.That(r.Header("Authorization"), Is.EqualTo("Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("bob:pä:ss"))));
            s.username = ""; s.password = ""; s.bearerToken = "tok"; s.remoteWriteTenant = "";
            HttpRequestSpec b = new RemoteWriteSink().Push(s, Key, snapshot);
            Assert.That(b.Header("Authorization"), Is.EqualTo("Bearer tok"));
            Assert.That(b.Header("X-Scope-OrgID"), Is.Null);
        }

        private static MetricsSnapshot Snapshot(double at, params (string name, string pc, double value)[] series)
        {
            var snap = new MetricsSnapshot { AtMs = at };
            foreach (var g in series.GroupBy(x => x.name))
            {
                var f = new MetricFamily { Name = g.Key };
                foreach (var x in g) f.Series.Add(new Series { LabelNames = new[] { "agent_id", "pc" }, LabelValues = new[] { "agent-007", x.pc }, Value = x.value });
                snap.Families.Add(f);
            }
            return snap;
        }

        [Test]
        public void A_series_that_disappears_gets_a_staleness_marker_and_the_end_marks_all()
        {
            var clock = new ManualClock(500);
            var sink = new RemoteWriteSink(clock);
            Settings s = Make.Settings(x => { x.sink = SinkKinds.RemoteWrite; x.url = "http://prom:9090/api/v1/write"; });
            WriteRequest first = Decode(sink.Push(s, Key, Snapshot(1000, ("m", "0", 1), ("m", "1", 2))));
            Assert.That(first.Timeseries.Select(t => t.Samples[0].Value), Is.EqualTo(new[] { 1.0, 2.0 }));
            // pc 1 closed: its series ends with a marker at the new push time
            WriteRequest second = Decode(sink.Push(s, Key, Snapshot(2000, ("m", "0", 3))));
            Assert.That(second.Timeseries, Has.Count.EqualTo(2));
            TimeSeries stale = second.Timeseries.Single(t => Labels(t)["pc"] == "1");
            Assert.That((ulong)BitConverter.DoubleToInt64Bits(stale.Samples[0].Value), Is.EqualTo(StaleNaNBits));
            Assert.That(stale.Samples[0].Timestamp, Is.EqualTo(2000));
            // the call ends before the clock passed the last sample: the marker still comes after it
            HttpRequestSpec early = sink.End(s, Key)!;
            Assert.That(Decode(early).Timeseries[0].Samples[0].Timestamp, Is.EqualTo(2001));
            sink.Push(s, Key, Snapshot(3000, ("m", "0", 4)));
            // the call ends at 7.5 s: every series last sent gets a marker at the time of the end
            clock.Now = 7500.4;
            HttpRequestSpec end = sink.End(s, Key)!;
            Assert.That(end.IsDelete, Is.True, "the queue keeps and retries it like a DELETE");
            WriteRequest ended = Decode(end);
            Assert.That(ended.Timeseries.Select(t => Labels(t)["pc"]), Is.EqualTo(new[] { "0" }));
            Assert.That((ulong)BitConverter.DoubleToInt64Bits(ended.Timeseries[0].Samples[0].Value), Is.EqualTo(StaleNaNBits));
            Assert.That(ended.Timeseries[0].Samples[0].Timestamp, Is.EqualTo(7500));
            Assert.That(sink.End(s, Key), Is.Null, "nothing left to end");
            Assert.That(sink.GroupCount, Is.Zero);
        }

        [Test]
        public void Timestamps_strictly_increase_per_group_even_without_new_data()
        {
            var sink = new RemoteWriteSink();
            Settings s = Make.Settings(x => { x.sink = SinkKinds.RemoteWrite; x.url = "http://prom:9090/api/v1/write"; });
            long[] ts = new[] { 5000.0, 5000, 4000, 5000.7, 9000 }
                .Select(at => Decode(sink.Push(s, Key, Snapshot(at, ("m", "0", at)))).Timeseries[0].Samples[0].Timestamp).ToArray();
            Assert.That(ts, Is.EqualTo(new long[] { 5000, 5001, 5002, 5003, 9000 }));
            var other = new GroupKey { Job = "webrtc", Agent = "agent-007", TabSlot = 1 };
            Assert.That(Decode(sink.Push(s, other, Snapshot(4000, ("m", "0", 1)))).Timeseries[0].Samples[0].Timestamp, Is.EqualTo(4000), "groups are independent");
        }

        [Test]
        public void Sinks_dispatches_remote_write_and_the_empty_test_write_decodes()
        {
            Settings s = Make.Settings(x => { x.sink = SinkKinds.RemoteWrite; x.url = "http://prom:9090/api/v1/write"; });
            var key = new GroupKey { Job = "webrtc", Agent = "dispatch-test", TabSlot = 3 };
            HttpRequestSpec? r = Sinks.Push(s, key, Snapshot(1000, ("m", "0", 1)));
            Assert.That(r!.Header("Content-Encoding"), Is.EqualTo("snappy"));
            Assert.That(Sinks.Delete(s, key)!.EndsGroup, Is.True);
            HttpRequestSpec empty = RemoteWriteSink.Empty(s, key);
            Assert.That(empty.BodyBytes, Is.EqualTo(new byte[] { 0 }), "an empty WriteRequest is a zero-length snappy block");
            Assert.That(Decode(empty).Timeseries, Is.Empty);
        }
    }
}
