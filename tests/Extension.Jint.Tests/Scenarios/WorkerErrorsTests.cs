using System.Linq;
using System.Text.Json.Nodes;
using Jint;
using NUnit.Framework;
using WebRtcStatsExporter.JintTests.Harness;

namespace WebRtcStatsExporter.JintTests.Scenarios
{
    /// <summary>Issue 15, item 5: an exception that escapes a listener of the real worker bundle is
    /// counted, logged and shown, never swallowed silently; the worker keeps working; and the
    /// harness's teardown fails on one that a test did not provoke.</summary>
    public sealed class WorkerErrorsTests : ScenarioBase
    {
        private Frame Call(int tabId)
        {
            Frame f = Page(tabId);
            Advance(10);
            int pc = NewPc(f);
            SetState(f, pc, "connected");
            return f;
        }

        private JsonNode Status(int tabId)
        {
            var popup = new Realm(B, "popup", "worker", null);
            B.DeadRealms.Add(popup);
            return JsonNode.Parse(popup.Await(popup.Eval($"chrome.runtime.sendMessage({{ type: 'wse/status', tabId: {tabId} }}).then(r => JSON.stringify(r))")).AsString())!;
        }

        [Test]
        public void A_full_session_storage_is_counted_and_shown_and_pushing_resumes_when_it_clears()
        {
            Settings();
            B.StartWorker("installed");
            Call(1);
            Advance(7100);
            int before = Requests("PUT").Count;
            Assert.That(before, Is.GreaterThan(0));

            B.SessionQuotaExceeded = true;
            Advance(10_000);
            var lines = WorkerErrorLines();
            Assert.That(lines, Is.Not.Empty, "the failed writes are logged");
            Assert.That(lines.All(l => l.Contains("quota")), Is.True, string.Join("\n", lines));
            Assert.That(lines.Select(l => l.Split(" worker error in ")[1].Split(':')[0]).Distinct(), Is.SubsetOf(new[] { "message", "push" }));
            Assert.That(Status(1)["lastError"]!.ToString(), Does.StartWith("Internal error in the service worker"));
            ExpectWorkerErrors = true;
            Assert.That(RealmProblems(), Is.Null, "expected by this test");
            ExpectWorkerErrors = false;
            Assert.That(RealmProblems(), Does.StartWith("unexpected exceptions in the service worker"), "the teardown fails on them otherwise");
            ExpectWorkerErrors = true;

            B.SessionQuotaExceeded = false;
            int during = Requests("PUT").Count;
            Advance(10_000);
            Assert.That(Requests("PUT").Count, Is.GreaterThan(during), "pushing goes on");
            Assert.That(Requests("PUT").Last().Status, Is.EqualTo(200));
        }
    }
}
