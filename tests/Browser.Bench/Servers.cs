using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace WebRtcStatsExporter.Browser.Bench
{
    /// <summary>One request the Pushgateway received, with its arrival time (Unix ms).</summary>
    public sealed record Push(double At, string Method, string Path, int Status, string Encoding, int WireBytes, int RawBytes, int Series)
    {
        public bool IsTabGroup => Path.Contains("/tab/", StringComparison.Ordinal);
    }

    /// <summary>The bench's servers: the page over HTTPS for any host and path, a real Pushgateway
    /// and a recording pass-through in front of it.</summary>
    public static class Servers
    {
        const string PushgatewayBinary = "/usr/bin/prometheus-pushgateway";

        /// <summary>An HTTP pass-through in front of the Pushgateway that records each request.</summary>
        public static async Task<WebApplication> StartProxy(int port, string upstream, ConcurrentQueue<Push> pushes)
        {
            var client = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
            var app = builder.Build();
            app.Run(async ctx =>
            {
                double at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                using var ms = new MemoryStream();
                await ctx.Request.Body.CopyToAsync(ms);
                var wire = ms.ToArray();
                string enc = ctx.Request.Headers.ContentEncoding.ToString();
                var req = new HttpRequestMessage(new HttpMethod(ctx.Request.Method), upstream + ctx.Request.Path + ctx.Request.QueryString);
                if (wire.Length > 0 || ctx.Request.Method is "PUT" or "POST")
                {
                    req.Content = new ByteArrayContent(wire);
                    if (!string.IsNullOrEmpty(ctx.Request.ContentType)) req.Content.Headers.TryAddWithoutValidation("Content-Type", ctx.Request.ContentType);
                    if (enc.Length > 0) req.Content.Headers.TryAddWithoutValidation("Content-Encoding", enc);
                }
                int status;
                try
                {
                    using var resp = await client.SendAsync(req);
                    status = (int)resp.StatusCode;
                }
                catch (HttpRequestException) { status = 502; }
                byte[] raw = wire;
                if (enc.Contains("gzip", StringComparison.OrdinalIgnoreCase))
                {
                    using var gz = new GZipStream(new MemoryStream(wire), CompressionMode.Decompress);
                    using var outMs = new MemoryStream();
                    gz.CopyTo(outMs);
                    raw = outMs.ToArray();
                }
                int series = Encoding.UTF8.GetString(raw).Split('\n').Count(l => l.Length > 0 && l[0] != '#');
                pushes.Enqueue(new Push(at, ctx.Request.Method, ctx.Request.Path, status, enc, wire.Length, raw.Length, series));
                ctx.Response.StatusCode = status;
            });
            await app.StartAsync();
            return app;
        }

        /// <summary>The bench page over HTTPS (a self-signed certificate made now) for any host and path.</summary>
        public static async Task<WebApplication> StartSite(int port, params string[] hosts)
        {
            using var rsa = RSA.Create(2048);
            var req = new CertificateRequest("CN=" + hosts[0], rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var san = new SubjectAlternativeNameBuilder();
            foreach (var h in hosts) san.AddDnsName(h);
            req.CertificateExtensions.Add(san.Build());
            using var made = req.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
            var cert = X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pfx), null);
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, l => l.UseHttps(cert)));
            var app = builder.Build();
            app.Run(async ctx =>
            {
                ctx.Response.ContentType = "text/html; charset=utf-8";
                ctx.Response.Headers.CacheControl = "no-store";
                await ctx.Response.WriteAsync(BenchPage.Html);
            });
            await app.StartAsync();
            return app;
        }

        public static Process StartPushgateway(int port)
        {
            var psi = new ProcessStartInfo(PushgatewayBinary) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            psi.ArgumentList.Add($"--web.listen-address=127.0.0.1:{port}");
            psi.ArgumentList.Add("--persistence.file=");
            psi.ArgumentList.Add("--log.level=warn");
            var p = Process.Start(psi)!;
            p.OutputDataReceived += (_, _) => { };
            p.ErrorDataReceived += (_, _) => { };
            p.BeginOutputReadLine();
            p.BeginErrorReadLine();
            return p;
        }

        public static async Task WaitReady(string url)
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            var sw = Stopwatch.StartNew();
            while (sw.Elapsed < TimeSpan.FromSeconds(30))
            {
                try { if ((await http.GetAsync(url)).IsSuccessStatusCode) return; }
                catch (HttpRequestException) { }
                catch (TaskCanceledException) { }
                await Task.Delay(100);
            }
            throw new InvalidOperationException("prometheus-pushgateway did not become ready at " + url);
        }

        public static int FreePort()
        {
            var l = new TcpListener(IPAddress.Loopback, 0);
            l.Start();
            int port = ((IPEndPoint)l.LocalEndpoint).Port;
            l.Stop();
            return port;
        }
    }
}
