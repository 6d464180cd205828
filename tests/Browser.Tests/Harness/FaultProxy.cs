using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

// Shared by the browser fault suite (tests/Browser.Tests) and the browser bench (tests/Browser.Bench,
// which links this file): one proxy, one set of faults, the same figures.
namespace WebRtcStatsExporter.Browser.Tests.Harness
{
    /// <summary>What the proxy does with the requests that arrive while it is set.</summary>
    public enum Fault
    {
        /// <summary>Forward to the upstream.</summary>
        None,
        /// <summary>Nothing listens: connections are refused (open idle connections are closed first).</summary>
        Refuse,
        /// <summary>Accept, read the request, then reset the connection (RST, no answer).</summary>
        Reset,
        /// <summary>Answer <see cref="FaultProxy.Status"/> (503, 400, 401…) without forwarding.</summary>
        Status,
        /// <summary>Forward, answering only after <see cref="FaultProxy.Delay"/>.</summary>
        Slow,
        /// <summary>Accept, read the request, never answer: hold it until the client gives up. A request
        /// held when the fault ends stays held (as behind a proxy whose upstream vanished).</summary>
        Hang,
    }

    /// <summary>One request as the proxy saw it: when it arrived and ended (answered, reset, or given up
    /// by the client), what the proxy did, the status it answered (0: none) and the body (gunzipped).</summary>
    public sealed record ProxiedRequest(DateTime At, DateTime EndedAt, string Method, string Path, int Status, Fault Fault, string Body)
    {
        public TimeSpan Took => EndedAt - At;
        public bool Landed => (Fault is Fault.None or Fault.Slow) && Status is >= 200 and < 300;
    }

    /// <summary>A fault-injecting HTTP/1.1 proxy on a loopback port in front of a real receiver (issue 14):
    /// the extension pushes to <see cref="Url"/> and the test switches <see cref="Mode"/>. Every request is
    /// logged with its times and outcome, and the most requests in flight at once per path are kept.</summary>
    public sealed class FaultProxy : IAsyncDisposable
    {
        private readonly string upstream;
        private readonly HttpClient http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        private readonly CancellationTokenSource stop = new();
        private readonly Dictionary<string, int> inFlight = new();
        private readonly Dictionary<TcpClient, bool> connections = new(); // value: a request is being served
        private readonly List<ProxiedRequest> log = new();
        private TcpListener? listener;
        private Fault mode = Fault.None;

        public int Port { get; }
        public string Url => $"http://127.0.0.1:{Port}";
        public int Status { get; set; } = 503;
        /// <summary>The body of an injected status answer (the popup shows a 4xx body's first line).</summary>
        public string StatusBody { get; set; } = "injected by the fault proxy";
        public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(3);
        /// <summary>The most requests in flight at once, per path (one group = one path).</summary>
        public Dictionary<string, int> MaxInFlight { get; } = new();

        public FaultProxy(string upstreamUrl)
        {
            upstream = upstreamUrl.TrimEnd('/');
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Listen();
        }

        /// <summary>Switching closes the idle keep-alive connections, so every request after the switch
        /// meets the new fault on a connection of its own (a request in flight keeps its connection).</summary>
        public Fault Mode
        {
            get => mode;
            set
            {
                mode = value;
                CloseIdleConnections();
                if (value == Fault.Refuse && listener != null) { listener.Stop(); listener = null; }
                if (value != Fault.Refuse && listener == null) Listen();
            }
        }

        public List<ProxiedRequest> Log { get { lock (log) return log.ToList(); } }

        /// <summary>Requests that arrived at or after <paramref name="t"/> (and before <paramref name="until"/>).</summary>
        public List<ProxiedRequest> Between(DateTime t, DateTime? until = null)
        {
            lock (log) return log.Where(r => r.At >= t && (until == null || r.At < until)).OrderBy(r => r.At).ToList();
        }

        /// <summary>Waits until a request matching <paramref name="match"/> has ended; null after <paramref name="timeout"/>.</summary>
        public async Task<ProxiedRequest?> WaitForAsync(Func<ProxiedRequest, bool> match, TimeSpan timeout)
        {
            DateTime deadline = DateTime.UtcNow + timeout;
            while (true)
            {
                ProxiedRequest? hit;
                lock (log) hit = log.Where(match).OrderBy(r => r.EndedAt).FirstOrDefault();
                if (hit != null || DateTime.UtcNow > deadline) return hit;
                await Task.Delay(50);
            }
        }

        private void Listen()
        {
            var l = new TcpListener(IPAddress.Loopback, Port);
            l.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            l.Start();
            listener = l;
            _ = AcceptLoop(l);
        }

        private void CloseIdleConnections()
        {
            lock (connections)
            {
                foreach (var (c, busy) in connections.ToList())
                {
                    if (busy) continue;
                    try { c.Client.Shutdown(SocketShutdown.Both); } catch (SocketException) { } catch (ObjectDisposedException) { }
                    c.Close();
                    connections.Remove(c);
                }
            }
        }

        private async Task AcceptLoop(TcpListener l)
        {
            while (!stop.IsCancellationRequested)
            {
                TcpClient c;
                try { c = await l.AcceptTcpClientAsync(stop.Token); }
                catch (Exception) { return; } // stopped (Refuse) or disposed
                lock (connections) connections[c] = false;
                _ = Serve(c);
            }
        }

        private void SetBusy(TcpClient c, bool busy)
        {
            lock (connections) if (connections.ContainsKey(c)) connections[c] = busy;
        }

