using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using WebRtcStatsExporter.Background;
using WebRtcStatsExporter.Tests;

namespace WebRtcStatsExporter.Worker.Tests.Fakes
{
    /// <summary><see cref="IPackageFiles"/> as chrome.runtime.getURL + fetch answer it: the file the
    /// package ships (<c>static/</c>, which the build copies unchanged into <c>dist/unpacked/</c>),
    /// parsed into <see cref="WebRtcStatsExporter.Shared.Plain"/> values; a missing or unparsable
    /// file throws as fetch or Response.json() would. <see cref="Broken"/> names files that fail.</summary>
    public sealed class FakePackageFiles : IPackageFiles
    {
        public readonly List<string> Read = new();
        public readonly HashSet<string> Broken = new();

        public static string Root()
        {
            string? d = AppContext.BaseDirectory;
            while (d != null && !File.Exists(Path.Combine(d, "Directory.Build.props"))) d = Path.GetDirectoryName(d);
            if (d == null) throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
            return Path.Combine(d, "static");
        }

        public Task<object?> Json(string name)
        {
            Read.Add(name);
            string path = Path.Combine(Root(), name);
            if (Broken.Contains(name) || !File.Exists(path)) return Task.FromException<object?>(new Exception(name + ": HTTP 404"));
            return Task.FromResult(PlainJson.Parse(File.ReadAllText(path)));
        }
    }
}
