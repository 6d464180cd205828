using System.Collections.Generic;

namespace WebRtcStatsExporter.Browser.Tests.Harness
{
    /// <summary>The test pages, served by <see cref="TestSite"/>. Their inline scripts are test
    /// fixtures (a page making a call), not product code.</summary>
    public static class Pages
    {
        /// <summary>A loopback call: two RTCPeerConnections in this window (or another window's
        /// constructor, for about:blank frames), an audio track from a WebAudio oscillator, and with
        /// ?video=1 a canvas video track too. Exposes startCall(), closeCall(), callState().</summary>
        public const string CallScript = @"
(function () {
  var params = new URLSearchParams(location.search);
  var pcs = null, failed = '', audio = null, timer = 0;
  function startCall(win) {
    var PC = (win || window).RTCPeerConnection;
    var a = new PC(), b = new PC();
    pcs = [a, b];
    a.onicecandidate = function (e) { if (e.candidate) b.addIceCandidate(e.candidate); };
    b.onicecandidate = function (e) { if (e.candidate) a.addIceCandidate(e.candidate); };
    audio = new AudioContext();
    var osc = audio.createOscillator();
    var dest = audio.createMediaStreamDestination();
    osc.frequency.value = 440;
    osc.connect(dest);
    osc.start();
    var stream = dest.stream;
    if (params.get('video') === '1') {
      var canvas = document.createElement('canvas');
      canvas.width = 320; canvas.height = 240;
      var g = canvas.getContext('2d'), n = 0;
      timer = setInterval(function () { n++; g.fillStyle = 'hsl(' + (n * 7 % 360) + ',80%,50%)'; g.fillRect(0, 0, 320, 240); }, 66);
      stream.addTrack(canvas.captureStream(15).getVideoTracks()[0]);
    }
    stream.getTracks().forEach(function (t) { a.addTrack(t, stream); });
    b.ontrack = function () {};
    a.createOffer()
      .then(function (o) { return a.setLocalDescription(o).then(function () { return b.setRemoteDescription(o); }); })
      .then(function () { return b.createAnswer(); })
      .then(function (ans) { return b.setLocalDescription(ans).then(function () { return a.setRemoteDescription(ans); }); })
      .catch(function (e) { failed = String(e); });
  }
  window.startCall = startCall;
  window.__reports = function () {
    return Promise.all(pcs.map(function (p) { return p.getStats(); })).then(function (rs) {
      return rs.map(function (r) { var out = []; r.forEach(function (v) { out.push(v); }); return out; });
    });
  };
  window.callState = function () { return failed ? 'error: ' + failed : (pcs ? pcs[0].connectionState : 'idle'); };
  window.closeCall = function () {
    if (pcs) pcs.forEach(function (p) { p.close(); });
    if (timer) clearInterval(timer);
    if (audio) audio.close();
  };
  if (params.get('auto') !== '0') startCall(window.__callWindow);
})();";

