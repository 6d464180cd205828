using System.Linq;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using NUnit.Framework;
using WebRtcStatsExporter.JintTests.Harness;

namespace WebRtcStatsExporter.JintTests.Scenarios
{
    /// <summary>The hook and the bridge: origins, forged and malformed messages, double wrapping,
    /// hostile values.</summary>
    public sealed class PageSideTests : ScenarioBase
    {
        private int Connect(Frame f)
        {
            int pc = NewPc(f);
            SetState(f, pc, "connected");
            return pc;
        }

        [Test]
        public void DisabledPlatform_NothingIsRelayed()
        {
            Settings(s => s["platforms"] = new JsonObject { ["teams"] = false });
            B.StartWorker();
            Frame f = Page(1, TeamsUrl);
            Advance(10);
            Connect(f);
            Advance(30_000);
            Assert.That(B.MessagesDelivered, Is.EqualTo(0), "no stats message reaches the worker");
            Assert.That(B.Fetch.Requests, Is.Empty);
            Assert.That(f.Main.Eval("__wse.rtc.getStatsCalls").AsNumber(), Is.EqualTo(0), "the hook does not even poll");
        }

        [TestCase("https://softphone.example.com/app")]                  // not added by the user
        [TestCase("https://evil-genesys.com.attacker.net/")]              // substring of a platform host
        [TestCase("https://teams.microsoft.com.evil.example/")]
        public void OriginNotEnabled_NothingIsRelayed(string url)
        {
            Settings();
            B.StartWorker();
            Frame f = Page(1, url); // as if the scripts were injected there (all_frames / match_origin_as_fallback)
            Advance(10);
            Connect(f);
            Advance(30_000);
            Assert.That(B.MessagesDelivered, Is.EqualTo(0));
            Assert.That(B.Fetch.Requests, Is.Empty);
        }

        /// <summary>The bridge's "capture here?" to the worker, answered from Chrome's MessageSender.</summary>
        private string? AskCapture(Frame f, JsonObject? sender = null)
        {
            string? answer = "no answer";
            B.SendMessage(f.Isolated, "{\"type\":\"wse/capture\"}", f.Isolated.Fn("answer", (t, a) =>
            {
                answer = a.Length > 1 && a[1].IsString() ? a[1].AsString() : null;
                return JsValue.Undefined;
            }), sender);
            Advance(10);
            return answer;
        }

        [Test]
        public void TheWorkerDecidesCaptureFromTheSender_AndAnswersOnlyOurContentScriptsInATab()
        {
            Settings(s => s["pollIntervalSeconds"] = 3);
            B.StartWorker();
            Frame teams = Page(1, TeamsUrl);
            Frame other = Page(2, "https://softphone.example.com/app");
            Advance(10);
            Assert.That(B.CaptureQueries, Is.EqualTo(2), "each bridge asked once at start");
            Assert.That(AskCapture(teams), Is.EqualTo("{\"capture\":true,\"pollMs\":3000}"));
            Assert.That(AskCapture(other), Is.EqualTo("{\"capture\":false,\"pollMs\":3000}"));
            // Another extension, or a page of ours outside any tab: no answer.
            var foreign = B.SenderOf(teams);
            foreign["id"] = "anotherextensionaaaaaaaaaaaaaaaa";
            Assert.That(AskCapture(teams, foreign), Is.EqualTo("null"));
            var noTab = B.SenderOf(teams);
            noTab.Remove("tab");
            Assert.That(AskCapture(teams, noTab), Is.EqualTo("null"));
        }

