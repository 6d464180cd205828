using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Google.Protobuf;
using Jint;
using NUnit.Framework;
using WebRtcStatsExporter.JintTests.Harness;
using WebRtcStatsExporter.Tests.Prompb;

namespace WebRtcStatsExporter.JintTests.Scenarios
{
    /// <summary>The compiled background.js as a Prometheus remote_write client: the bytes it hands to
    /// fetch are read back with Snappier and Google.Protobuf (the reference implementations), so
    /// the protobuf and snappy code that cs2js compiled is checked as JavaScript, not only in .NET.</summary>
    public sealed class RemoteWriteTests : ScenarioBase
    {
        private const string WriteUrl = "http://prom.test:9090/api/v1/write";
        private const ulong StaleBits = 0x7ff0000000000002UL;

        private void RemoteWriteSettings(string tenant = "")
            => Settings(s => { s["sink"] = "remotewrite"; s["url"] = WriteUrl; s["remoteWriteTenant"] = tenant; });

        private static WriteRequest Decode(FetchRequest r)
            => WriteRequest.Parser.ParseFrom(Snappier.Snappy.DecompressToArray(r.BodyBytes!));

        private static Dictionary<string, string> Labels(TimeSeries ts) => ts.Labels.ToDictionary(l => l.Name, l => l.Value);

        private static bool IsStale(TimeSeries ts) => (ulong)BitConverter.DoubleToInt64Bits(ts.Samples[0].Value) == StaleBits;

        [Test]
        public void CallIsWrittenAsSnappyProtobufAndEndsWithStalenessMarkers()
        {
            RemoteWriteSettings("team-a");
            B.StartWorker();
            Frame f = Page(7);
            Advance(10);
            int pc = NewPc(f);
            SetState(f, pc, "connected");
            Advance(7100);
            Advance(5000);
            List<FetchRequest> posts = Requests("POST");
            Assert.That(posts, Has.Count.GreaterThanOrEqualTo(2), "a write every push interval");
            FetchRequest first = posts[0];
            Assert.Multiple(() =>
            {
                Assert.That(first.Url, Is.EqualTo(WriteUrl));
                Assert.That(first.Header("content-type"), Is.EqualTo("application/x-protobuf"));
                Assert.That(first.Header("content-encoding"), Is.EqualTo("snappy"));
                Assert.That(first.Header("x-prometheus-remote-write-version"), Is.EqualTo("0.1.0"));
                Assert.That(first.Header("x-scope-orgid"), Is.EqualTo("team-a"));
                Assert.That(first.BodyBytes, Is.Not.Null, "sent as bytes (Uint8Array)");
                Assert.That(B.CompressionCalls, Is.Zero, "no gzip on remote_write");
            });
            WriteRequest w1 = Decode(first);
            Assert.That(w1.Timeseries, Has.Count.GreaterThan(20), "the call's series (standard metric detail: 24 from a first poll)");
            Assert.That(Snappier.Snappy.DecompressToArray(first.BodyBytes!), Is.EqualTo(w1.ToByteArray()),
                "the bundle's protobuf is byte for byte what Google.Protobuf writes for the same message");
            foreach (TimeSeries ts in w1.Timeseries)
            {
                var names = ts.Labels.Select(l => l.Name).ToList();
                Assert.That(names, Is.EqualTo(names.OrderBy(n => n, StringComparer.Ordinal).ToList()), "labels sorted by name");
                Dictionary<string, string> l = Labels(ts);
                Assert.That(l["job"], Is.EqualTo("webrtc"));
                Assert.That(l["instance"], Is.EqualTo("agent-007"));
                Assert.That(l["agent_id"], Is.EqualTo("agent-007"));
                Assert.That(l["tab"], Is.EqualTo("0"));
                Assert.That(ts.Samples[0].Timestamp, Is.InRange((long)first.At - 10_000, (long)first.At), "a timestamp from the worker's clock");
                Assert.That(IsStale(ts), Is.False);
            }
            TimeSeries packets = w1.Timeseries.First(t => Labels(t)["__name__"] == "webrtc_inbound_received_packets_total");
            Assert.That(packets.Samples[0].Value, Is.GreaterThan(0));
            WriteRequest w2 = Decode(posts[1]);
            Assert.That(w2.Timeseries[0].Samples[0].Timestamp, Is.GreaterThan(w1.Timeseries[0].Samples[0].Timestamp), "timestamps move forward");

            int before = TabRequests("POST").Count;
            ClosePc(f, pc);
            Advance(1000);
            Assert.That(TabRequests("POST").Skip(before), Is.Empty, "the final sample goes out at the next push");
            Advance(10_000);
            List<FetchRequest> after = TabRequests("POST").Skip(before).ToList();
            Assert.That(after, Has.Count.EqualTo(2), "the final sample, then one write ends the call");
            WriteRequest final = Decode(after[0]);
            Assert.That(final.Timeseries.Any(t => Labels(t)["__name__"] == "webrtc_connection_info" && Labels(t)["connection_state"] == "closed" && !IsStale(t)), Is.True, "the final sample: the connection closed");
            Assert.That(final.Timeseries.Where(IsStale).Select(t => Labels(t)["__name__"] + "/" + (Labels(t).TryGetValue("connection_state", out var cs) ? cs : "")),
                Is.EqualTo(new[] { "webrtc_connection_info/connected" }), "only the series the final state replaces are marked stale");
            WriteRequest end = Decode(after[1]);
            Assert.That(end.Timeseries, Has.All.Matches<TimeSeries>(IsStale), "every series gets the staleness marker");
            long lastTs = final.Timeseries.Max(t => t.Samples[0].Timestamp);
            long endTs = end.Timeseries.Select(t => t.Samples[0].Timestamp).Distinct().Single();
            Assert.That(endTs, Is.GreaterThan(lastTs).And.LessThanOrEqualTo((long)B.Clock.Now), "marked at the time of the end, after the last sample");
            Assert.That(Requests("DELETE"), Is.Empty, "remote_write has no DELETE");
            int n = TabRequests().Count;
            Advance(120_000);
            Assert.That(TabRequests().Count, Is.EqualTo(n), "nothing more for the call after the end");
            Assert.That(Requests("POST").Where(IsAgentGroup), Is.Not.Empty, "the agent's own group goes on, once a minute");
        }