        private async Task Serve(TcpClient client)
        {
            try
            {
                NetworkStream s = client.GetStream();
                while (!stop.IsCancellationRequested)
                {
                    var request = await ReadRequest(s, () => SetBusy(client, true));
                    if (request == null) return;
                    var (method, path, headers, body) = request.Value;
                    DateTime at = DateTime.UtcNow;
                    Fault f = mode;
                    lock (inFlight)
                    {
                        inFlight[path] = inFlight.GetValueOrDefault(path) + 1;
                        MaxInFlight[path] = Math.Max(MaxInFlight.GetValueOrDefault(path), inFlight[path]);
                    }
                    int status = 0;
                    bool keep = true;
                    try
                    {
                        switch (f)
                        {
                            case Fault.Reset:
                            case Fault.Refuse: // arrived on a connection accepted just before the switch
                                client.Client.LingerState = new LingerOption(true, 0);
                                client.Client.Close();
                                keep = false;
                                break;
                            case Fault.Hang:
                                // hold until the client closes its end (an abort), or the proxy stops
                                var one = new byte[1];
                                try { while (await s.ReadAsync(one, stop.Token) > 0) { } } catch (OperationCanceledException) { }
                                keep = false;
                                break;
                            case Fault.Status:
                                status = Status;
                                byte[] text = Encoding.UTF8.GetBytes(StatusBody);
                                await s.WriteAsync(Encoding.ASCII.GetBytes(
                                    $"HTTP/1.1 {status} Injected\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {text.Length}\r\n\r\n").Concat(text).ToArray());
                                break;
                            default:
                                if (f == Fault.Slow) await Task.Delay(Delay, stop.Token);
                                byte[] response;
                                (status, response) = await Forward(method, path, headers, body);
                                await s.WriteAsync(response);
                                break;
                        }
                    }
                    finally
                    {
                        lock (inFlight) inFlight[path]--;
                        lock (log) log.Add(new ProxiedRequest(at, DateTime.UtcNow, method, path, status, f, Text(headers, body)));
                        SetBusy(client, false);
                    }
                    if (!keep) return;
                }
            }
            catch (IOException) { }
            catch (SocketException) { }
            catch (ObjectDisposedException) { }
            catch (OperationCanceledException) { }
            catch (HttpRequestException) { }
            finally
            {
                lock (connections) connections.Remove(client);
                client.Dispose();
            }
        }

        private async Task<(int, byte[])> Forward(string method, string path, List<(string, string)> headers, byte[] body)
        {
            var req = new HttpRequestMessage(new HttpMethod(method), upstream + path);
            if (body.Length > 0 || method == "PUT" || method == "POST") req.Content = new ByteArrayContent(body);
            foreach (var (k, v) in headers)
            {
                if (k.Equals("Host", StringComparison.OrdinalIgnoreCase) || k.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                    || k.Equals("Connection", StringComparison.OrdinalIgnoreCase)) continue;
                if (!req.Headers.TryAddWithoutValidation(k, v)) req.Content?.Headers.TryAddWithoutValidation(k, v);
            }
            using var res = await http.SendAsync(req, stop.Token);
            byte[] content = await res.Content.ReadAsByteArrayAsync(stop.Token);
            string head = $"HTTP/1.1 {(int)res.StatusCode} {res.ReasonPhrase}\r\nContent-Length: {content.Length}\r\n\r\n";
            return ((int)res.StatusCode, Encoding.ASCII.GetBytes(head).Concat(content).ToArray());
        }

        private static string Text(List<(string, string)> headers, byte[] body)
        {
            bool gzip = headers.Any(h => h.Item1.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase) && h.Item2.Contains("gzip"));
            if (!gzip) return Encoding.UTF8.GetString(body);
            try
            {
                using var z = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
                using var o = new MemoryStream();
                z.CopyTo(o);
                return Encoding.UTF8.GetString(o.ToArray());
            }
            catch (InvalidDataException) { return ""; }
        }

        /// <summary>Reads one request (headers, then Content-Length bytes); null at the end of the stream.
        /// <paramref name="started"/> runs at its first byte (the connection is no longer idle).</summary>
        private async Task<(string, string, List<(string, string)>, byte[])?> ReadRequest(NetworkStream s, Action started)
        {
            var head = new List<byte>();
            var one = new byte[1];
            while (!(head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n'))
            {
                int n = await s.ReadAsync(one, stop.Token);
                if (n == 0) return null;
                if (head.Count == 0) started();
                head.Add(one[0]);
            }
            string[] lines = Encoding.ASCII.GetString(head.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            string[] first = lines[0].Split(' ');
            var headers = new List<(string, string)>();
            int length = 0;
            foreach (string line in lines.Skip(1))
            {
                int colon = line.IndexOf(':');
                if (colon < 0) continue;
                string k = line[..colon].Trim(), v = line[(colon + 1)..].Trim();
                headers.Add((k, v));
                if (k.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) length = int.Parse(v);
            }
            var body = new byte[length];
            int read = 0;
            while (read < length)
            {
                int n = await s.ReadAsync(body.AsMemory(read), stop.Token);
                if (n == 0) return null;
                read += n;
            }
            return (first[0], first[1], headers, body);
        }

        public ValueTask DisposeAsync()
        {
            stop.Cancel();
            listener?.Stop();
            lock (connections) { foreach (var c in connections.Keys) c.Dispose(); connections.Clear(); }
            http.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
