using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using NUnit.Framework;

namespace WebRtcStatsExporter.Release.Tests
{
    /// <summary>Issue 15: the build runs twice, each time on a fresh clone of the commit under test, and
    /// the two Web Store zips have the same SHA-256. One of the two runs also makes a private build
    /// (endpoint in host_permissions, signed CRX, update manifest), which must not change the store zip.</summary>
    [Category("Release")]
    [NonParallelizable]
    public sealed class ReproducibleBuildTests
    {
        private const string Endpoint = "https://pgw.corp.example:9091";
        private const string UpdateUrl = "https://ext.corp.example/wse/updates.xml";

        private string work = "";
        private string keyPath = "";
        private string cloneA = "", cloneB = "";
        private byte[] zipA = Array.Empty<byte>(), zipB = Array.Empty<byte>();
        private string version = "";

        [OneTimeSetUp]
        public void BuildTwiceOnFreshClones()
        {
            work = Path.Combine(Path.GetTempPath(), "wse-release-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(work);
            using (RSA rsa = RSA.Create(2048))
            {
                keyPath = Path.Combine(work, "org-extension.pem");
                File.WriteAllText(keyPath, rsa.ExportPkcs8PrivateKeyPem());
            }
            string head = Run("git", new[] { "rev-parse", "HEAD" }, Repo.Root).Trim();
            cloneA = Clone(head, "a");
            cloneB = Clone(head, "b");
            Cake(cloneA, "--target=Package", "--endpoint-origin=" + Endpoint, "--update-url=" + UpdateUrl, "--crx-key=" + keyPath);
            Cake(cloneB, "--target=Package");
            version = JsonNode.Parse(File.ReadAllText(Path.Combine(cloneB, "static", "manifest.json")))!["version"]!.GetValue<string>();
            zipA = File.ReadAllBytes(Path.Combine(cloneA, "dist", $"webrtc-stats-exporter-{version}.zip"));
            zipB = File.ReadAllBytes(Path.Combine(cloneB, "dist", $"webrtc-stats-exporter-{version}.zip"));
        }

        [OneTimeTearDown]
        public void RemoveClones()
        {
            try { if (work.Length > 0) Directory.Delete(work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }

        private string Clone(string commit, string name)
        {
            string dir = Path.Combine(work, name);
            Run("git", new[] { "clone", "--quiet", "--no-checkout", Repo.Root, dir }, work);
            Run("git", new[] { "-c", "advice.detachedHead=false", "checkout", "--quiet", commit }, dir);
            return dir;
        }

        private static void Cake(string dir, params string[] args)
        {
            Run("dotnet", new[] { "tool", "restore" }, dir);
            Run("dotnet", new[] { "cake" }.Concat(args).ToArray(), dir);
        }

        private static string Run(string exe, string[] args, string dir)
        {
            var psi = new ProcessStartInfo(exe) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string a in args) psi.ArgumentList.Add(a);
            // The clone is built as itself: nothing points back at the repository under test.
            psi.Environment.Remove("WSE_REPO_ROOT");
            psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            psi.Environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";
            psi.Environment["DOTNET_NOLOGO"] = "1";
            var output = new StringBuilder();
            using var p = new Process { StartInfo = psi };
            p.OutputDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
            p.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
            p.Start();
            p.BeginOutputReadLine();
            p.BeginErrorReadLine();
            if (!p.WaitForExit(TimeSpan.FromMinutes(20))) { try { p.Kill(true); } catch (InvalidOperationException) { } Assert.Fail($"{exe} {string.Join(' ', args)} did not finish within 20 minutes in {dir}"); }
            p.WaitForExit();
            string text;
            lock (output) text = output.ToString();
            if (p.ExitCode != 0)
                Assert.Fail($"{exe} {string.Join(' ', args)} failed (exit {p.ExitCode}) in {dir}:\n" + string.Join("\n", text.Split('\n').TakeLast(40)));
            return text;
        }

        private static string Sha256(byte[] data) => Convert.ToHexString(SHA256.HashData(data)).ToLowerInvariant();

        [Test]
        public void Two_builds_on_fresh_clones_give_the_same_web_store_zip()
        {
            TestContext.Progress.WriteLine($"[measured] Web Store zip SHA-256: build 1 {Sha256(zipA)}, build 2 {Sha256(zipB)} ({zipA.Length} bytes)");
            Assert.That(Sha256(zipA), Is.EqualTo(Sha256(zipB)), "the Web Store zip is not reproducible: " + Differences());
        }

        private string Differences()
        {
            using var a = new ZipArchive(new MemoryStream(zipA));
            using var b = new ZipArchive(new MemoryStream(zipB));
            var diffs = new List<string>();
            var names = a.Entries.Select(e => e.FullName).Union(b.Entries.Select(e => e.FullName)).OrderBy(n => n, StringComparer.Ordinal);
            foreach (string name in names)
            {
                ZipArchiveEntry? ea = a.GetEntry(name), eb = b.GetEntry(name);
                if (ea == null || eb == null) { diffs.Add(name + " only in one zip"); continue; }
                if (Sha256(Read(ea)) != Sha256(Read(eb))) diffs.Add(name + " differs");
                else if (ea.LastWriteTime != eb.LastWriteTime) diffs.Add(name + " timestamps differ");
            }
            return diffs.Count == 0 ? "same entries and contents (the archive layout differs)" : string.Join(", ", diffs);
        }

        private static byte[] Read(ZipArchiveEntry e)
        {
            using Stream s = e.Open();
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            return ms.ToArray();
        }

        [Test]
        public void The_web_store_zip_has_no_key_no_source_maps_and_no_tests()
        {
            using var zip = new ZipArchive(new MemoryStream(zipB));
            var names = zip.Entries.Select(e => e.FullName).ToList();
            Assert.That(names, Does.Contain("manifest.json").And.Contain("managed_schema.json").And.Contain("background.js"));
            Assert.That(names.Where(n => n.EndsWith(".map")), Is.Empty, "source maps");
            Assert.That(names.Where(n => n.Contains("test", StringComparison.OrdinalIgnoreCase) || n.EndsWith(".cs") || n.EndsWith(".csproj")), Is.Empty, "tests or sources");
            JsonObject manifest = JsonNode.Parse(Read(zip.GetEntry("manifest.json")!))!.AsObject();
            Assert.That(manifest.ContainsKey("key"), Is.False, "the Web Store assigns the key");
            Assert.That(manifest.ContainsKey("update_url"), Is.False, "the Web Store serves updates");
            Assert.That(manifest["storage"]!["managed_schema"]!.GetValue<string>(), Is.EqualTo("managed_schema.json"));
            // the worker's options form reads its labels and help from this file: the one generated from
            // SettingsHelp (Extension.Tests SettingsDocsTests keeps static/ equal to the generator)
            Assert.That(Encoding.UTF8.GetString(Read(zip.GetEntry("managed_schema.json")!)), Is.EqualTo(File.ReadAllText(Path.Combine(cloneB, "static", "managed_schema.json"))));
            Assert.That(Encoding.UTF8.GetString(Read(zip.GetEntry("background.js")!)), Does.Contain("managed_schema.json"), "the worker reads it");
            foreach (ZipArchiveEntry js in zip.Entries.Where(e => e.FullName.EndsWith(".js")))
                Assert.That(Encoding.UTF8.GetString(Read(js)), Does.Not.Contain("sourceMappingURL"), js.FullName);
            // Everything the build made is in the zip, byte for byte apart from the manifest and the map trailers.
            string unpacked = Path.Combine(cloneB, "dist", "unpacked");
            var expected = Directory.EnumerateFiles(unpacked, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(unpacked, f).Replace('\\', '/')).Where(n => !n.EndsWith(".map")).OrderBy(n => n, StringComparer.Ordinal);
            Assert.That(names.OrderBy(n => n, StringComparer.Ordinal), Is.EqualTo(expected));
        }

        [Test]
        public void The_private_build_carries_the_endpoint_and_a_verifiable_crx()
        {
            string dir = Path.Combine(cloneA, "dist", "private");
            Crx crx = Crx.Parse(File.ReadAllBytes(Path.Combine(dir, $"webrtc-stats-exporter-{version}.crx")));
            Assert.That(crx.SignaturesVerify(), Is.True, "the CRX signature does not verify");
            using RSA key = RSA.Create();
            key.ImportFromPem(File.ReadAllText(keyPath));
            byte[] spki = key.ExportSubjectPublicKeyInfo();
            Assert.That(crx.RsaProofs.Single().PublicKey, Is.EqualTo(spki));
            Assert.That(crx.CrxId, Is.EqualTo(SHA256.HashData(spki).Take(16).ToArray()));
            string id = Crx.IdOf(crx.CrxId);

            using var inner = new ZipArchive(new MemoryStream(crx.Zip));
            JsonObject manifest = JsonNode.Parse(Read(inner.GetEntry("manifest.json")!))!.AsObject();
            Assert.That(manifest["host_permissions"]!.AsArray().Select(h => h!.GetValue<string>()), Does.Contain(Endpoint + "/*"));
            Assert.That(manifest["update_url"]!.GetValue<string>(), Is.EqualTo(UpdateUrl));
            Assert.That(manifest.ContainsKey("key"), Is.False);

            XDocument updates = XDocument.Load(Path.Combine(dir, "updates.xml"));
            XNamespace ns = "http://www.google.com/update2/response";
            XElement app = updates.Root!.Element(ns + "app")!;
            Assert.That(app.Attribute("appid")!.Value, Is.EqualTo(id));
            Assert.That(app.Element(ns + "updatecheck")!.Attribute("version")!.Value, Is.EqualTo(version));
            Assert.That(app.Element(ns + "updatecheck")!.Attribute("codebase")!.Value, Is.EqualTo($"https://ext.corp.example/wse/webrtc-stats-exporter-{version}.crx"));
            Assert.That(File.ReadAllText(Path.Combine(dir, "forcelist-entry.txt")).Trim(), Is.EqualTo(id + ";" + UpdateUrl));

            using var privateZip = new ZipArchive(File.OpenRead(Path.Combine(dir, $"webrtc-stats-exporter-{version}-private.zip")));
            JsonObject listed = JsonNode.Parse(Read(privateZip.GetEntry("manifest.json")!))!.AsObject();
            Assert.That(listed["host_permissions"]!.AsArray().Select(h => h!.GetValue<string>()), Does.Contain(Endpoint + "/*"));
            Assert.That(listed.ContainsKey("update_url"), Is.False, "a private Web Store listing is updated by the store");
        }

        [Test]
        public void Chromiums_own_packer_writes_the_crx_format_the_tests_read()
        {
            const string chromium = "/usr/bin/chromium";
            if (!File.Exists(chromium)) Assert.Fail("/usr/bin/chromium is missing: `apt-get install -y chromium` (.ci/run does).");
            string copy = Path.Combine(work, "pack-me");
            foreach (string f in Directory.EnumerateFiles(Path.Combine(cloneB, "dist", "unpacked"), "*", SearchOption.AllDirectories))
            {
                string dest = Path.Combine(copy, Path.GetRelativePath(Path.Combine(cloneB, "dist", "unpacked"), f));
                Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
                File.Copy(f, dest);
            }
            JsonObject m = JsonNode.Parse(File.ReadAllText(Path.Combine(copy, "manifest.json")))!.AsObject();
            m.Remove("key");
            File.WriteAllText(Path.Combine(copy, "manifest.json"), m.ToJsonString());
            Run(chromium, new[] { "--headless", "--no-sandbox", "--pack-extension=" + copy, "--pack-extension-key=" + keyPath }, work);
            Crx packed = Crx.Parse(File.ReadAllBytes(copy + ".crx"));
            Assert.That(packed.SignaturesVerify(), Is.True);
            Crx ours = Crx.Parse(File.ReadAllBytes(Path.Combine(cloneA, "dist", "private", $"webrtc-stats-exporter-{version}.crx")));
            Assert.That(Crx.IdOf(packed.CrxId), Is.EqualTo(Crx.IdOf(ours.CrxId)), "Chromium and the build derive the same id from the key");
        }
    }
}