        /// <summary>A two-way loopback audio call as a softphone makes it: two RTCPeerConnections in this
        /// window, each sending a WebAudio tone (440 Hz and 330 Hz) and playing what it receives
        /// through an &lt;audio&gt; element (without playout Chromium reports no received samples).
        /// ?fec=0 turns Opus in-band FEC off in the SDP each side receives, so that network loss shows
        /// as concealment. Exposes callState(), closeCall(), muteMicrophone(bool) (the first
        /// connection then sends digital silence while RTP keeps flowing). Reused by the Demo.</summary>
        public const string QualityCallScript = @"
(function () {
  var params = new URLSearchParams(location.search);
  var pcs = null, failed = '', ctx = null, tracks = [];
  function noFec(d) { return { type: d.type, sdp: d.sdp.replace(/useinbandfec=1/g, 'useinbandfec=0') }; }
  function remote(d) { return params.get('fec') === '0' ? noFec(d) : d; }
  function tone(freq) {
    var o = ctx.createOscillator(), g = ctx.createGain(), dest = ctx.createMediaStreamDestination();
    o.frequency.value = freq; g.gain.value = 0.3;
    o.connect(g); g.connect(dest); o.start();
    return dest.stream;
  }
  function play(stream) {
    var el = document.createElement('audio');
    el.autoplay = true; el.srcObject = stream;
    document.body.appendChild(el);
    var p = el.play(); if (p && p.catch) p.catch(function () {});
  }
  function start() {
    ctx = new AudioContext();
    var a = new RTCPeerConnection(), b = new RTCPeerConnection();
    pcs = [a, b];
    a.onicecandidate = function (e) { if (e.candidate) b.addIceCandidate(e.candidate); };
    b.onicecandidate = function (e) { if (e.candidate) a.addIceCandidate(e.candidate); };
    a.ontrack = function (e) { play(e.streams[0]); };
    b.ontrack = function (e) { play(e.streams[0]); };
    var sa = tone(440), sb = tone(330);
    sa.getAudioTracks().forEach(function (t) { tracks.push(t); a.addTrack(t, sa); });
    sb.getAudioTracks().forEach(function (t) { b.addTrack(t, sb); });
    a.createOffer()
      .then(function (o) { return a.setLocalDescription(o).then(function () { return b.setRemoteDescription(remote(o)); }); })
      .then(function () { return b.createAnswer(); })
      .then(function (ans) { return b.setLocalDescription(ans).then(function () { return a.setRemoteDescription(remote(ans)); }); })
      .catch(function (e) { failed = String(e); });
  }
  window.callState = function () { return failed ? 'error: ' + failed : (pcs ? pcs[0].connectionState : 'idle'); };
  window.closeCall = function () { if (pcs) pcs.forEach(function (p) { p.close(); }); if (ctx) ctx.close(); };
  window.muteMicrophone = function (on) { tracks.forEach(function (t) { t.enabled = !on; }); };
  window.__reports = function () {
    return Promise.all(pcs.map(function (p) { return p.getStats(); })).then(function (rs) {
      return rs.map(function (r) { var out = []; r.forEach(function (v) { out.push(v); }); return out; });
    });
  };
  if (params.get('auto') !== '0') start();
  window.startCall = start;
})();";

        private static string Page(string title, string head, string body) =>
            "<!doctype html>\n<html><head><meta charset=\"utf-8\">" + head + "<title>" + title + "</title></head>\n<body>" + body + "</body></html>\n";

        private static string Script(string code, string? nonce = null) =>
            "<script" + (nonce != null ? " nonce=\"" + nonce + "\"" : "") + ">" + code + "</script>";

