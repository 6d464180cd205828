using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;

namespace Cs2Js.Tests.Harness
{
    /// <summary>Runs every compiled sample bundle in ONE node process per test run (lazily, on first
    /// use) and keeps the outputs by sample path.</summary>
    public static class NodeRunner
    {
        public sealed record Batch(IReadOnlyDictionary<string, string> Outputs, string? Error);

        /// <summary>Backstop for the whole node process (every bundle of one printing). Each script and timer
        /// callback also has node-harness.mjs's own 60 s limit; neither is reached by a slow machine.</summary>
        public static readonly TimeSpan BatchBackstop = TimeSpan.FromMinutes(20);

        private static readonly Lazy<string?> nodePath = new Lazy<string?>(() =>
        {
            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
            {
                if (dir.Length == 0) continue;
                var p = Path.Combine(dir, "node");
                if (File.Exists(p)) return p;
            }
            return null;
        });

        public static string? NodePath => nodePath.Value;

        private static readonly Lazy<Batch> batch = new Lazy<Batch>(() => RunBatch(false));
        private static readonly Lazy<Batch> releaseBatch = new Lazy<Batch>(() => RunBatch(true));
        public static Batch AllSamples => batch.Value;
        /// <summary>The same, for the samples printed in release (minified) form.</summary>
        public static Batch AllSamplesRelease => releaseBatch.Value;

        public static string HarnessText()
        {
            using var s = typeof(NodeRunner).Assembly.GetManifestResourceStream("node-harness.mjs")
                ?? throw new InvalidOperationException("embedded node-harness.mjs missing");
            using var r = new StreamReader(s);
            return r.ReadToEnd();
        }

        private static Batch RunBatch(bool release)
        {
            if (NodePath == null) return new Batch(new Dictionary<string, string>(), "node not on PATH");
            var dir = Path.Combine(Path.GetTempPath(), "cs2js-node-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(dir);
            try
            {
                var harness = Path.Combine(dir, "node-harness.mjs");
                File.WriteAllText(harness, HarnessText());
                var manifest = new List<Dictionary<string, string>>();
                int i = 0;
                foreach (var sample in Sample.All)
                {
                    if (sample.SkipNode != null) continue;
                    var r = JsCompilation.Compile(sample, release);
                    if (!r.Success || r.Js == null) continue;
                    var file = Path.Combine(dir, (i++).ToString("D4") + "-" + sample.JsFileName);
                    File.WriteAllText(file, r.Js);
                    manifest.Add(new Dictionary<string, string> { ["id"] = sample.RelativePath, ["file"] = file });
                }
                var manifestPath = Path.Combine(dir, "manifest.json");
                var resultsPath = Path.Combine(dir, "results.json");
                var preludePath = Path.Combine(dir, "prelude.js");
                File.WriteAllText(preludePath, HostPrelude.Js);
                File.WriteAllText(manifestPath, JsonSerializer.Serialize(manifest));
                var psi = new ProcessStartInfo(NodePath)
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                psi.ArgumentList.Add("--disallow-code-generation-from-strings");
                psi.ArgumentList.Add(harness);
                psi.ArgumentList.Add(manifestPath);
                psi.ArgumentList.Add(resultsPath);
                psi.ArgumentList.Add(preludePath);
                psi.Environment["TZ"] = "UTC";
                using var proc = Process.Start(psi)!;
                var stdoutTask = proc.StandardOutput.ReadToEndAsync();
                var stderrTask = proc.StandardError.ReadToEndAsync();
                if (!proc.WaitForExit(BatchBackstop))
                {
                    try { proc.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                    return new Batch(new Dictionary<string, string>(), $"node harness did not finish in {BatchBackstop.TotalMinutes:0} minutes (a hang)");
                }
                var stderr = stderrTask.Result;
                if (!File.Exists(resultsPath))
                    return new Batch(new Dictionary<string, string>(), "node harness failed (exit " + proc.ExitCode + "): " + stderr + stdoutTask.Result);
                var results = JsonSerializer.Deserialize<List<NodeResult>>(File.ReadAllText(resultsPath)) ?? new List<NodeResult>();
                return new Batch(results.ToDictionary(r => r.id, r => r.output), null);
            }
            finally
            {
                try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
            }
        }

#pragma warning disable IDE1006 // JSON names
        private sealed class NodeResult
        {
            public string id { get; set; } = "";
            public string output { get; set; } = "";
        }
#pragma warning restore IDE1006
    }
}
