using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using NUnit.Framework;

namespace WebRtcStatsExporter.JintTests.Harness
{
    /// <summary>One Browser (fresh engines) per test; after each test, every realm must be free of
    /// uncaught errors and unhandled rejections, and the extension must have logged nothing.</summary>
    public abstract class ScenarioBase
    {
        protected Browser B = null!;
        protected bool ExpectConsoleOutput;
        protected bool ExpectErrors;
        /// <summary>The test provokes exceptions in the worker (and asserts how they are counted).</summary>
        protected bool ExpectWorkerErrors;

        public const string PushUrl = "http://pushgw.test:9091";
        public const string TeamsUrl = "https://teams.microsoft.com/v2/";

        [SetUp]
        public void NewBrowser()
        {
            B = new Browser();
            ExpectConsoleOutput = false;
            ExpectErrors = false;
            ExpectWorkerErrors = false;
        }

        [TearDown]
        public void CheckRealms()
        {
            if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed) { DumpState(); return; }
            string? problems = RealmProblems();
            if (problems != null) Assert.Fail(problems);
        }

        /// <summary>What the teardown fails on, or null: uncaught errors, unhandled rejections, an
        /// exception the worker caught at a listener's top (unless <see cref="ExpectWorkerErrors"/>),
        /// anything else the extension logged (unless <see cref="ExpectConsoleOutput"/>).</summary>
        protected string? RealmProblems()
        {
            var errors = B.AllRealms().SelectMany(r => r.Errors).ToList();
            if (!ExpectErrors && errors.Count > 0) return "uncaught errors / unhandled rejections in the bundles:\n" + string.Join("\n", errors);
            // The worker counts and logs an exception that escaped a listener (WorkerErrors): unless
            // the test provoked it, that is a bug.
            var workerErrors = WorkerErrorLines();
            if (!ExpectWorkerErrors && workerErrors.Count > 0) return "unexpected exceptions in the service worker (counted in webrtc_exporter_worker_errors_total):\n" + string.Join("\n", workerErrors);
            var console = B.AllRealms().SelectMany(r => r.Console.Where(c => !IsWorkerError(c)).Select(c => $"[{r.Name}] {c}")).ToList();
            if (!ExpectConsoleOutput && console.Count > 0) return "the extension logged to the console:\n" + string.Join("\n", console);
            return null;
        }

        /// <summary>Lines the worker wrote for exceptions it caught at a listener's top (see src/Background/WorkerErrors.cs).</summary>
        public const string WorkerErrorPrefix = "error: webrtc-stats-exporter: worker error in ";

        protected static bool IsWorkerError(string consoleLine) => consoleLine.StartsWith(WorkerErrorPrefix, StringComparison.Ordinal);

        protected List<string> WorkerErrorLines()
            => B.AllRealms().SelectMany(r => r.Console.Where(IsWorkerError).Select(c => $"[{r.Name}] {c}")).ToList();

        protected void DumpState()
        {
            foreach (Realm r in B.AllRealms())
            {
                foreach (string e in r.Errors) TestContext.Out.WriteLine("error " + e);
                foreach (string c in r.Console) TestContext.Out.WriteLine($"console [{r.Name}] {c}");
            }
            foreach (FetchRequest f in B.Fetch.Requests) TestContext.Out.WriteLine($"fetch @{f.At - 1_727_000_000_000} {f}");
        }

        /// <summary>Settings as the options page stores them (sync: settings; local: secrets).</summary>
        protected void Settings(Action<JsonObject>? edit = null, JsonObject? secrets = null)
        {
            var s = new JsonObject
            {
                ["version"] = 2, ["enabled"] = true, ["sink"] = "pushgateway", ["url"] = PushUrl, ["job"] = "webrtc",
                ["agentId"] = "agent-007", ["pollIntervalSeconds"] = 2, ["pushIntervalSeconds"] = 5, ["gzip"] = true,
            };
            edit?.Invoke(s);
            // The options page asked for the endpoint's origin when it saved (the worker checks).
            string? url = s["url"]?.ToString();
            if (url != null && Uri.TryCreate(url, UriKind.Absolute, out Uri? u) && !u.IsLoopback)
            {
                string pattern = u.Scheme + "://" + u.Authority + "/*";
                if (!B.GrantedOrigins.Contains(pattern)) B.GrantedOrigins.Add(pattern);
            }
            B.SetStorage("sync", "settings", s);
            if (secrets != null) B.SetStorage("local", "secrets", secrets);
        }

        protected Frame Page(int tabId, string url = TeamsUrl, int frameId = 0) => B.LoadFrame(tabId, frameId, url);

        /// <summary>new RTCPeerConnection(...) by the page (with a TURN credential in the config).</summary>
        protected int NewPc(Frame f)
        {
            JsValue v = f.Main.Eval("(() => { const pc = new RTCPeerConnection({ iceServers: [{ urls: 'turn:turn.example:3478', username: 'u', credential: 'turn-secret' }] }); (globalThis.__pcs = globalThis.__pcs || []).push(pc); return __pcs.length - 1; })()");
            return (int)v.AsNumber();
        }

        protected void SetState(Frame f, int pc, string state) => f.Main.Eval($"__wse.rtc.setState(__pcs[{pc}], '{state}')");
        protected void ClosePc(Frame f, int pc) => f.Main.Eval($"__pcs[{pc}].close()");

        protected void Advance(double ms) => B.Clock.AdvanceBy(ms);

        protected List<FetchRequest> Requests(string? method = null) => B.Fetch.Requests.Where(r => method == null || r.Method == method).ToList();

        protected static string GroupUrl(string agent, int tab, string job = "webrtc") => $"{PushUrl}/metrics/job/{job}/instance/{agent}/tab/{tab}";

        /// <summary>The agent's own group (self-metrics, call counters), pushed by the sweep alarm.</summary>
        protected static string AgentGroupUrl(string agent, string job = "webrtc") => $"{PushUrl}/metrics/job/{job}/instance/{agent}";

        /// <summary>Requests for the tabs' call groups, without the agent's own group.</summary>
        protected List<FetchRequest> TabRequests(string? method = null) => Requests(method).Where(r => !IsAgentGroup(r)).ToList();

        /// <summary>A request for the agent's own group: a Pushgateway path without a tab, a
        /// VictoriaMetrics import without extra_label tab, or a body holding webrtc_exporter_info.</summary>
        protected static bool IsAgentGroup(FetchRequest r)
        {
            if (r.Url.Contains("/metrics/job/")) return !r.Url.Contains("/tab/") && !r.Url.Contains("/tab@base64/");
            if (r.Url.Contains("extra_label=")) return !r.Url.Contains("extra_label=tab");
            return RemoteWriteBody.Contains(r, "webrtc_exporter_info");
        }
    }
}
