using System;
using System.IO;
using System.Linq;

namespace WebRtcStatsExporter.Release.Tests
{
    public static class Repo
    {
        public static string Root { get; } = Find();

        private static string Find()
        {
            string? env = Environment.GetEnvironmentVariable("WSE_REPO_ROOT");
            if (!string.IsNullOrEmpty(env)) return Path.GetFullPath(env);
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "WebRtcStatsExporter.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("repository root (WebRtcStatsExporter.sln) not found; set WSE_REPO_ROOT");
        }

        public static string Read(params string[] parts) => File.ReadAllText(Path.Combine(new[] { Root }.Concat(parts).ToArray()));
    }
}
