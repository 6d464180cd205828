using System.Collections.Generic;
using System.Threading.Tasks;
using NUnit.Framework;
using WebRtcStatsExporter.Background;
using WebRtcStatsExporter.Shared;
using WebRtcStatsExporter.Worker.Tests.Fakes;

namespace WebRtcStatsExporter.Worker.Tests
{
    /// <summary>Issue 12: the options page's "Test connection" runs in the worker
    /// (<c>wse/test-connection</c>): what it sends, how it words the outcome, and whom it answers.</summary>
    public sealed class ConnectionTesterTests
    {
        private const string Pages = "chrome-extension://abcdefghijklmnop/";
        private const string OptionsPage = Pages + "options.html";
        private readonly ManualClock clock = new(1_000);
        private FakeProbe probe = null!;
        private ConnectionTester tester = null!;

        [SetUp]
        public void Wire()
        {
            probe = new FakeProbe(clock);
            tester = new ConnectionTester(probe, clock, Pages);
        }

        private static TestConnectionRequest Request(Settings s) => new()
        {
            type = TestConnectionRequest.Type, settings = SettingsStore.ToSync(s), secrets = SettingsStore.ToLocal(s),
        };

        private static Settings Gateway() => WorkerUnderTest.Configure(SettingsStore.Defaults());

        [Test]
        public async Task Pushgateway_is_tested_with_a_delete_of_an_unused_group_and_the_time_is_reported()
        {
            probe.LatencyMs = 37;
            probe.Reply = new ProbeResult { Answered = true, Status = 202, StatusText = "Accepted" };
            TestConnectionAnswer? a = await tester.Answer(Request(Gateway()), OptionsPage);
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
            await tester.Answer(Request(s), OptionsPage);
            Assert.That(probe.Sent[0].Header("Authorization"), Is.EqualTo("Basic " + System.Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("ops:pa:ss"))));
        }

        [Test]
        public async Task Refusals_are_worded_by_status()
        {
            probe.Reply = new ProbeResult { Answered = true, Status = 401, StatusText = "Unauthorized" };
            Assert.That((await tester.Answer(Request(Gateway()), OptionsPage))!.text,
                Is.EqualTo("HTTP 401 Unauthorized: the endpoint wants credentials, or rejected the ones given."));
            Settings rw = Gateway();
            rw.sink = SinkKinds.RemoteWrite;
            rw.url = "https://mimir.test/api/v1/push";
            probe.Reply = new ProbeResult { Answered = true, Status = 404, StatusText = "Not Found" };
            TestConnectionAnswer? a = await tester.Answer(Request(rw), OptionsPage);
            Assert.That(probe.Sent[1].Method, Is.EqualTo("POST"));
            Assert.That(a!.ok, Is.False);
            Assert.That(a.text, Is.EqualTo("HTTP 404 Not Found: nothing at this address. Is it the remote write endpoint's full path?"));
            probe.Reply = new ProbeResult { Answered = true, Status = 400, StatusText = "Bad Request", Body = "  out of order sample \n" };
            Assert.That((await tester.Answer(Request(rw), OptionsPage))!.text, Is.EqualTo("HTTP 400 Bad Request: out of order sample"));
        }

        [Test]
        public async Task No_answer_says_whether_it_was_a_timeout_missing_access_or_nothing()
        {
            probe.Reply = new ProbeResult { TimedOut = true, ErrorName = "AbortError" };
            Assert.That((await tester.Answer(Request(Gateway()), OptionsPage))!.text, Is.EqualTo("No answer within 10 seconds."));
            probe.Reply = new ProbeResult { ErrorName = "TypeError", ErrorMessage = "Failed to fetch" };
            Assert.That((await tester.Answer(Request(Gateway()), OptionsPage))!.text,
                Is.EqualTo("Chrome has not granted access to http://pgw.test:9091: allow it when asked, then try again."));
            probe.GrantedOrigins.Add("http://pgw.test:9091");
            TestConnectionAnswer? a = await tester.Answer(Request(Gateway()), OptionsPage);
            Assert.That(a!.ok, Is.False);
            Assert.That(a.text, Does.StartWith("Unreachable: no answer from http://pgw.test:9091 ("));
        }

        [Test]
        public async Task Invalid_endpoint_fields_are_refused_without_a_request_but_other_fields_do_not_matter()
        {
            Settings s = Gateway();
            s.url = "ftp://pgw.test";
            TestConnectionAnswer? a = await tester.Answer(Request(s), OptionsPage);
            Assert.That(a!.ok, Is.False);
            Assert.That(a.text, Does.StartWith("Not tested: "));
            Assert.That(probe.Sent, Is.Empty);
            Settings other = Gateway();
            other.vmTenant = "7"; // only applies to VictoriaMetrics: an error, but not the test's business
            Assert.That(SettingsStore.Validate(other), Is.Not.Empty);
            Assert.That((await tester.Answer(Request(other), OptionsPage))!.ok, Is.True);
        }

        [Test]
        public async Task Only_the_extensions_own_pages_get_an_answer_and_only_to_a_well_formed_request()
        {
            Assert.That(await tester.Answer(Request(Gateway()), "https://softphone.example/app"), Is.Null, "a content script's sender");
            Assert.That(await tester.Answer(Request(Gateway()), null), Is.Null);
            Assert.That(await tester.Answer(Request(Gateway()), "chrome-extension://otherextension/options.html"), Is.Null);
            Assert.That(await tester.Answer(null, OptionsPage), Is.Null);
            TestConnectionRequest noSecrets = Request(Gateway());
            noSecrets.secrets = "x";
            Assert.That(await tester.Answer(noSecrets, OptionsPage), Is.Null);
            Assert.That(await new ConnectionTester(probe, clock, "").Answer(Request(Gateway()), OptionsPage), Is.Null, "no base, no answer");
            Assert.That(probe.Sent, Is.Empty);
        }
    }
}
