using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace WebRtcStatsExporter.FleetBench
{
    /// <summary>The benchmark sends load only to this machine. A URL is accepted when its host is a
    /// loopback literal (127.0.0.0/8, ::1) or <c>localhost</c>; and every connection, whatever the
    /// URL said, is opened only to an address that is loopback (checked after name resolution).</summary>
    public static class Loopback
    {
        public static bool IsLoopbackHost(string host)
        {
            string h = host.Trim().TrimStart('[').TrimEnd(']');
            if (h.Length == 0) return false;
            if (string.Equals(h, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
            if (h.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)) return false; // resolves anywhere on some systems
            return IPAddress.TryParse(h, out IPAddress? ip) && IPAddress.IsLoopback(ip);
        }

        /// <summary>Null when the URL may be used; else the reason it may not.</summary>
        public static string? Refusal(string url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? u)) return "not an absolute URL: " + url;
            if (u.Scheme != Uri.UriSchemeHttp && u.Scheme != Uri.UriSchemeHttps) return "not http(s): " + url;
            if (!IsLoopbackHost(u.Host)) return "not a loopback host (only 127.0.0.0/8, ::1 and localhost are allowed): " + url;
            return null;
        }

        public static void Require(string url)
        {
            string? why = Refusal(url);
            if (why != null) throw new LoopbackRefusal(why);
        }

        /// <summary>An HttpClient whose every connection is checked to be loopback, with enough
        /// pooled connections for the fleet and no proxy, cookies or redirects.</summary>
        public static HttpClient Client(int maxConnections, TimeSpan timeout)
        {
            var handler = new SocketsHttpHandler
            {
                UseProxy = false,
                UseCookies = false,
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.None,
                MaxConnectionsPerServer = maxConnections,
                PooledConnectionLifetime = TimeSpan.FromMinutes(10),
                PooledConnectionIdleTimeout = TimeSpan.FromSeconds(60),
                ConnectTimeout = TimeSpan.FromSeconds(5),
                ConnectCallback = ConnectLoopbackOnly,
            };
            return new HttpClient(handler) { Timeout = timeout };
        }

        private static async ValueTask<System.IO.Stream> ConnectLoopbackOnly(SocketsHttpConnectionContext ctx, CancellationToken ct)
        {
            IPAddress[] addresses = IPAddress.TryParse(ctx.DnsEndPoint.Host, out IPAddress? literal)
                ? new[] { literal }
                : await Dns.GetHostAddressesAsync(ctx.DnsEndPoint.Host, ct).ConfigureAwait(false);
            Exception? last = null;
            foreach (IPAddress ip in addresses)
            {
                if (!IPAddress.IsLoopback(ip)) continue;
                var socket = new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(ip, ctx.DnsEndPoint.Port), ct).ConfigureAwait(false);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch (Exception e)
                {
                    socket.Dispose();
                    last = e;
                }
            }
            throw last ?? new LoopbackRefusal("refusing to connect: " + ctx.DnsEndPoint.Host + " has no loopback address");
        }
    }

    public sealed class LoopbackRefusal : Exception
    {
        public LoopbackRefusal(string message) : base(message) { }
    }
}
