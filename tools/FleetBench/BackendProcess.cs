using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace WebRtcStatsExporter.FleetBench
{
    /// <summary>CPU time and resident memory of one process, read from /proc.</summary>
    public readonly struct ProcSample
    {
        public readonly double CpuSeconds;
        public readonly long RssBytes;
        public readonly double At;

        public ProcSample(double cpuSeconds, long rssBytes, double at) { CpuSeconds = cpuSeconds; RssBytes = rssBytes; At = at; }
    }

    public static class ProcFs
    {
        [DllImport("libc", SetLastError = true)]
        private static extern long sysconf(int name);

        [DllImport("libc", SetLastError = true)]
        private static extern int kill(int pid, int sig);

        private const int ScClkTck = 2;
        public const int SigTerm = 15;

        private static readonly double ticksPerSecond = TicksPerSecond();

        private static double TicksPerSecond()
        {
            try { long t = sysconf(ScClkTck); return t > 0 ? t : 100; }
            catch { return 100; }
        }

        /// <summary>utime + stime of the process (all its threads), in seconds; null when it is gone.</summary>
        public static double? CpuSeconds(int pid)
        {
            string stat;
            try { stat = File.ReadAllText("/proc/" + pid + "/stat"); }
            catch (IOException) { return null; }
            catch (UnauthorizedAccessException) { return null; }
            // "pid (comm) state ppid …": comm may hold spaces and parentheses, so cut at the last ')'.
            int close = stat.LastIndexOf(')');
            if (close < 0) return null;
            string[] f = stat.Substring(close + 2).Split(' ');
            // f[0] is field 3 (state): utime is field 14, stime field 15.
            if (f.Length < 13) return null;
            double utime = double.Parse(f[11], CultureInfo.InvariantCulture);
            double stime = double.Parse(f[12], CultureInfo.InvariantCulture);
            return (utime + stime) / ticksPerSecond;
        }

        /// <summary>VmRSS in bytes, or 0.</summary>
        public static long RssBytes(int pid)
        {
            try
            {
                foreach (string line in File.ReadLines("/proc/" + pid + "/status"))
                {
                    if (!line.StartsWith("VmRSS:", StringComparison.Ordinal)) continue;
                    string[] parts = line.Substring(6).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    return long.Parse(parts[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
            return 0;
        }

        /// <summary>Busy CPU seconds of the whole machine (all cores, /proc/stat: everything but idle
        /// and iowait), to tell how much of the machine other work took during a step.</summary>
        public static double MachineBusySeconds()
        {
            try
            {
                string? first = File.ReadLines("/proc/stat").FirstOrDefault();
                if (first == null || !first.StartsWith("cpu ", StringComparison.Ordinal)) return double.NaN;
                string[] f = first.Substring(4).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                double total = 0, idle = 0;
                for (int i = 0; i < f.Length && i < 8; i++)
                {
                    double v = double.Parse(f[i], CultureInfo.InvariantCulture);
                    total += v;
                    if (i == 3 || i == 4) idle += v; // idle, iowait
                }
                return (total - idle) / ticksPerSecond;
            }
            catch (IOException) { return double.NaN; }
        }

        public static ProcSample Sample(int pid, Stopwatch clock)
            => new ProcSample(CpuSeconds(pid) ?? double.NaN, RssBytes(pid), clock.Elapsed.TotalSeconds);

        public static bool Signal(int pid, int sig) => kill(pid, sig) == 0;
    }

    /// <summary>A backend server this program started: its own process (by pid), its log file,
    /// stopped by pid at the end (SIGTERM, then SIGKILL after a grace period).</summary>
    public sealed class BackendProcess : IDisposable
    {
        private readonly Process process;
        private readonly StreamWriter log;
        private readonly object logLock = new object();
        private bool stopped;

        public int Pid => process.Id;
        public string LogPath { get; }
        public string CommandLine { get; }

        private BackendProcess(Process process, StreamWriter log, string logPath, string commandLine)
        {
            this.process = process;
            this.log = log;
            LogPath = logPath;
            CommandLine = commandLine;
        }

        public bool HasExited => process.HasExited;

        public static BackendProcess Start(string exe, IReadOnlyList<string> args, string logPath)
        {
            if (!File.Exists(exe)) throw new FileNotFoundException("backend binary not found: " + exe + " (Debian: apt-get install prometheus-pushgateway victoria-metrics)", exe);
            var psi = new ProcessStartInfo(exe)
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = false,
                WorkingDirectory = Path.GetDirectoryName(logPath)!,
            };
            foreach (string a in args) psi.ArgumentList.Add(a);
            var writer = new StreamWriter(logPath, append: false) { AutoFlush = true };
            Process p = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + exe);
            var b = new BackendProcess(p, writer, logPath, exe + " " + string.Join(" ", args));
            p.OutputDataReceived += (_, e) => b.Log(e.Data);
            p.ErrorDataReceived += (_, e) => b.Log(e.Data);
            p.BeginOutputReadLine();
            p.BeginErrorReadLine();
            return b;
        }

        private void Log(string? line)
        {
            if (line == null) return;
            lock (logLock)
            {
                try { log.WriteLine(line); } catch (ObjectDisposedException) { }
            }
        }

        /// <summary>Polls <paramref name="url"/> until it answers 2xx; fails early when the process dies.</summary>
        public async Task WaitReady(HttpClient http, string url, TimeSpan within, CancellationToken ct)
        {
            var sw = Stopwatch.StartNew();
            string last = "";
            while (sw.Elapsed < within)
            {
                if (process.HasExited) throw new InvalidOperationException($"backend exited with {process.ExitCode} before it was ready; log: {LogPath}\n{Tail()}");
                try
                {
                    using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
                    cts.CancelAfter(TimeSpan.FromSeconds(2));
                    using HttpResponseMessage r = await http.GetAsync(url, cts.Token).ConfigureAwait(false);
                    if (r.IsSuccessStatusCode) return;
                    last = "HTTP " + (int)r.StatusCode;
                }
                catch (HttpRequestException e) { last = e.Message; }
                catch (TaskCanceledException) when (!ct.IsCancellationRequested) { last = "timeout"; }
                await Task.Delay(100, ct).ConfigureAwait(false);
            }
            throw new TimeoutException($"backend not ready at {url} within {within.TotalSeconds:0}s ({last}); log: {LogPath}");
        }

        public string Tail(int lines = 10)
        {
            try
            {
                lock (logLock) log.Flush();
                var all = new List<string>();
                using (var fs = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
                using (var r = new StreamReader(fs))
                {
                    string? l;
                    while ((l = r.ReadLine()) != null) all.Add(l);
                }
                return string.Join("\n", all.GetRange(Math.Max(0, all.Count - lines), Math.Min(lines, all.Count)));
            }
            catch (IOException) { return ""; }
        }

        /// <summary>Stops the process by its pid: SIGTERM, up to <paramref name="grace"/>, then SIGKILL.</summary>
        public void Stop(TimeSpan grace)
        {
            if (stopped) return;
            stopped = true;
            try
            {
                if (!process.HasExited)
                {
                    ProcFs.Signal(process.Id, ProcFs.SigTerm);
                    if (!process.WaitForExit((int)grace.TotalMilliseconds))
                    {
                        process.Kill(entireProcessTree: false);
                        process.WaitForExit(5000);
                    }
                }
                process.WaitForExit(); // drains the output readers
            }
            catch (InvalidOperationException) { }
            lock (logLock) log.Dispose();
        }

        public void Dispose()
        {
            Stop(TimeSpan.FromSeconds(10));
            process.Dispose();
        }

        /// <summary>A TCP port on 127.0.0.1 that was free a moment ago.</summary>
        public static int FreeLoopbackPort()
        {
            var l = new TcpListener(IPAddress.Loopback, 0);
            l.Start();
            int port = ((IPEndPoint)l.LocalEndpoint).Port;
            l.Stop();
            return port;
        }

        /// <summary>First line the binary prints for its version flag; when it prints nothing (Debian's
        /// victoria-metrics is built without version stamps), the Debian package's version.</summary>
        public static string Version(string exe, string flag)
        {
            string v = FirstLine(Run(exe, flag));
            if (v.Length > 0) return v;
            string owner = FirstLine(Run("/usr/bin/dpkg-query", "-S " + exe));
            int colon = owner.IndexOf(':');
            if (colon <= 0) return "?";
            string package = owner.Substring(0, colon);
            string version = FirstLine(Run("/usr/bin/dpkg-query", "-W -f=${Version} " + package));
            return version.Length > 0 ? package + " " + version + " (Debian)" : "?";
        }

        private static string FirstLine(string text)
        {
            foreach (string line in text.Split('\n')) if (line.Trim().Length > 0) return line.Trim();
            return "";
        }

        private static string Run(string exe, string arguments)
        {
            try
            {
                if (!File.Exists(exe)) return "";
                var psi = new ProcessStartInfo(exe, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                using Process p = Process.Start(psi)!;
                Task<string> o = p.StandardOutput.ReadToEndAsync();
                Task<string> e = p.StandardError.ReadToEndAsync();
                if (!p.WaitForExit(5000)) { p.Kill(); return ""; }
                return (o.Result + "\n" + e.Result).Trim();
            }
            catch (Exception) { return ""; }
        }
    }
}
