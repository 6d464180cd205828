using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace WebRtcStatsExporter.Demo
{
    /// <summary>A server process the demo started: output to a log file in the demo's temporary
    /// folder, stopped by its own pid (SIGTERM, then SIGKILL after a grace period).</summary>
    public sealed class OwnedProcess : IDisposable
    {
        [DllImport("libc", SetLastError = true)]
        private static extern int kill(int pid, int sig);

        private readonly Process process;
        private readonly StreamWriter log;
        public string Name { get; }
        public string LogPath { get; }
        public int Pid => process.Id;

        private OwnedProcess(string name, Process process, StreamWriter log, string logPath)
        {
            Name = name;
            this.process = process;
            this.log = log;
            LogPath = logPath;
        }

        public static OwnedProcess Start(string name, string exe, string[] args, string workDir)
        {
            var psi = new ProcessStartInfo(exe) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workDir };
            foreach (string a in args) psi.ArgumentList.Add(a);
            string logPath = Path.Combine(workDir, name + ".log");
            var writer = new StreamWriter(logPath) { AutoFlush = true };
            Process p = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + exe);
            p.OutputDataReceived += (_, e) => { if (e.Data != null) lock (writer) writer.WriteLine(e.Data); };
            p.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (writer) writer.WriteLine(e.Data); };
            p.BeginOutputReadLine();
            p.BeginErrorReadLine();
            return new OwnedProcess(name, p, writer, logPath);
        }

        public async Task WaitReadyAsync(HttpClient http, string url, TimeSpan within, CancellationToken ct)
        {
            var sw = Stopwatch.StartNew();
            while (sw.Elapsed < within)
            {
                if (process.HasExited) throw new InvalidOperationException($"{Name} exited ({process.ExitCode}) before it was ready; its log: {LogPath}");
                try
                {
                    using HttpResponseMessage r = await http.GetAsync(url, ct);
                    if (r.IsSuccessStatusCode) return;
                }
                catch (HttpRequestException) { }
                catch (TaskCanceledException) when (!ct.IsCancellationRequested) { }
                await Task.Delay(200, ct);
            }
            throw new TimeoutException($"{Name} did not answer {url} within {within.TotalSeconds:0} s; its log: {LogPath}");
        }

        public void Dispose()
        {
            try
            {
                if (!process.HasExited)
                {
                    kill(process.Id, 15);
                    if (!process.WaitForExit(10_000)) { process.Kill(entireProcessTree: true); process.WaitForExit(5_000); }
                }
                process.WaitForExit();
            }
            catch (InvalidOperationException) { }
            lock (log) log.Dispose();
            process.Dispose();
        }

        public static int FreeLoopbackPort()
        {
            var l = new TcpListener(System.Net.IPAddress.Loopback, 0);
            l.Start();
            int port = ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
            l.Stop();
            return port;
        }
    }
}
