using System.Text;
using Jint;
using NUnit.Framework;
using WebRtcStatsExporter.JintTests.Harness;

namespace WebRtcStatsExporter.JintTests.Scenarios
{
    /// <summary>The fakes themselves behave like the real APIs (so a passing scenario means something).</summary>
    public sealed class HarnessTests : ScenarioBase
    {
        [Test]
        public void PromtoolRejectsBrokenExposition()
        {
            Assert.That(Expo.Promtool("# HELP a_total A.\n# TYPE a_total counter\na_total{x=\"1\"} 1\n"), Is.Empty);
            Assert.That(Expo.Promtool("a{x=\"1\" 1\n"), Is.Not.Empty);
            Assert.That(Expo.Promtool("# TYPE a counter\na 1\n"), Is.Not.Empty, "counter without _total is a lint complaint");
        }

        [Test]
        public void StorageGetForms_SetClones_OnChangedCarriesTheArea()
        {
            B.StartWorker();
            Realm w = B.Worker!;
            w.Eval("globalThis.__ev = []; chrome.storage.onChanged.addListener((c, area) => __ev.push(area + ':' + Object.keys(c).join(',')));");
            var got = w.Await(w.Eval(@"(async () => {
                const o = { a: 1, nested: { x: [1, 2] } };
                await chrome.storage.local.set(o);
                o.nested.x.push(3);
                await chrome.storage.session.set({ s: 'v' });
                const all = await chrome.storage.local.get(null);
                const one = await chrome.storage.local.get('a');
                const arr = await chrome.storage.local.get(['a', 'missing']);
                const defs = await chrome.storage.local.get({ a: 0, missing: 'dflt' });
                await chrome.storage.local.remove('a');
                const gone = await chrome.storage.local.get('a');
                return JSON.stringify([all, one, arr, defs, gone]);
            })()"));
            Assert.That(got.AsString(), Is.EqualTo("[{\"a\":1,\"nested\":{\"x\":[1,2]}},{\"a\":1},{\"a\":1},{\"a\":1,\"missing\":\"dflt\"},{}]"));
            Advance(10);
            // (the worker's own writes, wse-*, are left out: this test is about the fake)
            Assert.That(w.Eval("__ev.filter(e => !/:wse-/.test(e)).join('|')").AsString(), Is.EqualTo("local:a,nested|session:s|local:a"));
        }

        [Test]
        public void FetchFailureAndAbortRejectLikeBrowsers()
        {
            B.StartWorker();
            Realm w = B.Worker!;
            B.Fetch.Handler = r => r.Url.EndsWith("/down") ? FetchReply.Network() : FetchReply.Held();
            var net = w.Await(w.Eval("fetch('http://x.test/down').then(() => 'ok', e => e.name + ':' + e.message + ':' + (e instanceof TypeError))"));
            Assert.That(net.AsString(), Is.EqualTo("TypeError:Failed to fetch:true"));
            var ab = w.Await(w.Eval("(() => { const c = new AbortController(); setTimeout(() => c.abort(), 100); return fetch('http://x.test/slow', { signal: c.signal }).then(() => 'ok', e => e.name); })()"));
            Assert.That(ab.AsString(), Is.EqualTo("AbortError"));
        }

        [Test]
        public void CompressionStreamGzipsThroughBlobAndResponse()
        {
            B.StartWorker();
            Realm w = B.Worker!;
            var v = w.Await(w.Eval("new Response(new Blob(['héllo héllo']).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer().then(b => Array.from(new Uint8Array(b)))"));
            var arr = v.AsArray();
            var bytes = new byte[arr.Length];
            for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)arr[i].AsNumber();
            Assert.That(Encoding.UTF8.GetString(FetchRequest.Gunzip(bytes)), Is.EqualTo("héllo héllo"));
            Assert.That(() => w.Engine.Evaluate("new CompressionStream('brotli')"), Throws.InstanceOf<Jint.Runtime.JavaScriptException>());
        }

        [Test]
        public void PortMessagesAreAsynchronousAndStructuredCloned()
        {
            Frame f = B.LoadFrame(1, 0, TeamsUrl, hook: false, bridge: false);
            f.Main.Eval("globalThis.__got = []; const c = new MessageChannel(); c.port2.onmessage = e => __got.push(e.data); const o = { v: NaN, n: [1] }; c.port1.postMessage(o); o.n.push(2); __got.push('sync');");
            Assert.That(f.Main.Eval("JSON.stringify(__got)").AsString(), Is.EqualTo("[\"sync\"]"), "not delivered synchronously");
            Advance(0);
            Assert.That(f.Main.Eval("__got.length === 2 && Number.isNaN(__got[1].v) && __got[1].n.length === 1").AsBoolean(), Is.True);
            Assert.That(() => f.Main.Engine.Evaluate("new MessageChannel().port1.postMessage({ f() {} })"), Throws.InstanceOf<Jint.Runtime.JavaScriptException>(), "DataCloneError");
        }

        [Test]
        public void UnhandledRejectionsAreReported()
        {
            B.StartWorker();
            B.Worker!.Eval("Promise.reject(new Error('boom'))");
            Assert.That(B.Worker!.Errors, Has.Some.Contains("unhandled promise rejection: Error: boom"));
            B.Worker!.Errors.Clear();
        }
    }
}
