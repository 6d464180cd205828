using System;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace WebRtcStatsExporter.Demo
{
    /// <summary>The demo softphone: an HTTPS server on loopback (self-signed certificate made at
    /// start) that Chromium reaches as an Amazon Connect host through --host-resolver-rules, so the
    /// extension's real match patterns apply. Every path serves one call page: a loopback audio
    /// call (a modulated tone, played through an audio element so the receiver counts samples;
    /// Opus in-band FEC off, so network loss shows as loss and concealment).</summary>
    public sealed class DemoSite : IAsyncDisposable
    {
        public const string Host = "demo.my.connect.aws";
        private readonly WebApplication app;
        public int Port { get; }

        private DemoSite(WebApplication app, int port) { this.app = app; Port = port; }

        public string CallUrl(string name) => $"https://{Host}/ccp-v2/softphone/{name}";

        public string HostResolverRules => $"MAP {Host} 127.0.0.1:{Port}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost, EXCLUDE *.local";

        public static async Task<DemoSite> StartAsync()
        {
            int port = OwnedProcess.FreeLoopbackPort();
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            X509Certificate2 cert = Certificate();
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, l => l.UseHttps(cert)));
            WebApplication app = builder.Build();
            app.Run(async ctx =>
            {
                ctx.Response.ContentType = "text/html; charset=utf-8";
                ctx.Response.Headers.CacheControl = "no-store";
                await ctx.Response.WriteAsync(CallPage);
            });
            await app.StartAsync();
            return new DemoSite(app, port);
        }

        private static X509Certificate2 Certificate()
        {
            using var rsa = RSA.Create(2048);
            var req = new CertificateRequest("CN=" + Host, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var san = new SubjectAlternativeNameBuilder();
            san.AddDnsName(Host);
            req.CertificateExtensions.Add(san.Build());
            using X509Certificate2 c = req.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
            return X509CertificateLoader.LoadPkcs12(c.Export(X509ContentType.Pfx), null);
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        public const string CallPage = @"<!doctype html>
<html lang=""en""><head><meta charset=""utf-8""><title>Demo softphone</title>
<style>body{font:16px system-ui,sans-serif;margin:2rem}#state{font-weight:bold}</style></head>
<body><h1>Demo softphone</h1><p>Call: <span id=""state"">starting</span></p><audio id=""remote"" autoplay></audio>
<script>
(function () {
  var pcs = null, failed = null;
  function noFec(d) { return { type: d.type, sdp: d.sdp.replace(/useinbandfec=1/g, 'useinbandfec=0') }; }
  function start() {
    var ctx = new AudioContext();
    var voice = ctx.createOscillator(); voice.frequency.value = 220;
    var syllables = ctx.createOscillator(); syllables.frequency.value = 3;
    var depth = ctx.createGain(); depth.gain.value = 0.4;
    var level = ctx.createGain(); level.gain.value = 0.5;
    syllables.connect(depth); depth.connect(level.gain); voice.connect(level);
    var out = ctx.createMediaStreamDestination(); level.connect(out);
    voice.start(); syllables.start();
    var a = new RTCPeerConnection(), b = new RTCPeerConnection();
    pcs = [a, b];
    a.onicecandidate = function (e) { if (e.candidate) b.addIceCandidate(e.candidate); };
    b.onicecandidate = function (e) { if (e.candidate) a.addIceCandidate(e.candidate); };
    b.ontrack = function (e) { var el = document.getElementById('remote'); el.srcObject = e.streams[0]; el.volume = 0.05; el.play().catch(function () {}); };
    out.stream.getTracks().forEach(function (t) { a.addTrack(t, out.stream); });
    a.onconnectionstatechange = function () { document.getElementById('state').textContent = a.connectionState; };
    a.createOffer()
      .then(function (o) { o = noFec(o); return a.setLocalDescription(o).then(function () { return b.setRemoteDescription(o); }); })
      .then(function () { return b.createAnswer(); })
      .then(function (ans) { ans = noFec(ans); return b.setLocalDescription(ans).then(function () { return a.setRemoteDescription(ans); }); })
      .catch(function (e) { failed = String(e); });
  }
  window.callState = function () { return failed ? 'error: ' + failed : (pcs ? pcs[0].connectionState : 'idle'); };
  window.closeCall = function () { if (pcs) pcs.forEach(function (p) { p.close(); }); };
  start();
})();
</script></body></html>";
    }
}
