using System;
using System.IO;
using NUnit.Framework;

namespace WebRtcStatsExporter.Browser.Tests.Harness
{
    /// <summary>Where things are: the repository, the built extension, the Debian tools.</summary>
    public static class Repo
    {
        /// <summary>The unpacked extension's id, fixed by the public key in static/manifest.json
        /// (first 32 hex digits of SHA-256 of the DER key, 0-f mapped to a-p).</summary>
        public const string ExtensionId = "ifohkmhhedbibihcfagialejchooegge";

        public const string Chromium = "/usr/bin/chromium";
        public const string PushgatewayBinary = "/usr/bin/prometheus-pushgateway";
        public const string Promtool = "/usr/bin/promtool";

        public static string Root { get; } = FindRoot();

        public static string DistUnpacked => Path.Combine(Root, "dist", "unpacked");

        private static string FindRoot()
        {
            string? env = Environment.GetEnvironmentVariable("WSE_REPO_ROOT");
            if (!string.IsNullOrEmpty(env)) return Path.GetFullPath(env);
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "WebRtcStatsExporter.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (WebRtcStatsExporter.sln); set WSE_REPO_ROOT.");
        }

        /// <summary>Fails (never skips) when a Debian tool the browser tests need is missing.</summary>
        public static void RequireTool(string path, string package)
        {
            if (!File.Exists(path))
                Assert.Fail($"{path} is missing: install it with `apt-get install -y {package}` (as root; `apt-get update` first). .ci/run does this on CI.");
        }

        public static void RequireBuiltExtension()
        {
            if (!File.Exists(Path.Combine(DistUnpacked, "manifest.json")) || !File.Exists(Path.Combine(DistUnpacked, "background.js")))
                Assert.Fail($"{DistUnpacked} has no built extension: run `dotnet cake` first (`dotnet cake --target=Test` does).");
        }
    }
}
