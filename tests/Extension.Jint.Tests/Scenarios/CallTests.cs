using System.Linq;
using NUnit.Framework;
using WebRtcStatsExporter.JintTests.Harness;

namespace WebRtcStatsExporter.JintTests.Scenarios
{
    /// <summary>Calls from start to end through hook → bridge → worker → Pushgateway.</summary>
    public sealed class CallTests : ScenarioBase
    {
        private const string Teams = "https://teams.microsoft.com";

        /// <summary>A page with a connected call: one poll reached the worker.</summary>
        private (Frame f, int pc) ConnectedCall(int tabId, string url = TeamsUrl)
        {
            Frame f = Page(tabId, url);
            Advance(10);
            int pc = NewPc(f);
            SetState(f, pc, "connecting");
            SetState(f, pc, "connected");
            return (f, pc);
        }

        [Test]
        public void CallFromStartToEnd_PutsTheGroupThenDeletesIt()
        {
            Settings();
            B.StartWorker("installed");
            var (f, pc) = ConnectedCall(7);
            Advance(2100); // first poll
            Assert.That(B.MessagesDelivered, Is.GreaterThan(0), "the first poll reached the worker");
            Assert.That(B.Badge(7), Is.EqualTo("1"), "badge shows the live connection");
            Advance(5000); // first push tick
            var puts = Requests("PUT");
            Assert.That(puts, Is.Not.Empty, "a PUT after the push interval");
            FetchRequest put = puts[0];
            Assert.Multiple(() =>
            {
                Assert.That(put.Url, Is.EqualTo(GroupUrl("agent-007", 0)));
                Assert.That(put.Header("content-type"), Is.EqualTo("text/plain; version=0.0.4; charset=utf-8"));
                Assert.That(put.Header("content-encoding"), Is.EqualTo("gzip"), "gzip through CompressionStream");
                Assert.That(put.BodyBytes, Is.Not.Null, "the compressed body is bytes");
                Assert.That(B.CompressionCalls, Is.GreaterThan(0));
                Assert.That(put.HasSignal, Is.True, "every request has an abort signal (timeout)");
                Assert.That(put.Cache, Is.EqualTo("no-store"));
                Assert.That(put.Credentials, Is.EqualTo("omit"));
            });
            string body = put.Body!;
            string labels = $"agent_id=\"agent-007\",platform=\"teams\",origin=\"{Teams}\"";
            Assert.Multiple(() =>
            {
                Assert.That(Expo.Value(body, "webrtc_live_connections", labels), Is.EqualTo(1));
                Assert.That(Expo.Value(body, "webrtc_inbound_received_packets_total", labels, "pc=\"0\"", "kind=\"audio\""), Is.GreaterThan(0));
                Assert.That(Expo.Value(body, "webrtc_connection_info", "pc=\"0\"", "connection_state=\"connected\""), Is.EqualTo(1));
                Assert.That(body, Does.Contain("# TYPE webrtc_inbound_received_packets_total counter"));
                Assert.That(body, Does.Not.Contain("turn-secret"), "no ICE credentials");
                Assert.That(body, Does.Not.Contain("/v2/"), "origin only, never a path");
                Assert.That(body, Does.Not.Match(@"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b"), "no IP addresses");
                Assert.That(body, Does.Not.Contain("IT01A1234567"), "no stats ids");
            });
            Assert.That(Expo.Promtool(body), Is.Empty, "promtool check metrics");

            int beforeClose = Requests("PUT").Count;
            ClosePc(f, pc);
            Advance(1000);
            Assert.That(B.Badge(7), Is.EqualTo(""), "badge cleared");
            Assert.That(Requests("DELETE"), Is.Empty, "the final sample is pushed before the group goes");
            Advance(5000); // the next push tick carries the final sample
            FetchRequest final = Requests("PUT").Skip(beforeClose).Last(r => r.Url == GroupUrl("agent-007", 0));
            Assert.That(Expo.Value(final.Body!, "webrtc_connection_info", "pc=\"0\"", "connection_state=\"closed\""), Is.EqualTo(1), "the final sample: the connection closed");
            Assert.That(Expo.Value(final.Body!, "webrtc_live_connections"), Is.EqualTo(0));
            Advance(5000); // one push interval later the group goes
            var deletes = Requests("DELETE");
            Assert.That(deletes, Has.Count.EqualTo(1), "DELETE once the call ended");
            Assert.That(deletes[0].Url, Is.EqualTo(GroupUrl("agent-007", 0)));
            Assert.That(deletes[0].Body, Is.Null);
            Assert.That(deletes[0].Id, Is.GreaterThan(final.Id), "after the final sample");
            int after = B.Fetch.Requests.Count;
            Advance(120_000);
            Assert.That(B.Fetch.Requests.Skip(after).Where(r => r.Method == "PUT" && r.Url == GroupUrl("agent-007", 0)), Is.Empty, "no PUT after the DELETE (the group would come back)");
            Assert.That(B.Fetch.Requests.Skip(after).Where(r => r.Method == "PUT").Select(r => r.Url).Distinct(),
                Is.EqualTo(new[] { AgentGroupUrl("agent-007") }), "only the agent's own group, once a minute");
        }

