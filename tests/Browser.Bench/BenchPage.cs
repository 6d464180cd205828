namespace WebRtcStatsExporter.Browser.Bench
{
    /// <summary>The bench page (a test fixture, not product code): <c>pcs</c> RTCPeerConnections as
    /// loopback pairs, each end sending an audio tone, so every connection has inbound and outbound
    /// audio. With <c>?bare=1</c> the page itself does what a bare hook does — getStats() and an empty
    /// forEach over the report for every connection once per poll — the baseline our extension is
    /// measured against on the same page.</summary>
    public static class BenchPage
    {
        public const string Html = @"<!doctype html>
<html><head><meta charset=""utf-8""><title>bench call</title></head><body><p>bench call</p><script>
(function () {
  var q = new URLSearchParams(location.search);
  var n = +(q.get('pcs') || 8), bare = q.get('bare') === '1', pollMs = +(q.get('pollMs') || 1000);
  var pcs = [], ctx = new AudioContext();
  window.benchConnectedAt = 0;
  window.benchStates = function () { return pcs.map(function (p) { return p.connectionState + '/' + p.signalingState + '/' + p.iceGatheringState; }).join(',') + ' ' + (window.benchError || ''); };
  window.benchAllConnected = function () { return pcs.length === n && pcs.every(function (p) { return p.connectionState === 'connected'; }); };
  function tone(pc, freq) {
    var osc = ctx.createOscillator(), dst = ctx.createMediaStreamDestination();
    osc.frequency.value = freq; osc.connect(dst); osc.start();
    dst.stream.getAudioTracks().forEach(function (t) { pc.addTrack(t, dst.stream); });
  }
  function watch(pc) {
    pc.addEventListener('connectionstatechange', function () {
      if (pc.connectionState === 'connected' && !window.benchConnectedAt) window.benchConnectedAt = Date.now();
    });
  }
  for (var i = 0; i < n / 2; i++) {
    var a = new RTCPeerConnection(), b = new RTCPeerConnection();
    pcs.push(a, b); watch(a); watch(b);
    (function (a, b) {
      a.onicecandidate = function (e) { if (e.candidate) b.addIceCandidate(e.candidate); };
      b.onicecandidate = function (e) { if (e.candidate) a.addIceCandidate(e.candidate); };
      tone(a, 440); tone(b, 660);
      a.createOffer().then(function (o) { return a.setLocalDescription(o); })
        .then(function () { return b.setRemoteDescription(a.localDescription); })
        .then(function () { return b.createAnswer(); })
        .then(function (o) { return b.setLocalDescription(o); })
        .then(function () { return a.setRemoteDescription(b.localDescription); })
        .catch(function (e) { window.benchError = String(e); });
    })(a, b);
  }
  if (bare) {
    var sink = 0;
    setInterval(function () {
      pcs.forEach(function (pc) {
        if (pc.connectionState !== 'connected') return;
        pc.getStats().then(function (r) { r.forEach(function () { sink++; }); });
      });
    }, pollMs);
  }
})();
</script></body></html>";
    }
}
