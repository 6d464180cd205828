using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Playwright;
using NUnit.Framework;
using WebRtcStatsExporter.Browser.Tests.Harness;

namespace WebRtcStatsExporter.Browser.Tests.Scenarios
{
    /// <summary>Issue 12: a stack taken inside each of the six (release-printed, renamed) files while
    /// the extension works maps through the bundle's source map to a real C# file and line, as a
    /// developer reading a user's error report would do. The stacks are recorded by wrapping a browser
    /// API the bundle calls (Reflect in the page's main world, chrome.runtime.sendMessage in the content
    /// script's isolated world, fetch in the worker, DOM calls in the extension pages, string methods
    /// for shared.js, which the worker and the pages load first). One browser.</summary>
    public sealed class SourceMapTests : BrowserTest
    {
        /// <summary>Installs wrappers that push `new Error().stack` on every call (at most 300 stacks) into
        /// globalThis[store]; with <paramref name="only"/>, only the stacks that contain it.</summary>
        private static string Recorder(string wraps, string store = "__wseStacks", string only = "") => @"(() => {
  if (globalThis." + store + @") return;
  const stacks = globalThis." + store + @" = [];
  const apply = Reflect.apply;
  const only = '" + only + @"';
  Error.stackTraceLimit = 40;
  const wrap = (owner, key) => {
    const original = owner && owner[key];
    if (typeof original !== 'function') return;
    owner[key] = function (...args) {
      if (stacks.length < 300) { const s = new Error().stack; if (!only || s.includes(only)) stacks.push(s); }
      return apply(original, this, args);
    };
  };
  " + wraps + @"
})();";

        private const string ReadStacks = "JSON.stringify(globalThis.__wseStacks || [])";

        /// <summary>shared.js (what the worker and the pages both run: URL parsing, platform detection,
        /// string helpers) calls string methods, not browser APIs: its stacks are taken there, in the
        /// worker and the pages, keeping only those through shared.js.</summary>
        private static readonly string SharedRecorder = Recorder(
            "for (const k of ['toLowerCase', 'substring', 'indexOf', 'startsWith', 'split', 'slice']) wrap(String.prototype, k); wrap(Math, 'round');",
            "__wseSharedStacks", "shared.js");

        private const string ReadSharedStacks = "JSON.stringify(globalThis.__wseSharedStacks || [])";

        private static List<string> Parse(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? new List<string>();

        private const string PageWraps = @"
  if (location.protocol === 'chrome-extension:') {
    wrap(Document.prototype, 'createElement');
    wrap(EventTarget.prototype, 'addEventListener');
    if (globalThis.chrome && chrome.runtime) wrap(chrome.runtime, 'sendMessage');
  } else {
    wrap(Reflect, 'get');
    wrap(Reflect, 'apply');
  }";

        [Test]
        public async Task AStackFromEveryBundleMapsBackToCSharp()
        {
            await Browser.Context.AddInitScriptAsync(Recorder(PageWraps));
            await Browser.Context.AddInitScriptAsync("if (location.protocol === 'chrome-extension:') " + SharedRecorder);
            await ConfigureAsync();

            // The page hook (main world) and the content script (isolated world, reached over CDP).
            var page = await StartCallAsync("https://meet.google.com/source-map-call");
            var cdp = await Browser.Context.NewCDPSessionAsync(page);
            var contexts = new List<JsonElement>();
            cdp.Event("Runtime.executionContextCreated").OnEvent += (_, e) => { if (e is { } v) lock (contexts) contexts.Add(v.GetProperty("context").Clone()); };
            await cdp.SendAsync("Runtime.enable");
            int isolated = await PollValue(() =>
            {
                lock (contexts)
                    return contexts.Where(c => c.GetProperty("auxData").GetProperty("type").GetString() == "isolated"
                                               && c.GetProperty("origin").GetString()!.Contains(Browser.ExtensionId))
                        .Select(c => c.GetProperty("id").GetInt32()).FirstOrDefault(-1);
            }, id => id >= 0, "the content script's isolated world");
            await Evaluate(cdp, isolated, Recorder("wrap(chrome.runtime, 'sendMessage');"));

            // The worker (its pushes call fetch), reached from the page's DevTools session: Playwright for
            // .NET has no service-worker handle, so the worker target is attached to and spoken to through it.
            var worker = await WorkerSession.AttachAsync(cdp, "/background.js");
            await worker.EvaluateAsync(Recorder("wrap(globalThis, 'fetch');"));
            await worker.EvaluateAsync(SharedRecorder);

            var options = await Browser.OpenOptionsAsync();
            var popup = await Browser.OpenExtensionPageAsync("popup.html");

            var stacks = new Dictionary<string, List<string>>
            {
                ["override.js"] = await Poll(async () => Parse(await page.EvaluateAsync<string>(ReadStacks)), s => s.Any(x => x.Contains("override.js")), "a stack through override.js"),
                ["content.js"] = await Poll(async () => Parse(await Evaluate(cdp, isolated, ReadStacks)), s => s.Any(x => x.Contains("content.js")), "a stack through content.js"),
                ["background.js"] = await Poll(async () => Parse(await worker.EvaluateAsync(ReadStacks)), s => s.Any(x => x.Contains("background.js")), "a stack through background.js"),
                ["options.js"] = await Poll(async () => Parse(await options.EvaluateAsync<string>(ReadStacks)), s => s.Any(x => x.Contains("options.js")), "a stack through options.js"),
                ["popup.js"] = await Poll(async () => Parse(await popup.EvaluateAsync<string>(ReadStacks)), s => s.Any(x => x.Contains("popup.js")), "a stack through popup.js"),
                // The worker and both pages load shared.js; any of them may be the one that ran it.
                ["shared.js"] = await Poll(async () => Parse(await worker.EvaluateAsync(ReadSharedStacks))
                        .Concat(Parse(await options.EvaluateAsync<string>(ReadSharedStacks)))
                        .Concat(Parse(await popup.EvaluateAsync<string>(ReadSharedStacks))).ToList(),
                    s => s.Any(x => x.Contains("shared.js")), "a stack through shared.js"),
            };

            bool lambdaSeen = false;
            foreach (var (script, recorded) in stacks)
            {
                var map = SourceMapReader.ForBundle(script);
                var mapped = new List<(string Source, int Line, string Text)>();
                var printed = File.ReadAllLines(Path.Combine(Repo.DistUnpacked, script));
                foreach (var (line, col) in recorded.SelectMany(s => SourceMapReader.FramesIn(s, script)).Distinct())
                {
                    var o = map.Lookup(line - 1, col - 1);
                    // The string methods wrapped for shared.js are called first by hand-written runtime
                    // helpers (one `function` per line, no C# behind them); their callers must map.
                    if (o == null && script == "shared.js" && printed[line - 1].StartsWith("function ")) continue;
                    Assert.That(o, Is.Not.Null, $"{script}:{line}:{col} has no mapping");
                    var file = Path.Combine(Repo.Root, o!.Value.Source);
                    Assert.That(o.Value.Source, Does.StartWith("src/").And.EndWith(".cs"), $"{script}:{line}:{col} maps to {o.Value.Source}");
                    Assert.That(File.Exists(file), Is.True, $"{script}:{line}:{col} maps to a missing file {o.Value.Source}");
                    var lines = File.ReadAllLines(file);
                    Assert.That(o.Value.Line, Is.LessThan(lines.Length), $"{script}:{line}:{col} maps past the end of {o.Value.Source}");
                    mapped.Add((o.Value.Source, o.Value.Line + 1, lines[o.Value.Line].Trim()));
                }
                Assert.That(mapped, Is.Not.Empty, $"no frame of {script} in its stacks:\n{string.Join("\n", recorded.Take(3))}");
                foreach (var m in mapped.Distinct().Take(12)) TestContext.Out.WriteLine($"{script} -> {m.Source}:{m.Line}  {m.Text}");
                lambdaSeen |= mapped.Any(m => m.Text.Contains("=>"));
                // The frame that called the wrapped API is the C# line that calls it.
                if (script == "content.js") Assert.That(mapped.Select(m => m.Text), Has.Some.Contains("SendMessage"), "content.js: the frame calling sendMessage");
                if (script == "background.js") Assert.That(mapped.Select(m => m.Text), Has.Some.Contains("Fetch"), "background.js: the frame calling fetch");
            }
            Assert.That(lambdaSeen, Is.True, "no frame mapped to a line inside a lambda");
        }

        /// <summary>A DevTools session with another target (the service worker), over Target.sendMessageToTarget.</summary>
        private sealed class WorkerSession
        {
            private readonly ICDPSession cdp;
            private readonly string sessionId;
            private readonly Dictionary<int, TaskCompletionSource<JsonElement>> pending = new();
            private int nextId = 1;

            private WorkerSession(ICDPSession cdp, string sessionId) { this.cdp = cdp; this.sessionId = sessionId; }

            public static async Task<WorkerSession> AttachAsync(ICDPSession cdp, string urlEnd)
            {
                var targetId = await Poll(async () =>
                {
                    var r = await cdp.SendAsync("Target.getTargets");
                    return r!.Value.GetProperty("targetInfos").EnumerateArray()
                        .Where(t => t.GetProperty("type").GetString() == "service_worker" && t.GetProperty("url").GetString()!.EndsWith(urlEnd))
                        .Select(t => t.GetProperty("targetId").GetString()).FirstOrDefault();
                }, id => id != null, "the service worker target");
                var attached = await cdp.SendAsync("Target.attachToTarget", new Dictionary<string, object> { ["targetId"] = targetId!, ["flatten"] = false });
                var session = new WorkerSession(cdp, attached!.Value.GetProperty("sessionId").GetString()!);
                cdp.Event("Target.receivedMessageFromTarget").OnEvent += (_, e) =>
                {
                    if (e is not { } v || v.GetProperty("sessionId").GetString() != session.sessionId) return;
                    using var doc = JsonDocument.Parse(v.GetProperty("message").GetString()!);
                    if (!doc.RootElement.TryGetProperty("id", out var id)) return;
                    TaskCompletionSource<JsonElement>? done;
                    lock (session.pending) session.pending.Remove(id.GetInt32(), out done);
                    done?.TrySetResult(doc.RootElement.Clone());
                };
                return session;
            }

            public async Task<string> EvaluateAsync(string expression)
            {
                var done = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
                int id;
                lock (pending) { id = nextId++; pending[id] = done; }
                var message = JsonSerializer.Serialize(new { id, method = "Runtime.evaluate", @params = new { expression, returnByValue = true } });
                await cdp.SendAsync("Target.sendMessageToTarget", new Dictionary<string, object> { ["sessionId"] = sessionId, ["message"] = message });
                var reply = await done.Task.WaitAsync(TimeSpan.FromSeconds(60));
                if (reply.TryGetProperty("error", out var err)) Assert.Fail("worker Runtime.evaluate failed: " + err);
                var result = reply.GetProperty("result").GetProperty("result");
                return result.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
            }
        }

        private static async Task<string> Evaluate(ICDPSession cdp, int contextId, string expression)
        {
            var r = await cdp.SendAsync("Runtime.evaluate", new Dictionary<string, object> { ["expression"] = expression, ["contextId"] = contextId, ["returnByValue"] = true });
            var result = r!.Value.GetProperty("result");
            if (r.Value.TryGetProperty("exceptionDetails", out var ex)) Assert.Fail("Runtime.evaluate threw: " + ex);
            return result.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
        }

        /// <summary>Polls until <paramref name="done"/> (generous: a slow machine waits, it does not fail).</summary>
        private static async Task<T> Poll<T>(Func<Task<T>> read, Func<T, bool> done, string what)
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (true)
            {
                var v = await read();
                if (done(v)) return v;
                if (DateTime.UtcNow > deadline) { Assert.Fail($"waited 60 s for {what}"); return v; }
                await Task.Delay(250);
            }
        }

        private static Task<T> PollValue<T>(Func<T> read, Func<T, bool> done, string what) => Poll(() => Task.FromResult(read()), done, what);
    }
}
