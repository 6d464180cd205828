using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace WebRtcStatsExporter.Browser.Tests.Harness
{
    /// <summary>An HTTPS server on loopback (Kestrel, a self-signed certificate made at test time)
    /// serving tests/Browser.Tests/Pages. Chromium reaches it under real platform hostnames through
    /// --host-resolver-rules, so the manifest's real match patterns are what is tested.</summary>
    public sealed class TestSite : IAsyncDisposable
    {
        /// <summary>Hostnames mapped to this server (wildcards are Chromium host-resolver-rules patterns).</summary>
        public static readonly string[] MappedHosts =
        {
            "meet.google.com", "teams.microsoft.com", "teams.live.com", "*.my.connect.aws", "*.awsapps.com",
            "*.mypurecloud.com", "*.mypurecloud.de", "*.pure.cloud",
            // not platforms: a plain site, and a site a user adds in the settings
            "*.example.org", "*.example.net",
        };

        /// <summary>The strict policy served with /csp.html (the page's inline scripts carry the nonce).</summary>
        public const string StrictCsp = "default-src 'self'; script-src 'nonce-wse-test'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

        private readonly WebApplication app;
        public int Port { get; }

        private TestSite(WebApplication app, int port) { this.app = app; Port = port; }

        public static async Task<TestSite> StartAsync()
        {
            var cert = MakeCertificate();
            int port = FreePort.Next();
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, l => l.UseHttps(cert)));
            var app = builder.Build();
            app.Run(async ctx =>
            {
                string path = ctx.Request.Path.Value ?? "/";
                if (path == "/" || path == "") path = "/call.html";
                string name = Path.GetFileName(path);
                // Any path that is not a named page serves the call page (platform-looking URLs).
                if (!Pages.All.TryGetValue(name, out var html))
                {
                    if (name.EndsWith(".html")) { ctx.Response.StatusCode = 404; return; }
                    name = "call.html";
                    html = Pages.All[name];
                }
                ctx.Response.ContentType = "text/html; charset=utf-8";
                ctx.Response.Headers.CacheControl = "no-store";
                if (name == "csp.html") ctx.Response.Headers["Content-Security-Policy"] = StrictCsp;
                await ctx.Response.WriteAsync(html);
            });
            await app.StartAsync();
            return new TestSite(app, port);
        }

        /// <summary>The --host-resolver-rules value: our hosts to this server, everything else nowhere,
        /// except loopback and the mDNS names of loopback ICE candidates.</summary>
        public string HostResolverRules =>
            string.Join(", ", MappedHosts.Select(h => $"MAP {h} 127.0.0.1:{Port}"))
            + ", MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost, EXCLUDE *.local";

        private static X509Certificate2 MakeCertificate()
        {
            using var rsa = RSA.Create(2048);
            var req = new CertificateRequest("CN=wse-browser-tests", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var san = new SubjectAlternativeNameBuilder();
            foreach (var h in MappedHosts) san.AddDnsName(h);
            san.AddIpAddress(IPAddress.Loopback);
            req.CertificateExtensions.Add(san.Build());
            req.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
            using var cert = req.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
            return X509CertificateLoader.LoadPkcs12(cert.Export(X509ContentType.Pfx), null);
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
