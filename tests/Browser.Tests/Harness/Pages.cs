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

        private static string Page(string title, string head, string body) =>
            "<!doctype html>\n<html><head><meta charset=\"utf-8\">" + head + "<title>" + title + "</title></head>\n<body>" + body + "</body></html>\n";

        private static string Script(string code, string? nonce = null) =>
            "<script" + (nonce != null ? " nonce=\"" + nonce + "\"" : "") + ">" + code + "</script>";

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
    window.postMessage({ type: 'wse/frame-gone' }, '*');
    document.dispatchEvent(new CustomEvent('wse', { detail: forged }));
    window.__forgeRounds++;
  }
  round();
  setInterval(round, 500);
})();")),

            // A page on a non-platform host to navigate to.
            ["blank.html"] = Page("blank", "", "nothing here"),
        };
    }
}
