using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using NUnit.Framework;

namespace WebRtcStatsExporter.Browser.Tests.Harness
{
    /// <summary>A copy of dist/unpacked whose manifest carries a test-only public key, so it gets its
    /// own extension id. A policy written for that id cannot change the settings of the other browser
    /// tests (which may run at the same time on this machine with the real id).</summary>
    public sealed class PolicyTestExtension : IDisposable
    {
        /// <summary>Public half of a key made for these tests only (the private half was not kept).</summary>
        public const string TestKey =
            "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA+zE7NEFhsKP3BIO/955NPPjOT8PSHLodNvfyJCQkadbCvqzcGDqY2Z1ojkJrEceohHXVsSZbYqg9V5sOdpuw" +
            "Ao8kxcaYOanOdC5q+sfPqxefJV/E1yLCJPPfwAcmM/1XG+IibtWy103oItVHSDH9a/Ah2NTFJnJjEeIqGNxhhA4STRXWtkDbOJ9Uca5mHvB6fMwm46/p08DKmLIYvcAHiP1Dg" +
            "wXmF8r0McYZFNkG4zVue2vncFMZPyWhI/vNwZdn/PeS959Mm3s0DY3niXD6D792jr1Kqu/d+Yd39afYg8Z9QqxFUG5L+2SSFkhbBbIT2ro/QL73MbcFNHDWRzcfnQIDAQAB";

        public const string TestExtensionId = "hmccdlbmkjpgenjoekcllgdphphgocam";

        public string Dir { get; }
        public string Id => TestExtensionId;

        private PolicyTestExtension(string dir) { Dir = dir; }

        /// <summary>The extension id Chromium derives from a manifest key: the first 32 hex digits of
        /// the SHA-256 of the DER public key, digits 0–f written as a–p.</summary>
        public static string IdOf(string base64Key)
        {
            byte[] hash = SHA256.HashData(Convert.FromBase64String(base64Key));
            return new string(Convert.ToHexString(hash).ToLowerInvariant().Take(32).Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))).ToArray());
        }

        public static PolicyTestExtension Create()
        {
            Repo.RequireBuiltExtension();
            Assert.That(IdOf(TestKey), Is.EqualTo(TestExtensionId));
            Assert.That(TestExtensionId, Is.Not.EqualTo(Repo.ExtensionId));
            string dir = Path.Combine(Path.GetTempPath(), "wse-policy-ext-" + Guid.NewGuid().ToString("N"));
            foreach (string file in Directory.EnumerateFiles(Repo.DistUnpacked, "*", SearchOption.AllDirectories))
            {
                string dest = Path.Combine(dir, Path.GetRelativePath(Repo.DistUnpacked, file));
                Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
                File.Copy(file, dest);
            }
            string manifestPath = Path.Combine(dir, "manifest.json");
            JsonObject manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!.AsObject();
            manifest["key"] = TestKey;
            File.WriteAllText(manifestPath, manifest.ToJsonString(new() { WriteIndented = true }));
            return new PolicyTestExtension(dir);
        }

        public void Dispose()
        {
            try { Directory.Delete(Dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>A real Chromium policy file for one extension: Debian's Chromium reads
    /// <c>/etc/chromium/policies/managed/*.json</c>, and an extension's policy goes under
    /// <c>3rdparty.extensions.&lt;id&gt;</c> (it reaches <c>chrome.storage.managed</c>, shaped by the
    /// manifest's <c>storage.managed_schema</c>). Writing needs root (CI runs as root). The file is
    /// deleted on <see cref="Dispose"/>, and any left over by a crashed run for the same id is
    /// replaced on creation.</summary>
    public sealed class ChromiumPolicyFile : IDisposable
    {
        public const string ManagedDir = "/etc/chromium/policies/managed";

        public string Path { get; }
        private readonly string extensionId;

        private ChromiumPolicyFile(string extensionId)
        {
            this.extensionId = extensionId;
            Path = System.IO.Path.Combine(ManagedDir, "wse-browser-test-" + extensionId + ".json");
        }

        /// <summary>Creates the directory if needed and writes the policy; fails (never skips) when the
        /// process may not write there.</summary>
        public static ChromiumPolicyFile Write(string extensionId, JsonObject extensionPolicy)
        {
            var f = new ChromiumPolicyFile(extensionId);
            try
            {
                Directory.CreateDirectory(ManagedDir);
                f.Update(extensionPolicy);
            }
            catch (UnauthorizedAccessException e)
            {
                Assert.Fail($"Cannot write {f.Path} ({e.Message}): the policy tests need root, as CI has (`.ci/run` runs as root).");
            }
            return f;
        }

        /// <summary>Replaces the policy atomically (write a temporary file, then rename), so Chromium's
        /// watcher never reads half a file.</summary>
        public void Update(JsonObject extensionPolicy)
        {
            var doc = new JsonObject
            {
                ["3rdparty"] = new JsonObject { ["extensions"] = new JsonObject { [extensionId] = extensionPolicy.DeepClone() } },
            };
            string tmp = Path + ".tmp";
            File.WriteAllText(tmp, doc.ToJsonString(new() { WriteIndented = true }));
            File.Move(tmp, Path, overwrite: true);
        }

        public void Dispose()
        {
            try { File.Delete(Path); } catch (IOException) { }
            try { File.Delete(Path + ".tmp"); } catch (IOException) { }
        }
    }
}