        [Test]
        public void PushedExpositionIsPromtoolClean()
        {
            Settings();
            B.StartWorker();
            ConnectedCall(1);
            Advance(7100);
            var puts = Requests("PUT");
            Assert.That(puts, Is.Not.Empty);
            string body = puts.Last().Body!;
            Assert.That(Expo.Promtool(body), Is.Empty, "promtool check metrics complained on:\n" + body);
            TestContext.Out.WriteLine(body);
            TestContext.Out.WriteLine($"{Expo.Samples(body).Count()} series, {body.Length} bytes raw, {puts.Last().BodyBytes?.Length} bytes gzipped");
        }

        [Test]
        public void TwoConnectionsInOneTab_ShareTheGroupWithPcLabels()
        {
            Settings();
            B.StartWorker();
            var (f, pc0) = ConnectedCall(4);
            int pc1 = NewPc(f);
            SetState(f, pc1, "connected");
            Advance(7100);
            Assert.That(B.Badge(4), Is.EqualTo("2"));
            string body = Requests("PUT").Last().Body!;
            Assert.Multiple(() =>
            {
                Assert.That(Expo.Values(body, "webrtc_inbound_received_packets_total", "pc=\"0\""), Has.Count.EqualTo(1));
                Assert.That(Expo.Values(body, "webrtc_inbound_received_packets_total", "pc=\"1\""), Has.Count.EqualTo(1));
                Assert.That(Expo.Value(body, "webrtc_live_connections"), Is.EqualTo(2));
                Assert.That(Requests("PUT").Select(r => r.Url).Distinct(), Is.EqualTo(new[] { GroupUrl("agent-007", 0) }), "one group per tab");
            });
            Assert.That(Expo.Promtool(body), Is.Empty);

            ClosePc(f, pc1);
            Advance(100);
            Assert.That(B.Badge(4), Is.EqualTo("1"), "badge follows the live count");
            Assert.That(Requests("DELETE"), Is.Empty, "the tab still has a call");
            int before = Requests("PUT").Count;
            Advance(10_000);
            var later = Requests("PUT").Skip(before).Where(r => r.Url == GroupUrl("agent-007", 0)).ToList();
            Assert.That(later, Has.Count.GreaterThanOrEqualTo(2));
            Assert.That(Expo.Value(later[0].Body!, "webrtc_connection_info", "pc=\"1\"", "connection_state=\"closed\""), Is.EqualTo(1), "the ended connection's final sample is pushed once");
            string body2 = later.Last().Body!;
            Assert.That(Expo.Values(body2, "webrtc_inbound_received_packets_total", "pc=\"1\""), Is.Empty, "then the ended connection leaves the group");
            Assert.That(Expo.Value(body2, "webrtc_live_connections"), Is.EqualTo(1));

            ClosePc(f, pc0);
            Advance(100);
            Assert.That(B.Badge(4), Is.EqualTo(""));
            Advance(10_000);
            Assert.That(Requests("DELETE").Select(r => r.Url), Is.EqualTo(new[] { GroupUrl("agent-007", 0) }));
        }