        /// <summary>Issue 14's attacker, as a function <c>attack(win)</c>: it listens for everything our
        /// channel could use and keeps what it catches in <c>win.__stolen</c>; it replaces every prototype
        /// a stats reader or a messenger could rely on so that any value read through them is a sentinel
        /// (424242 or 1e308); and every 300 ms it pushes forged stats through everything it caught, on
        /// window, and as made-up connections. Tests then assert that no sentinel reaches the Pushgateway.</summary>
        public const string AttackScript = @"
function attack(w) {
  w.__stolen = []; w.__forgeRounds = 0;
  var steal = function (x) { if (x && w.__stolen.indexOf(x) < 0) w.__stolen.push(x); };
  var forged = function () { return [
    { id: 'IT01', type: 'inbound-rtp', kind: 'audio', timestamp: Date.now(), jitter: 424242, packetsReceived: 1e308, packetsLost: 424242, bytesReceived: 1e308, audioLevel: 424242 },
    { id: 'RI01', type: 'remote-inbound-rtp', kind: 'audio', timestamp: Date.now(), roundTripTime: 1e308, fractionLost: 424242, jitter: 424242 },
    { id: 'CP01', type: 'candidate-pair', timestamp: Date.now(), nominated: true, state: 'succeeded', currentRoundTripTime: 1e308, bytesSent: 1e308 } ]; };
  var sample = { type: 'inbound-rtp', kind: 'audio', names: ['jitter', 'packetsReceived'], values: [424242, 1e308], infoNames: [], infoValues: [] };
  var oldStats = { t: 'stats', pc: 0, state: 'connected', at: Date.now(), samples: [sample] };
  var wseStats = { type: 'wse/stats', pc: 0, state: 'connected', at: Date.now(), samples: [sample] };
  // listen first for every name our channel has used or uses
  ['wse-bridge-v2', 'wse-hook-v2', 'wse-ack', 'wse-pc', 'wse-closing', 'message'].forEach(function (t) {
    w.addEventListener(t, function (e) {
      try { steal(e.relatedTarget); } catch (x) {}
      try { if (e.ports) for (var i = 0; i < e.ports.length; i++) steal(e.ports[i]); } catch (x) {}
      e.stopImmediatePropagation();
    }, true);
  });
  // every prototype a reader or messenger could rely on
  var P = w.RTCPeerConnection.prototype;
  P.getStats = function () { var m = new w.Map(); forged().forEach(function (s) { m.set(s.id, s); }); return w.Promise.resolve(m); };
  w.RTCStatsReport.prototype.forEach = function (cb) { var self = this; forged().forEach(function (s) { cb(s, s.id, self); }); };
  w.RTCStatsReport.prototype.get = function () { return forged()[0]; };
  w.Map.prototype.forEach = w.RTCStatsReport.prototype.forEach;
  var post = w.MessagePort.prototype.postMessage;
  w.MessagePort.prototype.postMessage = function (m, t) { steal(this); return post.call(this, oldStats, t); };
  w.Event.prototype.stopImmediatePropagation = function () {};
  var add = w.EventTarget.prototype.addEventListener;
  w.EventTarget.prototype.addEventListener = function (t, fn, o) { steal(this); return add.call(this, t, fn, o); };
  var dispatch = w.EventTarget.prototype.dispatchEvent;
  w.EventTarget.prototype.dispatchEvent = function (ev) { steal(this); try { steal(ev.relatedTarget); } catch (x) {} return dispatch.call(this, ev); };
  var rt = Object.getOwnPropertyDescriptor(w.FocusEvent.prototype, 'relatedTarget').get;
  Object.defineProperty(w.FocusEvent.prototype, 'relatedTarget', { configurable: true, get: function () { var v = rt.call(this); steal(v); return v; } });
  var apply = w.Reflect.apply;
  w.Reflect.apply = function (f, self, args) { steal(self); return apply(f, self, args); };
  var construct = w.Reflect.construct;
  w.Reflect.construct = function (t, a, n) { return construct(t, a, n); };
  var proxy = w.Proxy;
  w.Proxy = function (t, h) { steal(h); return new proxy(t, h); };
  var stringify = w.JSON.stringify;
  w.JSON.stringify = function (v) { return stringify(v && v.t === 'stats' ? oldStats : v); };
  function round() {
    w.__forgeRounds++;
    w.__stolen.forEach(function (x) {
      try {
        if (x instanceof w.MessagePort) { post.call(x, oldStats); post.call(x, wseStats); }
        else if (x instanceof w.EventTarget && !(x instanceof w.RTCPeerConnection)) {
          [new w.EventTarget(), w, x].forEach(function (fake) {
            dispatch.call(x, new w.FocusEvent('wse-pc', { relatedTarget: fake }));
            dispatch.call(x, new w.FocusEvent('wse-closing', { relatedTarget: fake }));
          });
        }
      } catch (e) {}
    });
    w.postMessage(oldStats, '*'); w.postMessage(wseStats, '*');
    var ch = new w.MessageChannel();
    w.postMessage({ wse: 'wse-init-v1' }, '*', [ch.port2]);
    post.call(ch.port1, oldStats);
    dispatch.call(w, new w.FocusEvent('wse-bridge-v2', { relatedTarget: new w.EventTarget() }));
    dispatch.call(w, new w.Event('wse-hook-v2'));
  }
  round();
  w.setInterval(round, 300);
}";

        public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
        {
            // A call started by an ordinary script at the end of <body>.
            ["call.html"] = Page("call", "", "<h1>call</h1>" + Script(CallScript)),

            // Scenario 3: the connection is created by an inline script at the very top of <head>,
            // before anything else on the page runs.
            ["head.html"] = "<!doctype html>\n<html><head>" + Script(CallScript) + "<meta charset=\"utf-8\"><title>head</title></head><body>head</body></html>\n",

            // Scenario 4: the call runs inside an iframe. ?mode=same | cross | blank.
            ["frames.html"] = Page("frames", "", "<h1>frames</h1>" + Script(@"
(function () {
  var mode = new URLSearchParams(location.search).get('mode');
  var f = document.createElement('iframe');
  if (mode === 'same') { f.src = '/call.html'; document.body.appendChild(f); return; }
  if (mode === 'cross') { f.src = 'https://acme.my.connect.aws/connect/ccp-v2/call.html'; document.body.appendChild(f); return; }
  // about:blank: the call uses the blank frame's own RTCPeerConnection.
  document.body.appendChild(f);
  window.__callWindow = f.contentWindow;
})();") + Script(CallScript.Replace("if (params.get('auto') !== '0')", "if (new URLSearchParams(location.search).get('mode') === 'blank')"))),

            // Scenario 5: served with a strict Content-Security-Policy (TestSite.StrictCsp); every
            // violation report is recorded in window.__violations.
            ["csp.html"] = "<!doctype html>\n<html><head>" + Script(@"
window.__violations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || ''));
});", "wse-test") + "<meta charset=\"utf-8\"><title>csp</title></head><body>csp" + Script(CallScript, "wse-test") + "</body></html>\n",