        /// <summary>A frame without an http(s) URL of its own (about:blank, srcdoc, blob:) is judged by the
        /// origin it inherited; one of an opaque origin is never told to capture, and what it sends anyway
        /// counts as its tab's page.</summary>
        [Test]
        public void AFrameWithoutAnHttpUrl_IsJudgedByItsInheritedOrigin_OrElseByItsTab()
        {
            Settings();
            B.StartWorker();
            Frame f = Page(1);
            Advance(10);
            var blank = B.SenderOf(f);
            blank["url"] = "about:blank"; // origin: the Teams page's
            Assert.That(AskCapture(f, blank), Is.EqualTo("{\"capture\":true,\"pollMs\":2000}"));
            var opaque = B.SenderOf(f);
            opaque["url"] = "about:srcdoc";
            opaque["origin"] = "null";
            Assert.That(AskCapture(f, opaque), Is.EqualTo("{\"capture\":false,\"pollMs\":2000}"));
            string sample = "{\"type\":\"inbound-rtp\",\"kind\":\"audio\",\"names\":[\"packetsReceived\"],\"values\":[10],\"infoNames\":[],\"infoValues\":[]}";
            B.SendToWorkerFrom(f, Poll("{\"type\":\"wse/stats\",\"pc\":0,\"state\":\"connected\",\"at\":1,\"samples\":[" + sample + "]}"), opaque);
            Advance(6000);
            Assert.That(Requests("PUT"), Is.Not.Empty);
            Assert.That(Requests("PUT").Last().Body, Does.Contain("platform=\"teams\""));
        }

        [Test]
        public void ABridgeStartedBeforeTheWorker_AsksAgain_AndCapturesOnceAnswered()
        {
            Settings();
            Frame f = Page(1, TeamsUrl); // no worker yet: the question finds no receiver
            Advance(10);
            Connect(f);
            Advance(500);
            Assert.That(f.Main.Eval("__wse.rtc.getStatsCalls").AsNumber(), Is.EqualTo(0), "not captured before the worker answers");
            B.StartWorker();
            Advance(7100);
            Assert.That(B.CaptureQueries, Is.GreaterThanOrEqualTo(1));
            Assert.That(B.MessagesDelivered, Is.GreaterThan(0), "asked again, answered, captured");
            Assert.That(Requests("PUT"), Is.Not.Empty);
        }

        [Test]
        public void UserAddedOrigin_IsCaptured()
        {
            Settings(s => s["extraOrigins"] = new JsonArray("https://softphone.example.com"));
            B.StartWorker();
            Frame f = Page(1, "https://softphone.example.com/app");
            Advance(10);
            Connect(f);
            Advance(7100);
            Assert.That(Requests("PUT"), Is.Not.Empty);
            Assert.That(Requests("PUT").Last().Body, Does.Contain("platform=\"custom\""));
        }

        [Test]
        public void PlatformSwitchedOffMidCall_StopsRelaying()
        {
            Settings();
            B.StartWorker();
            Frame f = Page(1, TeamsUrl);
            Advance(10);
            Connect(f);
            Advance(2100);
            Assert.That(B.MessagesDelivered, Is.GreaterThan(0));
            var s = B.GetStorage("sync", "settings")!.AsObject();
            s["platforms"] = new JsonObject { ["teams"] = false };
            B.WriteStorage("sync", new JsonObject { ["settings"] = s.DeepClone() });
            Advance(100);
            int n = B.MessagesDelivered;
            double polls = f.Main.Eval("__wse.rtc.getStatsCalls").AsNumber();
            Advance(30_000);
            Assert.That(B.MessagesDelivered, Is.EqualTo(n), "no stats relayed once the platform is off");
            Assert.That(f.Main.Eval("__wse.rtc.getStatsCalls").AsNumber(), Is.EqualTo(polls), "the hook stopped polling");
        }