        [Test]
        public void TwoTabs_TwoGroups_ClosingOneDeletesOnlyItsGroup()
        {
            Settings();
            B.StartWorker();
            ConnectedCall(3, TeamsUrl);
            ConnectedCall(9, "https://acme.my.connect.aws/ccp-v2/");
            Advance(7100);
            var urls = Requests("PUT").Select(r => r.Url).Distinct().OrderBy(u => u).ToList();
            Assert.That(urls, Is.EqualTo(new[] { GroupUrl("agent-007", 0), GroupUrl("agent-007", 1) }));
            string connect = Requests("PUT").Last(r => r.Body!.Contains("platform=\"connect\"")).Body!;
            Assert.That(connect, Does.Contain("origin=\"https://acme.my.connect.aws\""));
            Assert.That(connect, Does.Not.Contain("platform=\"teams\""), "each group holds only its own tab");
            Assert.That(B.Badge(3), Is.EqualTo("1"));
            Assert.That(B.Badge(9), Is.EqualTo("1"));
            string connectUrl = Requests("PUT").Last(r => r.Body!.Contains("platform=\"connect\"")).Url;
            string teamsUrl = urls.Single(u => u != connectUrl);

            B.CloseTab(9);
            Advance(100);
            Assert.That(Requests("DELETE").Select(r => r.Url), Is.EqualTo(new[] { connectUrl }));
            int before = Requests("PUT").Count;
            Advance(10_000);
            Assert.That(Requests("PUT").Skip(before).Select(r => r.Url).Distinct(), Is.EqualTo(new[] { teamsUrl }), "the other tab keeps pushing");
        }

        [Test]
        public void BadgeShowsTheLiveConnectionCount()
        {
            Settings();
            B.StartWorker();
            Frame f = Page(5);
            Advance(10);
            int a = NewPc(f), b = NewPc(f), c = NewPc(f);
            SetState(f, a, "connected");
            Advance(2100);
            Assert.That(B.Badge(5), Is.EqualTo("1"));
            SetState(f, b, "connected");
            SetState(f, c, "connected");
            Advance(2100);
            Assert.That(B.Badge(5), Is.EqualTo("3"));
            Assert.That(B.BadgeColor.ContainsKey(5), Is.True, "a background colour is set for the tab");
            ClosePc(f, b);
            Advance(100);
            Assert.That(B.Badge(5), Is.EqualTo("2"));
            SetState(f, c, "failed");
            Advance(100);
            Assert.That(B.Badge(5), Is.EqualTo("1"));
            ClosePc(f, a);
            Advance(100);
            Assert.That(B.Badge(5), Is.EqualTo(""));
        }

        [Test]
        public void NavigatingTheTabAwayDeletesItsGroup()
        {
            Settings();
            B.StartWorker();
            ConnectedCall(2);
            Advance(7100);
            Assert.That(Requests("PUT"), Is.Not.Empty);
            B.Navigate(2, "https://news.example.com/");
            Advance(100);
            Assert.That(Requests("DELETE").Select(r => r.Url), Is.EqualTo(new[] { GroupUrl("agent-007", 0) }));
        }

        [Test]
        public void TabStatusUpdatesWithoutUrlDoNotEndTheCall()
        {
            Settings();
            B.StartWorker();
            ConnectedCall(2);
            Advance(2100);
            B.TabUpdated(2, new System.Text.Json.Nodes.JsonObject { ["status"] = "complete" });
            B.TabUpdated(2, new System.Text.Json.Nodes.JsonObject { ["title"] = "Call with Sam" });
            Advance(5100);
            Assert.That(Requests("DELETE"), Is.Empty, "a title/status change is not a navigation");
            Assert.That(Requests("PUT"), Is.Not.Empty);
        }
    }
}
