using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace WebRtcStatsExporter.Browser.Bench
{
    /// <summary>CPU time of Chromium processes from /proc (the kernel's own accounting): the browser is
    /// found by its unique --user-data-dir, the extension's process among its descendants by
    /// --extension-process (with one extension loaded, it hosts only our service worker while no
    /// extension page is open).</summary>
    public static class ProcessCpu
    {
        static readonly double TicksPerSecond = 100; // USER_HZ on Linux

        public static int? ExtensionProcess(string userDataDir)
        {
            var all = Snapshot();
            var roots = all.Where(p => p.Cmdline.Contains("--user-data-dir=" + userDataDir)).Select(p => p.Pid).ToHashSet();
            var mine = new HashSet<int>(roots);
            bool grew = true;
            while (grew)
            {
                grew = false;
                foreach (var p in all) if (!mine.Contains(p.Pid) && mine.Contains(p.Ppid)) { mine.Add(p.Pid); grew = true; }
            }
            var ext = all.Where(p => mine.Contains(p.Pid) && p.Cmdline.Contains("--extension-process")).ToList();
            return ext.Count == 1 ? ext[0].Pid : null;
        }

        /// <summary>user + system CPU seconds of one process, or NaN when it is gone.</summary>
        public static double Seconds(int pid)
        {
            try
            {
                string stat = File.ReadAllText($"/proc/{pid}/stat");
                // fields after the ")" of the command name: state is field 3; utime 14, stime 15
                var rest = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                return (double.Parse(rest[11]) + double.Parse(rest[12])) / TicksPerSecond;
            }
            catch (IOException) { return double.NaN; }
        }

        sealed record Proc(int Pid, int Ppid, string Cmdline);

        static List<Proc> Snapshot()
        {
            var list = new List<Proc>();
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(dir), out int pid)) continue;
                try
                {
                    string stat = File.ReadAllText(Path.Combine(dir, "stat"));
                    var rest = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    int ppid = int.Parse(rest[1]);
                    string cmd = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                    list.Add(new Proc(pid, ppid, cmd));
                }
                catch (IOException) { }
                catch (UnauthorizedAccessException) { }
            }
            return list;
        }
    }
}
