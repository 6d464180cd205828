using System;
using System.IO;
using System.Text.Json.Nodes;

namespace WebRtcStatsExporter.Browser.Tests.Harness
{
    /// <summary>A copy of the built extension (dist/unpacked) with a changed manifest, for a test that
    /// needs what a user or Chrome would otherwise have to grant. It lives under artifacts/ (git-ignored)
    /// and is deleted on <see cref="Dispose"/>; dist/ and tracked files are never touched. Same key,
    /// so same extension id as the real build.</summary>
    public sealed class ExtensionCopy : IDisposable
    {
        public string Dir { get; }

        private ExtensionCopy(string dir) { Dir = dir; }

        public static ExtensionCopy Create(string name, Action<JsonObject> changeManifest)
        {
            Repo.RequireBuiltExtension();
            string dir = Path.Combine(Repo.Root, "artifacts", "browser-tests", name + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            foreach (string file in Directory.EnumerateFiles(Repo.DistUnpacked, "*", SearchOption.AllDirectories))
            {
                string dest = Path.Combine(dir, Path.GetRelativePath(Repo.DistUnpacked, file));
                Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
                File.Copy(file, dest);
            }
            string manifestPath = Path.Combine(dir, "manifest.json");
            JsonObject manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!.AsObject();
            changeManifest(manifest);
            File.WriteAllText(manifestPath, manifest.ToJsonString(new() { WriteIndented = true }));
            return new ExtensionCopy(dir);
        }

        public void Dispose()
        {
            try { Directory.Delete(Dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
