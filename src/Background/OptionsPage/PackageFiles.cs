using System;
using System.Threading.Tasks;
using Js;

namespace WebRtcStatsExporter.Background
{
    /// <summary>The extension's own shipped files, read as JSON: <c>chrome.runtime.getURL</c> and
    /// <c>fetch</c> in the worker, the files the build ships in tests. Throws when the file cannot
    /// be read or parsed.</summary>
    public interface IPackageFiles
    {
        Task<object?> Json(string name);
    }

    public sealed class PackageFiles : IPackageFiles
    {
        public async Task<object?> Json(string name)
        {
            Response r = await Dom.Fetch(Chrome.Runtime.GetUrl(name));
            if (!r.Ok) throw new Exception(name + ": HTTP " + r.Status);
            return await r.Json();
        }
    }
}
