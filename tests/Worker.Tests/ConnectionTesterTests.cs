using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using WebRtcStatsExporter.Background;
using WebRtcStatsExporter.Shared;
using WebRtcStatsExporter.Worker.Tests.Fakes;

namespace WebRtcStatsExporter.Worker.Tests
{
    /// <summary>Issue 12: the options page's "Test connection" runs in the worker
    /// (<c>wse/test-connection</c>, the form's fields as text): what it sends, how it words the
    /// outcome, and whom it answers.</summary>
    public sealed class ConnectionTesterTests
    {
        private const string Pages = "chrome-extension://abcdefghijklmnop/";
        private const string OptionsPage = Pages + "options.html";
        private readonly ManualClock clock = new(1_000);
        private FakeProbe probe = null!;
        private OptionsAnswers answers = null!;

        [SetUp]
        public void Wire()
        {
            probe = new FakeProbe(clock);
            answers = new OptionsAnswers(new WorkerUnderTest().Settings, probe, new ConnectionTester(probe, clock), _ => Task.FromResult(true), Pages, new FakePackageFiles(), new WorkerUnderTest().Errors);
        }

        /// <summary>The form as the page sends it, every field showing <paramref name="s"/>.</summary>
        private static TestConnectionRequest Request(Settings s)
        {
            SaveSettingsRequest f = OptionsAnswersTests.Form(s);
            return new TestConnectionRequest { type = TestConnectionRequest.Type, keys = f.keys, values = f.values };
        }

        private static Settings Gateway() => WorkerUnderTest.Configure(SettingsStore.Defaults());

        [Test]
        public async Task Pushgateway_is_tested_with_a_delete_of_an_unused_group_and_the_time_is_reported()
        {
            probe.LatencyMs = 37;
            probe.Reply = new ProbeResult { Answered = true, Status = 202, StatusText = "Accepted" };
            TestConnectionAnswer? a = await answers.Test(Request(Gateway()), OptionsPage);
            Assert.That(probe.Sent, Has.Count.EqualTo(1));
            Assert.That(probe.Sent[0].Method, Is.EqualTo("DELETE"));
            Assert.That(probe.Sent[0].Url, Is.EqualTo(WorkerUnderTest.Gateway + "/metrics/job/webrtc/instance/agent-007/tab/9999"));
            Assert.That(probe.Timeouts, Is.EqualTo(new[] { ConnectionTester.TimeoutMs }));
            Assert.That(a!.ok, Is.True);
            Assert.That(a.text, Is.EqualTo("Connected: HTTP 202 in 37 ms."));
        }

        [Test]
        public async Task Secrets_from_the_message_are_sent_as_credentials()
        {
            Settings s = Gateway();
            s.username = "ops";
            s.password = "pa:ss";
            await answers.Test(Request(s), OptionsPage);
            Assert.That(probe.Sent[0].Header("Authorization"), Is.EqualTo("Basic " + System.Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("ops:pa:ss"))));
        }

        [Test]
        public async Task Refusals_are_worded_by_status()
        {
            probe.Reply = new ProbeResult { Answered = true, Status = 401, StatusText = "Unauthorized" };
            Assert.That((await answers.Test(Request(Gateway()), OptionsPage))!.text,
                Is.EqualTo("HTTP 401 Unauthorized: the endpoint wants credentials, or rejected the ones given."));
            Settings rw = Gateway();
            rw.sink = SinkKinds.RemoteWrite;
            rw.url = "https://mimir.test/api/v1/push";
            probe.Reply = new ProbeResult { Answered = true, Status = 404, StatusText = "Not Found" };
            TestConnectionAnswer? a = await answers.Test(Request(rw), OptionsPage);
            Assert.That(probe.Sent[1].Method, Is.EqualTo("POST"));
            Assert.That(a!.ok, Is.False);
            Assert.That(a.text, Is.EqualTo("HTTP 404 Not Found: nothing at this address. Is it the remote write endpoint's full path?"));
            probe.Reply = new ProbeResult { Answered = true, Status = 400, StatusText = "Bad Request", Body = "  out of order sample \n" };
            Assert.That((await answers.Test(Request(rw), OptionsPage))!.text, Is.EqualTo("HTTP 400 Bad Request: out of order sample"));
        }