            // Scenario 7: a page that tries to talk to the hook and the bridge on every channel it can
            // see. It also makes no call of its own.
            ["forge.html"] = Page("forge", "", "<h1>forge</h1>" + Script(@"
(function () {
  var forged = { t: 'stats', pc: 0, state: 'connected', at: Date.now(),
    samples: [{ type: 'inbound-rtp', kind: 'audio', values: { jitter: 424242, packetsReceived: 424242, packetsLost: 424242 }, info: {} }] };
  var config = { t: 'config', enabled: false, pollMs: 1 };
  var settings = { settings: { enabled: false, url: 'http://attacker.example.org/', agentId: 'forged' } };
  window.__forgeRounds = 0;
  function round() {
    var ch = new MessageChannel();
    window.postMessage({ wse: 'wse-init-v1' }, '*', [ch.port2]);
    ch.port1.postMessage(config);
    ch.port1.postMessage(forged);
    window.postMessage(forged, '*');
    window.postMessage(config, '*');
    window.postMessage(settings, '*');
    window.postMessage({ type: 'wse/stats', pc: 0, state: 'connected', at: Date.now(), samples: forged.samples }, '*');
    window.postMessage({ type: 'wse/closed', pc: 0 }, '*');
    window.postMessage({ type: 'wse/poll', stats: [{ type: 'wse/stats', pc: 0, state: 'connected', at: Date.now(), samples: forged.samples }], closed: [] }, '*');
    window.postMessage({ type: 'wse/frame-gone' }, '*');
    document.dispatchEvent(new CustomEvent('wse', { detail: forged }));
    window.__forgeRounds++;
  }
  round();
  setInterval(round, 500);
})();")),

            // Issue 14: the attacker in an inline <head> script of the page that then makes a real call
            // (it runs after our hook, as every page script does in a frame the page did not touch first).
            ["attack-head.html"] = "<!doctype html>\n<html><head>" + Script(AttackScript + "attack(window);") + "<meta charset=\"utf-8\"><title>attack</title></head><body>attack" + Script(CallScript) + "</body></html>\n",

            // Issue 14: the attacker in the parent attacks a child frame's window synchronously after
            // appendChild, before the child's document loads (?mode=same: a same-origin src; srcdoc: a
            // srcdoc document — both reuse the touched window, so the attacker runs first there; blank:
            // an about:blank frame, where our scripts ran during appendChild). The child makes the call.
            ["attack-frames.html"] = Page("attack-frames", "", "<h1>attack</h1>" + Script(AttackScript + @"
(function () {
  var mode = new URLSearchParams(location.search).get('mode');
  var f = document.createElement('iframe');
  if (mode === 'same') f.src = '/call.html';
  if (mode === 'srcdoc') f.srcdoc = '<!doctype html><html><head><meta charset=""utf-8""></head><body>srcdoc<script>' + " + "CALL_SCRIPT" + @" + '<\/script></body></html>';
  document.body.appendChild(f);
  attack(f.contentWindow);
  window.__attackedFrame = f.contentWindow;
  if (mode === 'blank') window.__callWindow = f.contentWindow;
})();").Replace("CALL_SCRIPT", System.Text.Json.JsonSerializer.Serialize(CallScript)) + Script(CallScript.Replace("if (params.get('auto') !== '0')", "if (new URLSearchParams(location.search).get('mode') === 'blank')"))),

            // A two-way audio call for quality scenarios (good, degraded, one-way): see QualityCallScript.
            ["quality-call.html"] = Page("quality call", "", "<h1>quality call</h1>" + Script(QualityCallScript)),

            // A page on a non-platform host to navigate to.
            ["blank.html"] = Page("blank", "", "nothing here"),
        };
    }
}
