using System.Linq;
using Jint;
using System.Text.Json.Nodes;
using NUnit.Framework;
using WebRtcStatsExporter.JintTests.Harness;

namespace WebRtcStatsExporter.JintTests.Scenarios
{
    /// <summary>Issue 12: the options page's "Test connection" answered by the real worker bundle
    /// (<c>wse/test-connection</c>): one request with the form's fields in the message (not the stored
    /// settings), the outcome in words, no push counted, and no answer to a content script.</summary>
    public sealed class ConnectionTestTests : ScenarioBase
    {
        private const string Other = "http://other-pgw.test:9091";

        /// <summary>The options page's request: the form's fields as text (<paramref name="fieldsJson"/>:
        /// key → text; the fields not sent keep the stored values).</summary>
        private static string Request(string fieldsJson) =>
            $"(() => {{ const f = {fieldsJson}; return {{ type: 'wse/test-connection', keys: Object.keys(f), values: Object.values(f) }}; }})()";

        private JsonNode? AskFromPage(string fieldsJson)
        {
            var page = new Realm(B, "options", "worker", null);
            B.DeadRealms.Add(page);
            var resp = page.Await(page.Eval($"chrome.runtime.sendMessage({Request(fieldsJson)}).then(r => JSON.stringify(r))"));
            return JsonNode.Parse(resp.AsString());
        }

        private static string Form(string url) => $"{{ sink: 'pushgateway', url: '{url}', job: 'webrtc', agentId: 'agent-test', pushIntervalSeconds: '5' }}";

        [Test]
        public void TheWorkerTestsTheFormsEndpointWithItsCredentials_AndCountsNoPush()
        {
            Settings();
            B.GrantedOrigins.Add(Other + "/*");
            B.Fetch.Handler = _ => FetchReply.Accepted();
            B.StartWorker();
            Advance(100);
            int before = B.Fetch.Requests.Count;
            JsonNode answer = AskFromPage(Form(Other).Replace("sink:", "username: 'ops', password: 'pw', sink:"))!;
            FetchRequest test = B.Fetch.Requests.Skip(before).Single();
            Assert.That(test.Method, Is.EqualTo("DELETE"));
            Assert.That(test.Url, Is.EqualTo(Other + "/metrics/job/webrtc/instance/agent-test/tab/9999"), "the form's settings, not the stored ones");
            Assert.That(test.Header("Authorization"), Is.EqualTo("Basic b3BzOnB3"), "ops:pw from the form's fields");
            // sent as a push is (HttpSender.Fetch): an address that answers only by redirecting, which a
            // push would not follow, fails the test too instead of reading "Connected"
            Assert.That((test.Redirect, test.Cache, test.Credentials), Is.EqualTo(("error", "no-store", "omit")));
            Assert.That(answer["ok"]!.GetValue<bool>(), Is.True);
            Assert.That(answer["text"]!.ToString(), Does.Match(@"^Connected: HTTP 202 in \d+ ms\.$"));
            var popup = new Realm(B, "popup", "worker", null);
            B.DeadRealms.Add(popup);
            JsonNode status = JsonNode.Parse(popup.Await(popup.Eval("chrome.runtime.sendMessage({ type: 'wse/status', tabId: 1 }).then(r => JSON.stringify(r))")).AsString())!;
            Assert.That(status["pushes"]!.GetValue<int>(), Is.EqualTo(0), "a test is not a push");
        }

        [Test]
        public void RefusalsAndMissingAccessAreWorded()
        {
            Settings();
            B.Fetch.Handler = r => r.Url.StartsWith(PushUrl) ? FetchReply.Http(401, "Unauthorized") : FetchReply.Network();
            B.StartWorker();
            Advance(100);
            JsonNode refused = AskFromPage(Form(PushUrl))!;
            Assert.That(refused["ok"]!.GetValue<bool>(), Is.False);
            Assert.That(refused["text"]!.ToString(), Is.EqualTo("HTTP 401 Unauthorized: the endpoint wants credentials, or rejected the ones given."));
            JsonNode noAccess = AskFromPage(Form(Other))!;
            Assert.That(noAccess["text"]!.ToString(), Is.EqualTo("Chrome has not granted access to " + Other + ": allow it when asked, then try again."));
            JsonNode invalid = AskFromPage(Form("ftp://x"))!;
            Assert.That(invalid["text"]!.ToString(), Is.EqualTo("Correct the highlighted fields first."));
            Assert.That(invalid["errors"]![0]!["field"]!.ToString(), Is.EqualTo("url"), "shown beside the URL");
        }

        /// <summary>fetch rejected with the platform's own abort or timeout (a DOMException named
        /// AbortError or TimeoutError, not the test's own timer): the worker reads the error's JS name,
        /// not the .NET exception its catch block made of it, and says there was no answer in time.</summary>
        [TestCase("AbortError", "The user aborted a request.")]
        [TestCase("TimeoutError", "The operation was aborted due to timeout")]
        public void APlatformAbortOrTimeoutIsWordedAsNoAnswer(string name, string message)
        {
            Settings();
            B.Fetch.Handler = r => r.Url.StartsWith(PushUrl) ? FetchReply.Rejected(name, message) : FetchReply.Accepted();
            B.StartWorker();
            Advance(100);
            JsonNode answer = AskFromPage(Form(PushUrl))!;
            Assert.That(answer["ok"]!.GetValue<bool>(), Is.False);
            Assert.That(answer["text"]!.ToString(), Does.Match(@"^No answer within \d+ seconds\.$"));
        }

        [Test]
        public void AContentScriptGetsNoAnswerAndNothingIsSent()
        {
            Settings();
            B.StartWorker();
            Frame f = Page(1);
            Advance(100);
            int before = B.Fetch.Requests.Count;
            var answer = f.Isolated.Await(f.Isolated.Eval(
                $"chrome.runtime.sendMessage({Request(Form(Other))}).then(r => JSON.stringify(r))"));
            Assert.That(answer.AsString(), Is.EqualTo("null"));
            Assert.That(B.Fetch.Requests.Count, Is.EqualTo(before));
        }
    }
}