        [Test]
        public void ForgedWindowMessagesFromThePage_ReachNothing()
        {
            Settings();
            B.StartWorker();
            Frame f = Page(1);
            Advance(10);
            // the page posts look-alikes of every protocol message on window, and a second init with its own port
            f.Main.Eval(@"
                const ch = new MessageChannel();
                globalThis.__forgedConfigs = 0;
                ch.port1.onmessage = () => { __forgedConfigs++; };
                window.postMessage({ wse: 'wse-init-v1' }, '*', [ch.port2]);
                window.dispatchEvent(new FocusEvent('wse-bridge-v2', { relatedTarget: new EventTarget() }));
                window.dispatchEvent(new Event('wse-pc'));
                window.postMessage({ t: 'stats', pc: 0, state: 'connected', at: Date.now(), samples: [] }, '*');
                window.postMessage({ type: 'wse/stats', pc: 0, state: 'connected', at: Date.now(), samples: [] }, '*');
                window.postMessage({ t: 'closed', pc: 0 }, '*');
                window.postMessage({ t: 'config', enabled: true, pollMs: 1000 }, '*');");
            Advance(30_000);
            Assert.That(B.MessagesDelivered, Is.EqualTo(0), "nothing relayed to the worker");
            Assert.That(f.Main.Eval("__forgedConfigs").AsNumber(), Is.EqualTo(0), "the forged init got no configuration from the bridge or hook");
            Assert.That(B.Fetch.Requests, Is.Empty);
        }

        [Test]
        public void PageGetsNeitherTheOfferNorThePrivateTarget()
        {
            Settings();
            B.StartWorker();
            Frame f = Page(1);
            // the first page script (after the hook and the bridge, as in Chrome) listens for everything
            // the handshake uses, then asks for a new offer the way the hook does
            f.Main.Eval(@"globalThis.__seen = [];
                for (const t of ['wse-bridge-v2', 'wse-hook-v2', 'wse-ack', 'wse-pc', 'message'])
                  window.addEventListener(t, e => __seen.push(t + ':' + (e.relatedTarget ? 'target' : '-')), true);
                window.dispatchEvent(new Event('wse-hook-v2'));");
            Advance(100);
            Assert.That(f.Main.Eval("__seen.filter(x => x !== 'wse-hook-v2:-').join()").AsString(), Is.Empty,
                "the bridge offers its target once, before any page script, and never again");
            Assert.That(f.Main.Eval("__seen.length").AsNumber(), Is.EqualTo(1), "the page heard only its own event");
        }

        /// <summary>The worst case of issue 14: a page script that runs before the hook in its frame (a
        /// window reused by a same-origin navigation) takes the bridge's private target, patches every
        /// prototype the hook would use, and hands over objects of its own. Nothing it makes up is relayed:
        /// the bridge accepts only real RTCPeerConnections and reads their stats with its own built-ins.</summary>
        [Test]
        public void PageThatRunsFirst_CanHandOverOnlyRealConnections_WhoseValuesAreReal()
        {
            Settings();
            B.StartWorker();
            Frame f = B.LoadFrame(1, 0, TeamsUrl, hook: false, beforeExtension: fr => fr.Main.Eval(@"
                window.addEventListener('wse-bridge-v2', e => { globalThis.__target = e.relatedTarget; e.stopImmediatePropagation(); }, true);
                const forged = () => [{ id: 'IT01', type: 'inbound-rtp', kind: 'audio', timestamp: 1, jitter: 1e308, packetsReceived: 1e308, packetsLost: -1e308, bytesReceived: 1e308 }];
                RTCPeerConnection.prototype.getStats = function () { return Promise.resolve(new Map(forged().map(s => [s.id, s]))); };
                RTCStatsReport.prototype.forEach = function (cb) { forged().forEach(s => cb(s, s.id, this)); };
                RTCStatsReport.prototype.get = function () { return forged()[0]; };
                Map.prototype.forEach = function (cb) { forged().forEach(s => cb(s, s.id, this)); };
                JSON.stringify = () => '{}';"));
            Advance(100);
            Assert.That(f.Main.Eval("typeof __target").AsString(), Is.EqualTo("object"), "the page took the offer (it ran first)");
            f.Main.Eval(@"
                const fakes = [new EventTarget(), __target, window];
                for (const x of fakes) { __target.dispatchEvent(new FocusEvent('wse-pc', { relatedTarget: x })); __target.dispatchEvent(new FocusEvent('wse-closing', { relatedTarget: x })); }
                __target.dispatchEvent(new Event('wse-pc'));
                let refused = 0;
                for (const x of [{}, { connectionState: 'connected' }, Object.create(RTCPeerConnection.prototype)]) {
                  try { new FocusEvent('wse-pc', { relatedTarget: x }); } catch (e) { refused++; }
                }
                globalThis.__refused = refused;");
            Advance(30_000);
            Assert.That(f.Main.Eval("__refused").AsNumber(), Is.EqualTo(3), "a FocusEvent carries only platform objects");
            Assert.That(B.MessagesDelivered, Is.EqualTo(0), "no made-up connection is followed");

            // control: a real connection handed over by the same page is captured, with its real values
            f.Main.Eval("globalThis.__pcs = [new RTCPeerConnection()]; __target.dispatchEvent(new FocusEvent('wse-pc', { relatedTarget: __pcs[0] }));");
            SetState(f, 0, "connected");
            Advance(7100);
            Assert.That(Requests("PUT"), Is.Not.Empty, "the real connection is captured");
            string body = Requests("PUT").Last().Body!;
            Assert.Multiple(() =>
            {
                Assert.That(body, Does.Not.Contain("e+308"));
                Assert.That(body, Does.Not.Contain("Inf"));
                Assert.That(Expo.Value(body, "webrtc_inbound_received_packets_total", "kind=\"audio\""), Is.GreaterThan(0).And.LessThan(1e9), "the recorded fixture's value, read by the bridge");
            });
        }

        /// <summary>A page script running after the hook (the normal case) patches every DOM and JS
        /// prototype the channel could depend on; capture goes on with the real values.</summary>
        [Test]
        public void PagePatchingPrototypesAfterTheHook_ChangesNothingCaptured()
        {
            Settings();
            B.StartWorker();
            Frame f = Page(1);
            Advance(10);
            f.Main.Eval(@"
                globalThis.__calls = 0;
                const spy = () => { __calls++; };
                const forged = () => [{ id: 'IT01', type: 'inbound-rtp', kind: 'audio', timestamp: 1, jitter: 1e308, packetsReceived: 1e308 }];
                RTCStatsReport.prototype.forEach = function (cb) { spy(); forged().forEach(s => cb(s, s.id, this)); };
                RTCStatsReport.prototype.get = function () { spy(); return forged()[0]; };
                const origGetStats = RTCPeerConnection.prototype.getStats;
                RTCPeerConnection.prototype.getStats = function () { spy(); return Promise.resolve(new Map(forged().map(s => [s.id, s]))); };
                EventTarget.prototype.addEventListener = function () { spy(); };
                EventTarget.prototype.dispatchEvent = function () { spy(); return true; };
                Event.prototype.stopImmediatePropagation = function () { spy(); };
                MessagePort.prototype.postMessage = function () { spy(); };
                Object.defineProperty(FocusEvent.prototype, 'relatedTarget', { get() { spy(); return null; } });
                Reflect.apply = function () { spy(); throw new Error('patched'); };
                Reflect.construct = function () { spy(); throw new Error('patched'); };
                Reflect.get = function () { spy(); throw new Error('patched'); };
                Object.setPrototypeOf = function () { spy(); throw new Error('patched'); };
                Object.prototype.construct = function () { spy(); throw new Error('patched'); };
                globalThis.Proxy = function () { spy(); throw new Error('patched'); };
                JSON.stringify = function () { spy(); return '{}'; };
                JSON.parse = function () { spy(); return {}; };");
            int pc = NewPc(f);
            SetState(f, pc, "connected");
            Advance(7100);
            ClosePc(f, pc);
            Advance(11_000);
            Assert.That(f.Main.Eval("__calls").AsNumber(), Is.EqualTo(0), "the hook called none of the patched functions");
            Assert.That(Requests("PUT"), Is.Not.Empty, "still captured");
            string body = Requests("PUT").First().Body!;
            Assert.That(body, Does.Not.Contain("e+308"));
            Assert.That(Expo.Value(body, "webrtc_inbound_received_packets_total", "kind=\"audio\""), Is.GreaterThan(0).And.LessThan(1e9));
            Assert.That(Requests("DELETE"), Is.Not.Empty, "the close() wrapper still announced the end");
        }

        /// <summary>A bridge message of one poll tick (docs/protocol.md) with these entries.</summary>
        private static string Poll(string entries, string closed = "") => "{\"type\":\"wse/poll\",\"stats\":[" + entries + "],\"closed\":[" + closed + "]}";

        [Test]
        public void ForgedOrMalformedMessagesToTheWorker_AreDropped()
        {
            Settings();
            B.StartWorker();
            Frame f = Page(1);
            Frame evil = Page(2, "https://evil.example/");
            Advance(10);
            string sample = "{\"type\":\"inbound-rtp\",\"kind\":\"audio\",\"names\":[\"packetsReceived\"],\"values\":[10],\"infoNames\":[],\"infoValues\":[]}";
            string entry = "{\"type\":\"wse/stats\",\"pc\":0,\"state\":\"connected\",\"at\":1,\"samples\":[" + sample + "]}";
            string good = Poll(entry);
            B.SendToWorkerFrom(f, "{\"type\":\"wse/nonsense\"}");
            B.SendToWorkerFrom(f, "42");
            B.SendToWorkerFrom(f, "null");
            B.SendToWorkerFrom(f, entry); // a lone entry is not a message
            B.SendToWorkerFrom(f, Poll("{\"type\":\"wse/stats\",\"pc\":\"0\",\"state\":\"connected\",\"at\":1,\"samples\":[]}"));
            B.SendToWorkerFrom(f, Poll("{\"type\":\"wse/stats\",\"pc\":0,\"state\":\"connected\",\"at\":1,\"samples\":[{\"type\":\"inbound-rtp\",\"kind\":\"audio\",\"names\":[\"ssrc\"],\"values\":[1],\"infoNames\":[],\"infoValues\":[]}]}"));
            B.SendToWorkerFrom(f, Poll("{\"type\":\"wse/stats\",\"pc\":0,\"state\":\"connected\",\"at\":1,\"samples\":[{\"type\":\"inbound-rtp\",\"kind\":\"audio\",\"names\":[\"packetsReceived\"],\"values\":[\"10\"],\"infoNames\":[],\"infoValues\":[]}]}"));
            B.SendToWorkerFrom(f, Poll(entry + "," + entry)); // the same slot twice
            B.SendToWorkerFrom(f, Poll(entry, "64"));
            B.SendToWorkerFrom(f, "{\"type\":\"wse/poll\",\"stats\":{\"0\":" + entry + "},\"closed\":[]}");
            B.SendToWorkerFrom(f, "{\"type\":\"wse/poll\",\"stats\":[" + entry + "]}");
            B.SendToWorkerFrom(evil, good); // a frame whose origin is not enabled
            var otherExtension = B.SenderOf(f);
            otherExtension["id"] = "someotherextensionidaaaaaaaaaaaa";
            B.SendToWorkerFrom(f, good, otherExtension);
            var noTab = B.SenderOf(f);
            noTab.Remove("tab");
            B.SendToWorkerFrom(f, good, noTab);
            Advance(12_000);
            Assert.That(B.Fetch.Requests, Is.Empty, "no push from dropped messages");
            Assert.That(B.Badge(1), Is.EqualTo(""));
            Assert.That(B.Badge(2), Is.EqualTo(""));
            var state = B.GetStorage("session", "wse-state");
            Assert.That(state?["tabs"]?.AsArray().Count ?? 0, Is.EqualTo(0), "no tab state was created");
            // control: the same path accepts a valid message
            B.SendToWorkerFrom(f, good);
            Advance(6000);
            Assert.That(Requests("PUT"), Is.Not.Empty, "a valid message from an enabled frame is accepted");
        }

        /// <summary>Issue 14, item 2, through the real worker bundle: a message with values that are not
        /// finite (null after JSON) or out of their physical range is ingested without them; the drops are
        /// exported per tab and nothing implausible reaches the sink.</summary>
        [Test]
        public void ImplausibleValuesFromAFrame_AreDroppedAndCounted_TheRestIsPushed()
        {
            // detailed: the audio level and fraction lost checked below are not in the standard set
            Settings(s => s["metricDetail"] = "detailed");
            B.StartWorker();
            Frame f = Page(1);
            Advance(10);
            string sample = "{\"type\":\"inbound-rtp\",\"kind\":\"audio\",\"names\":[\"packetsReceived\",\"jitter\",\"audioLevel\",\"bytesReceived\"],\"values\":[10,null,7,-5],\"infoNames\":[],\"infoValues\":[]}";
            string rtt = "{\"type\":\"remote-inbound-rtp\",\"kind\":\"audio\",\"names\":[\"roundTripTime\",\"fractionLost\"],\"values\":[1e308,0.25],\"infoNames\":[],\"infoValues\":[]}";
            B.SendToWorkerFrom(f, Poll("{\"type\":\"wse/stats\",\"pc\":0,\"state\":\"connected\",\"at\":1,\"samples\":[" + sample + "," + rtt + "]}"));
            Advance(6000);
            string body = TabRequests("PUT").Last().Body!;
            Assert.Multiple(() =>
            {
                Assert.That(Expo.Value(body, "webrtc_inbound_received_packets_total", "pc=\"0\""), Is.EqualTo(10));
                Assert.That(Expo.Value(body, "webrtc_remote_inbound_fraction_lost_ratio", "pc=\"0\""), Is.EqualTo(0.25));
                Assert.That(Expo.Values(body, "webrtc_inbound_jitter_seconds"), Is.Empty);
                Assert.That(Expo.Values(body, "webrtc_inbound_audio_level_ratio"), Is.Empty, "a ratio of 7");
                Assert.That(Expo.Values(body, "webrtc_inbound_received_bytes_total"), Is.Empty, "a negative counter");
                Assert.That(Expo.Values(body, "webrtc_remote_inbound_round_trip_time_seconds"), Is.Empty, "an RTT of 1e308 s");
                Assert.That(Expo.Values(body, "webrtc_exporter_dropped_values_total"), Is.Empty, "not in the call's group");
                Assert.That(body, Does.Not.Contain("e+308"));
            });
            Assert.That(Expo.Promtool(body), Is.Empty);
            // the drops are counted per agent, in the agent's own group (the sweep alarm pushes it)
            Advance(60_000);
            string agent = Requests("PUT").Last(r => r.Url == AgentGroupUrl("agent-007")).Body!;
            Assert.That(Expo.Value(agent, "webrtc_exporter_dropped_values_total", "reason=\"not_finite\""), Is.EqualTo(1));
            Assert.That(Expo.Value(agent, "webrtc_exporter_dropped_values_total", "reason=\"out_of_range\""), Is.EqualTo(3));
            Assert.That(Expo.Promtool(agent), Is.Empty);
        }

        [Test]
        public void DoubleLoadedHook_WrapsOnce_InstanceofHolds_AppWrapperOnTopWorks()
        {
            Settings();
            B.StartWorker();
            Frame f = B.LoadFrame(1, 0, TeamsUrl, beforeExtension: fr => fr.Main.Eval("globalThis.__native = RTCPeerConnection; globalThis.__nativeToString = Function.prototype.toString.call(RTCPeerConnection);"));
            f.Main.Run(Bundles.Require(Bundles.Override)); // static + dynamic registration: a second copy
            Advance(10);
            Assert.Multiple(() =>
            {
                Assert.That(f.Main.Eval("RTCPeerConnection === webkitRTCPeerConnection").AsBoolean(), Is.True, "the alias still names the same constructor");
                Assert.That(f.Main.Eval("new RTCPeerConnection() instanceof RTCPeerConnection").AsBoolean(), Is.True);
                Assert.That(f.Main.Eval("new RTCPeerConnection() instanceof __native").AsBoolean(), Is.True);
                Assert.That(f.Main.Eval("RTCPeerConnection.prototype === __native.prototype").AsBoolean(), Is.True);
                Assert.That(f.Main.Eval("new RTCPeerConnection().constructor === RTCPeerConnection").AsBoolean(), Is.True);
                Assert.That(f.Main.Eval("RTCPeerConnection.toString()").AsString(), Is.EqualTo(f.Main.Eval("__nativeToString").AsString()), "toString looks native");
                Assert.That(f.Main.Eval("RTCPeerConnection.name").AsString(), Is.EqualTo("RTCPeerConnection"));
                Assert.That(f.Main.Eval("typeof RTCPeerConnection.generateCertificate").AsString(), Is.EqualTo("function"), "static members");
                Assert.That(f.Main.Eval("class Sub extends RTCPeerConnection {}; new Sub() instanceof Sub").AsBoolean(), Is.True, "subclassing works");
            });
            // an app's own wrapper (rtcstats/watchRTC style) on top of ours
            f.Main.Eval(@"
                globalThis.__appWrapped = 0;
                const Orig = window.RTCPeerConnection;
                function AppPC(config) { __appWrapped++; return new Orig(config); }
                AppPC.prototype = Orig.prototype;
                window.RTCPeerConnection = AppPC;");
            int pc = NewPc(f);
            SetState(f, pc, "connected");
            Advance(10);
            Assert.That(f.Main.Eval("__appWrapped").AsNumber(), Is.EqualTo(1));
            Assert.That(f.Main.Eval($"__pcs[{pc}] instanceof RTCPeerConnection && __pcs[{pc}] instanceof __native").AsBoolean(), Is.True);
            Assert.That(f.Main.Eval($"__pcs[{pc}].__polls").AsNumber(), Is.EqualTo(1), "the first sample at once, taken once: not wrapped twice");
            Assert.That(B.MessagesDelivered, Is.EqualTo(1), "one message, not two");
            Advance(2100);
            Assert.That(f.Main.Eval($"__pcs[{pc}].__polls").AsNumber(), Is.EqualTo(2), "then one poll per interval");
            Assert.That(B.MessagesDelivered, Is.EqualTo(2), "one stats message per poll, not two");
            Advance(5100);
            string body = Requests("PUT").Last().Body!;
            Assert.That(Expo.Value(body, "webrtc_live_connections"), Is.EqualTo(1), "one connection counted once");
        }

        [Test]
        public void HookDefinesNothingOnWindow()
        {
            Settings();
            Frame f = B.LoadFrame(1, 0, TeamsUrl, hook: false, bridge: false);
            string before = f.Main.Eval("JSON.stringify(Reflect.ownKeys(globalThis).map(String).sort())").AsString();
            f.Main.Run(Bundles.Require(Bundles.Override));
            string after = f.Main.Eval("JSON.stringify(Reflect.ownKeys(globalThis).map(String).sort())").AsString();
            Assert.That(after, Is.EqualTo(before));
            Assert.That(f.Main.Eval("Object.getOwnPropertyNames(RTCPeerConnection.prototype).filter(k => !['constructor','connectionState','iceConnectionState','signalingState','addEventListener','removeEventListener','dispatchEvent','getStats','close','createOffer','createAnswer','setLocalDescription','setRemoteDescription','addIceCandidate','addTrack','getSenders','getReceivers'].includes(k)).length").AsNumber(), Is.EqualTo(0), "no new prototype members");
        }

        [Test]
        public void HookNeverReadsIceServers()
        {
            Settings();
            B.StartWorker();
            Frame f = Page(1);
            Advance(10);
            f.Main.Eval(@"globalThis.__reads = 0;
                const cfg = { get iceServers() { __reads++; return [{ urls: 'turn:x', credential: 'secret' }]; } };
                const pc = new RTCPeerConnection(cfg); __reads = 0; (globalThis.__pcs = []).push(pc);");
            // the fake constructor itself does not read iceServers; only the hook could have
            Assert.That(f.Main.Eval("__reads").AsNumber(), Is.EqualTo(0));
            SetState(f, 0, "connected");
            Advance(7100);
            Assert.That(f.Main.Eval("__reads").AsNumber(), Is.EqualTo(0), "constructor arguments are never read");
        }

        [Test]
        public void NaNInfinityAndNegativeValues_AreDroppedOrWrittenCleanly()
        {
            Settings();
            B.StartWorker();
            Frame f = Page(1);
            Advance(10);
            int pc = NewPc(f);
            f.Main.Eval($@"__pcs[{pc}].__script = (n, fx) => fx.map(s => {{
                if (s.type === 'inbound-rtp') {{ s.jitter = NaN; s.audioLevel = Infinity; s.packetsLost = -3; s.bytesReceived = -5; s.packetsReceived = 1000 * n; s.concealedSamples = -Infinity; }}
                if (s.type === 'remote-inbound-rtp') {{ s.roundTripTime = -Infinity; s.fractionLost = NaN; }}
                if (s.type === 'candidate-pair') {{ s.availableOutgoingBitrate = Infinity; }}
                return s; }});");
            SetState(f, pc, "connected");
            Advance(7100);
            Assert.That(Requests("PUT"), Is.Not.Empty, "one bad field must not drop the whole sample");
            string body = Requests("PUT").Last().Body!;
            Assert.Multiple(() =>
            {
                Assert.That(Expo.Value(body, "webrtc_inbound_received_packets_total", "pc=\"0\""), Is.GreaterThan(0));
                Assert.That(Expo.Value(body, "webrtc_inbound_lost_packets", "pc=\"0\""), Is.EqualTo(-3), "packetsLost is signed: kept");
                Assert.That(Expo.Values(body, "webrtc_inbound_received_bytes_total"), Is.Empty, "a negative counter is dropped");
                Assert.That(Expo.Values(body, "webrtc_inbound_jitter_seconds").Where(double.IsFinite), Is.Empty, "NaN is never exported as a number");
                Assert.That(body, Does.Not.Contain("Infinity"), "JavaScript spellings never reach the exposition");
                Assert.That(body, Does.Not.Contain("undefined"));
                Assert.That(body, Does.Not.Contain("null"));
            });
            Assert.That(Expo.Promtool(body), Is.Empty);
        }

        [Test]
        public void HostilePageStrings_AreEscapedOrRefused()
        {
            Settings();
            B.StartWorker();
            Frame f = Page(1);
            Advance(10);
            int pc = NewPc(f);
            f.Main.Eval($@"__pcs[{pc}].__script = (n, fx) => fx.map(s => {{
                if (s.type === 'codec') s.mimeType = 'audio/op""us\\x';
                if (s.type === 'local-candidate') s.relayProtocol = 'udp}} evil_metric 1';
                return s; }});");
            SetState(f, pc, "connected");
            Advance(7100);
            string body = Requests("PUT").Last().Body!;
            Assert.That(body, Does.Contain("mime_type=\"audio/op\\\"us\\\\x\""), "quote and backslash escaped");
            Assert.That(Expo.Samples(body).Where(l => l.StartsWith("evil_metric")), Is.Empty, "no injected series");
            Assert.That(Expo.Promtool(body), Is.Empty);
        }

        [Test]
        public void HostileAgentIdWithQuotes_IsEscapedInLabelsAndEncodedInThePath()
        {
            Settings(s => s["agentId"] = "o'neil \"the\\agent\"/desk 4");
            B.StartWorker();
            Frame f = Page(1);
            Advance(10);
            Connect(f);
            Advance(7100);
            var put = Requests("PUT").Last();
            Assert.That(put.Url, Does.StartWith(PushUrl + "/metrics/job/webrtc/instance@base64/"), "a value with '/' uses the @base64 form");
            string b64 = put.Url.Split("/instance@base64/")[1].Split('/')[0];
            string decoded = System.Text.Encoding.UTF8.GetString(System.Convert.FromBase64String(b64.Replace('-', '+').Replace('_', '/')));
            Assert.That(decoded, Is.EqualTo("o'neil \"the\\agent\"/desk 4"));
            Assert.That(put.Body, Does.Contain("agent_id=\"o'neil \\\"the\\\\agent\\\"/desk 4\""));
            Assert.That(Expo.Promtool(put.Body!), Is.Empty);
        }

        [TestCase("agent\n007")]
        [TestCase("agent\"\r\nX-Evil: 1")]
        [TestCase("")]
        public void InvalidAgentId_IsRefused_NothingPushed(string agent)
        {
            Settings(s => s["agentId"] = agent);
            B.StartWorker();
            Frame f = Page(1);
            Advance(10);
            Connect(f);
            Advance(20_000);
            Assert.That(B.Fetch.Requests, Is.Empty, "settings validation refuses the agent id");
        }
    }
}