        /// <summary>The test words a refusal as the popup words a refused push (EndpointProblems): the
        /// receiver's reason is its first line, and a credential a proxy echoes is never shown.</summary>
        [Test]
        public async Task Refusals_show_the_receivers_first_line_without_credentials_as_the_popup_does()
        {
            Settings s = Gateway();
            s.bearerToken = "tok-s3cret";
            probe.Reply = new ProbeResult { Answered = true, Status = 400, StatusText = "Bad Request", Body = "cannot find the provided auth token \"Bearer tok-s3cret\" in config\nmore detail" };
            Assert.That((await answers.Test(Request(s), OptionsPage))!.text,
                Is.EqualTo("HTTP 400 Bad Request: cannot find the provided auth token \"Bearer [redacted]\" in config"));
            probe.Reply = new ProbeResult { Answered = true, Status = 400, StatusText = "Bad Request" };
            Assert.That((await answers.Test(Request(s), OptionsPage))!.text, Is.EqualTo("HTTP 400 Bad Request: a metric type conflict or a malformed request."));
            probe.Reply = new ProbeResult { Answered = true, Status = 502 };
            Assert.That((await answers.Test(Request(s), OptionsPage))!.text, Is.EqualTo("HTTP 502."));
            probe.Reply = new ProbeResult { Answered = true, Status = 403, StatusText = "Forbidden", Body = "denied" };
            Assert.That((await answers.Test(Request(s), OptionsPage))!.text, Is.EqualTo("HTTP 403 Forbidden: the credentials are not allowed to write here."));
        }

        [Test]
        public async Task No_answer_says_whether_it_was_a_timeout_missing_access_or_nothing()
        {
            probe.Reply = new ProbeResult { TimedOut = true, ErrorName = "AbortError" };
            Assert.That((await answers.Test(Request(Gateway()), OptionsPage))!.text, Is.EqualTo("No answer within 10 seconds."));
            probe.Reply = new ProbeResult { ErrorName = "TypeError", ErrorMessage = "Failed to fetch" };
            Assert.That((await answers.Test(Request(Gateway()), OptionsPage))!.text,
                Is.EqualTo("Chrome has not granted access to http://pgw.test:9091: allow it when asked, then try again."));
            probe.GrantedOrigins.Add("http://pgw.test:9091");
            TestConnectionAnswer? a = await answers.Test(Request(Gateway()), OptionsPage);
            Assert.That(a!.ok, Is.False);
            Assert.That(a.text, Does.StartWith("Unreachable: no answer from http://pgw.test:9091 ("));
        }

        [Test]
        public async Task Invalid_endpoint_fields_are_refused_without_a_request_but_other_fields_do_not_matter()
        {
            Settings s = Gateway();
            s.url = "ftp://pgw.test";
            TestConnectionAnswer? a = await answers.Test(Request(s), OptionsPage);
            Assert.That(a!.ok, Is.False);
            Assert.That(a.text, Is.EqualTo("Correct the highlighted fields first."));
            Assert.That(a.errors!.Select(e => e.field), Is.EqualTo(new[] { "url" }), "shown beside the URL");
            Assert.That(probe.Sent, Is.Empty);
            Settings other = Gateway();
            other.vmTenant = "7"; // only applies to VictoriaMetrics: an error, but not the test's business
            Assert.That(SettingsStore.Validate(other), Is.Not.Empty);
            Assert.That((await answers.Test(Request(other), OptionsPage))!.ok, Is.True);
        }

        [Test]
        public async Task Only_the_extensions_own_pages_get_an_answer_and_only_to_a_well_formed_request()
        {
            Assert.That(await answers.Test(Request(Gateway()), "https://softphone.example/app"), Is.Null, "a content script's sender");
            Assert.That(await answers.Test(Request(Gateway()), null), Is.Null);
            Assert.That(await answers.Test(Request(Gateway()), "chrome-extension://otherextension/options.html"), Is.Null);
            Assert.That(await answers.Test(null, OptionsPage), Is.Null);
            TestConnectionRequest unpaired = Request(Gateway());
            unpaired.values = new[] { "x" };
            Assert.That(await answers.Test(unpaired, OptionsPage), Is.Null);
            TestConnectionRequest save = Request(Gateway());
            save.type = Messages.SaveSettings;
            Assert.That(await answers.Test(save, OptionsPage), Is.Null, "another message's type");
            var noBase = new OptionsAnswers(new WorkerUnderTest().Settings, probe, new ConnectionTester(probe, clock), _ => Task.FromResult(true), "", new FakePackageFiles(), new WorkerUnderTest().Errors);
            Assert.That(await noBase.Test(Request(Gateway()), OptionsPage), Is.Null, "no base, no answer");
            Assert.That(probe.Sent, Is.Empty);
        }
    }
}