        [Test]
        public void RefusedWriteIsDroppedWithTheReceiversReasonInThePopup()
        {
            RemoteWriteSettings();
            B.Fetch.Handler = _ => FetchReply.Http(400, "Bad Request", "out of order sample\nmore detail");
            B.StartWorker();
            Frame f = Page(3);
            Advance(10);
            int pc = NewPc(f);
            SetState(f, pc, "connected");
            Advance(7100);
            Assert.That(Requests("POST"), Has.Count.EqualTo(2), "the new call's first sample at once, then the tick's");
            var popup = new Realm(B, "popup", "worker", null);
            B.DeadRealms.Add(popup);
            var json = JsonNode.Parse(popup.Await(popup.Eval("chrome.runtime.sendMessage({ type: 'wse/status', tabId: 3 }).then(r => JSON.stringify(r))")).AsString())!;
            Assert.That(json["lastError"]!.ToString(), Is.EqualTo("HTTP 400 Bad Request: out of order sample"));

            // the end write is refused too: dropped, never retried (a 4xx will not change)
            B.Fetch.Handler = _ => FetchReply.Http(400, "Bad Request", "bad");
            int before = TabRequests("POST").Count;
            ClosePc(f, pc);
            Advance(300_000);
            List<FetchRequest> after = TabRequests("POST").Skip(before).ToList();
            Assert.That(after.Count, Is.EqualTo(2), "the final sample and the end, each refused once and not resent");
            Assert.That(Decode(after[1]).Timeseries, Has.All.Matches<TimeSeries>(IsStale));
        }

        [Test]
        public void ARefusalThatEchoesTheCredentialNeverShowsIt()
        {
            Settings(s => { s["sink"] = "remotewrite"; s["url"] = WriteUrl; }, new JsonObject { ["version"] = 2, ["bearerToken"] = "tok-s3cret" });
            // what Debian's vmauth 1.79.5 answers for an unknown token
            B.Fetch.Handler = _ => FetchReply.Http(400, "Bad Request", "cannot find the provided auth token \"Bearer tok-s3cret\" in config");
            B.StartWorker();
            Frame f = Page(3);
            Advance(10);
            SetState(f, NewPc(f), "connected");
            Advance(7100);
            Assert.That(Requests("POST").Select(r => r.Header("authorization")), Is.EqualTo(new[] { "Bearer tok-s3cret", "Bearer tok-s3cret" }), "at the call's start and at the tick");
            var popup = new Realm(B, "popup", "worker", null);
            B.DeadRealms.Add(popup);
            var json = JsonNode.Parse(popup.Await(popup.Eval("chrome.runtime.sendMessage({ type: 'wse/status', tabId: 3 }).then(r => JSON.stringify(r))")).AsString())!;
            Assert.That(json["lastError"]!.ToString(), Is.EqualTo("HTTP 400 Bad Request: cannot find the provided auth token \"Bearer [redacted]\" in config"));
        }

        [Test]
        public void UnavailableReceiverGetsTheEndAgainAfterBackoff()
        {
            RemoteWriteSettings();
            B.StartWorker();
            Frame f = Page(3);
            Advance(10);
            int pc = NewPc(f);
            SetState(f, pc, "connected");
            Advance(7100);
            Assert.That(Requests("POST"), Has.Count.EqualTo(2), "the new call's first sample at once, then the tick's");
            B.Fetch.Handler = _ => FetchReply.Http(503, "Service Unavailable");
            ClosePc(f, pc);
            Advance(11_000); // the final sample's push at the next tick, then the end's
            Assert.That(TabRequests("POST"), Has.Count.GreaterThanOrEqualTo(4));
            B.Fetch.Handler = _ => FetchReply.Http(204, "No Content");
            Advance(120_000);
            List<FetchRequest> ends = TabRequests("POST").Skip(2).ToList();
            Assert.That(ends.Count, Is.InRange(3, 6), "retried once per push interval, then stopped once accepted");
            Assert.That(ends.Last().Status, Is.EqualTo(204));
            Assert.That(Decode(ends.Last()).Timeseries, Has.All.Matches<TimeSeries>(IsStale));
        }
    }
}
