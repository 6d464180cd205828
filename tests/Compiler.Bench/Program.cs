using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Cs2Js;
using Cs2Js.Bundle;
using H = Cs2Js.Tests.Harness;

namespace Cs2Js.Bench
{
    /// <summary>Prints the compiler's figures (issue 3): corpus compile time, per-sample output size,
    /// hello-world bundle size and the runtime helpers' size, against the issue's targets.</summary>
    public static class Program
    {
        const int HelpersTargetGz = 6 * 1024;
        const int HelloTargetGz = 1024;

        const string HelloWorld = @"using System;

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(""Hello, world!"");
    }
}
";

        public static int Main()
        {
            var root = RepoRoot();
            var samplesDir = Path.Combine(root, "tests", "Compiler.Tests", "Samples");
            var samples = Directory.Exists(samplesDir)
                ? Directory.EnumerateFiles(samplesDir, "*.cs", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToList()
                : new List<string>();
            Console.WriteLine($"cs2js benchmark ({samples.Count} samples under tests/Compiler.Tests/Samples, {Environment.ProcessorCount} cores)");
            Console.WriteLine();

            // The differential corpus, run now: the oracle and engines of tests/Compiler.Tests' harness.
            Differential(samples.Count);

            // Warm-up: the first compile loads Roslyn and the reference assemblies and JITs the pipeline.
            var warm = Stopwatch.StartNew();
            var hello = Compile(new SourceFile("hello.cs", HelloWorld));
            warm.Stop();
            if (samples.Count > 0) Compile(Load(samplesDir, samples[0]));
            Console.WriteLine($"warm-up (first compile, cold Roslyn): {warm.Elapsed.TotalMilliseconds:0} ms");
            Console.WriteLine();

            // --- Corpus ---
            var rows = new List<(string Name, double Ms, int Raw, int Gz, bool Ok, string? Error)>();
            var total = Stopwatch.StartNew();
            foreach (var path in samples)
            {
                var src = Load(samplesDir, path);
                var sw = Stopwatch.StartNew();
                var r = Compile(src);
                sw.Stop();
                var js = r.Js ?? "";
                var bytes = Encoding.UTF8.GetBytes(js);
                rows.Add((src.Path, sw.Elapsed.TotalMilliseconds, bytes.Length, r.Success ? Gzip(bytes) : 0, r.Success,
                    r.Success ? null : r.Diagnostics.FirstOrDefault()?.ToString()));
            }
            total.Stop();
            var ok = rows.Where(r => r.Ok).ToList();
            Console.WriteLine("== Sample corpus: compile time (after warm-up, one run each, sequential) ==");
            Console.WriteLine($"  samples compiled      {ok.Count,8} of {rows.Count}");
            Console.WriteLine($"  total compile time    {total.Elapsed.TotalSeconds,8:0.00} s");
            if (rows.Count > 0)
            {
                var ms = rows.Select(r => r.Ms).OrderBy(x => x).ToList();
                Console.WriteLine($"  per sample  mean      {ms.Average(),8:0.0} ms");
                Console.WriteLine($"              median    {Percentile(ms, 50),8:0.0} ms");
                Console.WriteLine($"              p95       {Percentile(ms, 95),8:0.0} ms");
                Console.WriteLine($"              max       {ms.Max(),8:0.0} ms  ({rows.OrderByDescending(r => r.Ms).First().Name})");
            }
            foreach (var f in rows.Where(r => !r.Ok))
                Console.WriteLine($"  did not compile: {f.Name}: {f.Error}");
            Console.WriteLine();

            Console.WriteLine("== Per-sample compile time and output size (no source map) ==");
            Console.WriteLine($"  {"sample",-40} {"compile",10} {"raw",10} {"gzip",10}");
            foreach (var r in rows)
                Console.WriteLine($"  {r.Name,-40} {r.Ms,7:0.0} ms {(r.Ok ? Bytes(r.Raw) : "error"),10} {(r.Ok ? Bytes(r.Gz) : ""),10}");
            Console.WriteLine();

            if (ok.Count > 0)
            {
                Console.WriteLine("== Largest outputs (top 10 by raw size) ==");
                Console.WriteLine($"  {"sample",-40} {"raw",10} {"gzip",10}");
                foreach (var r in ok.OrderByDescending(r => r.Raw).Take(10))
                    Console.WriteLine($"  {r.Name,-40} {Bytes(r.Raw),10} {Bytes(r.Gz),10}");
                Console.WriteLine($"  {"median of all samples",-40} {Bytes((int)Percentile(ok.Select(r => (double)r.Raw).OrderBy(x => x).ToList(), 50)),10} {Bytes((int)Percentile(ok.Select(r => (double)r.Gz).OrderBy(x => x).ToList(), 50)),10}");
                Console.WriteLine($"  {"sum of all samples",-40} {Bytes(ok.Sum(r => r.Raw)),10} {Bytes(ok.Sum(r => r.Gz)),10}");
                Console.WriteLine();
            }

            // --- Hello world ---
            Console.WriteLine("== Hello world bundle ==");
            int helloGz = -1;
            if (hello.Success)
            {
                var b = Encoding.UTF8.GetBytes(hello.Js!);
                helloGz = Gzip(b);
                Console.WriteLine($"  raw {Bytes(b.Length)}, gzip {Bytes(helloGz)}, helpers used: {(hello.HelpersUsed.Count == 0 ? "none" : string.Join(" ", hello.HelpersUsed))}");
            }
            else
            {
                Console.WriteLine("  hello world did not compile:");
                foreach (var d in hello.Diagnostics) Console.WriteLine("    " + d);
            }
            Console.WriteLine();

            // --- Runtime helpers ---
            var runtime = Bundler.Runtime;
            var stripped = runtime.ToDictionary(kv => kv.Key, kv => StripComments(kv.Value));
            var rawAll = Encoding.UTF8.GetBytes(string.Concat(runtime.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => k.Value)));
            var strippedAll = Encoding.UTF8.GetBytes(string.Concat(stripped.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => k.Value)));
            var helpersGz = Gzip(strippedAll);
            var sumIndividualGz = stripped.Values.Sum(v => Gzip(Encoding.UTF8.GetBytes(v)));
            Console.WriteLine($"== Runtime helpers ({runtime.Count} embedded resources) ==");
            Console.WriteLine($"  {"",-44} {"bytes",10}");
            Console.WriteLine($"  {"raw (with comments)",-44} {Bytes(rawAll.Length),10}");
            Console.WriteLine($"  {"// comment lines stripped (as bundled)",-44} {Bytes(strippedAll.Length),10}");
            Console.WriteLine($"  {"gzip of raw concatenation",-44} {Bytes(Gzip(rawAll)),10}");
            Console.WriteLine($"  {"gzip of stripped concatenation",-44} {Bytes(helpersGz),10}");
            Console.WriteLine($"  {"sum of individually gzipped (stripped)",-44} {Bytes(sumIndividualGz),10}");
            Console.WriteLine("  largest helpers (stripped):");
            foreach (var kv in stripped.OrderByDescending(kv => kv.Value.Length).Take(8))
                Console.WriteLine($"    {kv.Key,-30} {Bytes(Encoding.UTF8.GetByteCount(kv.Value)),10} {Bytes(Gzip(Encoding.UTF8.GetBytes(kv.Value))),10} gz");
            Console.WriteLine();

            // --- Targets ---
            Console.WriteLine("== Targets (issue 3) ==");
            Console.WriteLine($"  {"figure",-44} {"measured",10} {"target",10}  verdict");
            Console.WriteLine($"  {"all runtime helpers, gzipped (stripped)",-44} {Bytes(helpersGz),10} {"<= 6 KB",10}  {(helpersGz <= HelpersTargetGz ? "met" : "MISSED")}");
            Console.WriteLine($"  {"hello-world bundle, gzipped",-44} {(helloGz < 0 ? "n/a" : Bytes(helloGz)),10} {"<= 1 KB",10}  {(helloGz < 0 ? "n/a" : helloGz <= HelloTargetGz ? "met" : "MISSED")}");
            Console.WriteLine("  (for scale: H5's runtime is about 190 KB gzipped)");
            return 0;
        }

        /// <summary>Every sample on .NET (the oracle), compiled by cs2js and run under Jint and node (when on
        /// PATH): programs, compiled, identical to .NET on every engine, refused. Computed on this run.</summary>
        static void Differential(int count)
        {
            var clock = Stopwatch.StartNew();
            int compiled = 0, identical = 0, refused = 0, netFailed = 0;
            var notes = new List<string>();
            var node = H.NodeRunner.NodePath != null ? H.NodeRunner.AllSamples : null;
            foreach (var sample in H.Sample.All)
            {
                var net = H.DotNetRunner.Run(sample);
                if (!net.Compiled) { netFailed++; notes.Add($"  not a .NET program: {sample.RelativePath}"); continue; }
                var expected = H.OutputText.Normalize(net.Output);
                CompileResult r;
                try { r = H.JsCompilation.Compile(sample); }
                catch (H.JsCompilation.CompilerHangException) { refused++; notes.Add($"  hung: {sample.RelativePath}"); continue; }
                if (!r.Success || r.Js == null)
                {
                    refused++;
                    notes.Add($"  refused: {sample.RelativePath}: {r.Diagnostics.FirstOrDefault()}");
                    continue;
                }
                compiled++;
                var jint = H.OutputText.Normalize(H.JintRunner.RunCached(r.Js).Output);
                string? nodeOut = null;
                if (node != null && sample.SkipNode == null && node.Outputs.TryGetValue(sample.RelativePath, out var raw)) nodeOut = H.OutputText.Normalize(raw);
                bool same = jint == expected && (nodeOut == null || nodeOut == expected);
                if (same) identical++;
                else notes.Add($"  differs from .NET{(sample.KnownDivergence != null ? " (@known-divergence)" : "")}: {sample.RelativePath}{(jint != expected ? " [Jint]" : "")}{(nodeOut != null && nodeOut != expected ? " [node]" : "")}{(net.Disturbed != null ? " (" + net.Disturbed + ")" : "")}");
            }
            clock.Stop();
            var engines = node == null ? "Jint" : node.Error != null ? "Jint (node failed: " + node.Error + ")" : "Jint and node";
            Console.WriteLine($"== Differential corpus: tests/Compiler.Tests/Samples, run now ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {clock.Elapsed.TotalSeconds:0} s) ==");
            Console.WriteLine($"  programs {count}, compiled {compiled}, identical to .NET {identical} ({engines}), refused {refused}" + (netFailed > 0 ? $", not .NET programs {netFailed}" : ""));
            foreach (var n in notes) Console.WriteLine(n);
            Console.WriteLine();
        }

        static CompileResult Compile(SourceFile file) =>
            Compiler.Compile(new[] { file }, new CompileOptions { OutputFileName = "out.js", SourceMap = false });

        static SourceFile Load(string root, string path) =>
            new SourceFile(Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path));

        // Same rule as the bundler: whole lines that are // comments go.
        static string StripComments(string js) => Regex.Replace(js, @"(?m)^\s*//.*$", "").Replace("\n\n", "\n").TrimStart('\n');

        static int Gzip(byte[] data)
        {
            using var ms = new MemoryStream();
            using (var gz = new GZipStream(ms, CompressionLevel.SmallestSize, leaveOpen: true)) gz.Write(data, 0, data.Length);
            return (int)ms.Length;
        }

        static double Percentile(List<double> sorted, double p)
        {
            if (sorted.Count == 0) return 0;
            var rank = p / 100.0 * (sorted.Count - 1);
            int lo = (int)Math.Floor(rank), hi = (int)Math.Ceiling(rank);
            return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
        }

        static string Bytes(int n) => n < 1024 ? $"{n} B" : $"{n / 1024.0:0.00} KB";

        static string RepoRoot()
        {
            var env = Environment.GetEnvironmentVariable("WSE_REPO_ROOT");
            if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
            foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
                for (var d = new DirectoryInfo(start); d != null; d = d.Parent)
                    if (File.Exists(Path.Combine(d.FullName, "WebRtcStatsExporter.sln"))) return d.FullName;
            throw new InvalidOperationException("cannot find the repository root (set WSE_REPO_ROOT)");
        }
    }
}
