using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using NUglify;
using NUglify.JavaScript;

namespace WebRtcStatsExporter.MinifierBench
{
    /// <summary>
    /// Usage: MinifierBench DEBUG_DIR RELEASE_DIR BUNDLE.js...
    /// Minifies each debug bundle with esbuild and with NUglify and prints raw/gzip sizes beside the
    /// debug bundle and our own release printing, and the time each minifier took. The minified outputs
    /// are checked to parse (esbuild and NUglify both reject what they cannot read).
    /// </summary>
    public static class Program
    {
        const string EsbuildPackage = "@esbuild/linux-x64";
        const string EsbuildVersion = "0.28.2";

        public static int Main(string[] args)
        {
            if (args.Length < 3) { Console.Error.WriteLine("usage: MinifierBench DEBUG_DIR RELEASE_DIR BUNDLE.js..."); return 2; }
            string debugDir = args[0], releaseDir = args[1];
            var files = args.Skip(2).ToList();
            var root = RepoRoot();
            var esbuild = Esbuild(root);
            var outDir = Path.Combine(root, "artifacts", "bench-minifiers");
            Directory.CreateDirectory(outDir);

            Console.WriteLine($"Minifiers on the debug bundles (KiB raw / gzip -9); esbuild {EsbuildVersion} --minify, NUglify 1.23.7 with local renaming");
            Console.WriteLine($"  {"file",-14} {"debug",15} {"cs2js release",15} {"esbuild",15} {"NUglify",15}");
            long[] sum = new long[8];
            double esbuildMs = 0, nuglifyMs = 0;
            foreach (var f in files)
            {
                var debug = File.ReadAllText(Path.Combine(debugDir, f));
                var ours = File.ReadAllText(Path.Combine(releaseDir, f));
                var debugJs = StripMapComment(debug);
                var sw = Stopwatch.StartNew();
                var es = esbuild == null ? null : RunEsbuild(esbuild, debugJs);
                esbuildMs += sw.Elapsed.TotalMilliseconds;
                sw.Restart();
                var nu = Uglify.Js(debugJs, new CodeSettings { MinifyCode = true, LocalRenaming = LocalRenaming.CrunchAll });
                nuglifyMs += sw.Elapsed.TotalMilliseconds;
                string? nuJs = nu.HasErrors ? null : nu.Code;
                if (nu.HasErrors) Console.Error.WriteLine($"  NUglify refused {f}: {string.Join("; ", nu.Errors.Take(3))}");
                if (es != null) File.WriteAllText(Path.Combine(outDir, "esbuild-" + f), es);
                if (nuJs != null) File.WriteAllText(Path.Combine(outDir, "nuglify-" + f), nuJs);
                var cols = new[] { debugJs, StripMapComment(ours), es, nuJs };
                var cells = new List<string>();
                for (int i = 0; i < cols.Length; i++)
                {
                    if (cols[i] == null) { cells.Add("-"); continue; }
                    var b = Encoding.UTF8.GetBytes(cols[i]!);
                    long gz = Gzip(b);
                    sum[2 * i] += b.Length; sum[2 * i + 1] += gz;
                    cells.Add($"{Kb(b.Length)} / {Kb(gz)}");
                }
                Console.WriteLine($"  {f,-14} {cells[0],15} {cells[1],15} {cells[2],15} {cells[3],15}");
            }
            Console.WriteLine($"  {"all bundles",-14} {Kb(sum[0]) + " / " + Kb(sum[1]),15} {Kb(sum[2]) + " / " + Kb(sum[3]),15} {Kb(sum[4]) + " / " + Kb(sum[5]),15} {Kb(sum[6]) + " / " + Kb(sum[7]),15}");
            Console.WriteLine($"  minifier time for all bundles: esbuild {esbuildMs:0} ms (incl. process start), NUglify {nuglifyMs:0} ms (in process, first call JITs)");
            Console.WriteLine($"  minified outputs in {Path.GetRelativePath(root, outDir)}/");
            return 0;
        }

        static string StripMapComment(string js)
        {
            var i = js.LastIndexOf("//# sourceMappingURL=", StringComparison.Ordinal);
            return i < 0 ? js : js.Substring(0, i);
        }

        /// <summary>The esbuild binary from its npm package, installed with npm under artifacts/ on first use.</summary>
        static string? Esbuild(string root)
        {
            var dir = Path.Combine(root, "artifacts", "esbuild");
            var exe = Path.Combine(dir, "node_modules", "@esbuild", "linux-x64", "bin", "esbuild");
            if (File.Exists(exe)) return exe;
            Directory.CreateDirectory(dir);
            var psi = new ProcessStartInfo("npm", $"install --no-save --no-audit --no-fund --prefix \"{dir}\" {EsbuildPackage}@{EsbuildVersion}")
            { RedirectStandardOutput = true, RedirectStandardError = true };
            using var p = Process.Start(psi)!;
            var err = p.StandardError.ReadToEndAsync();
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            if (p.ExitCode != 0 || !File.Exists(exe))
            {
                Console.Error.WriteLine($"  esbuild unavailable (npm install {EsbuildPackage}@{EsbuildVersion} exited {p.ExitCode}): {err.Result.Trim()}");
                return null;
            }
            return exe;
        }

        static string RunEsbuild(string exe, string js)
        {
            var psi = new ProcessStartInfo(exe, "--minify --loader=js --log-level=error")
            { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
            using var p = Process.Start(psi)!;
            var output = p.StandardOutput.ReadToEndAsync();
            var err = p.StandardError.ReadToEndAsync();
            p.StandardInput.Write(js);
            p.StandardInput.Close();
            p.WaitForExit();
            if (p.ExitCode != 0) throw new InvalidOperationException("esbuild failed: " + err.Result);
            return output.Result;
        }

        static long Gzip(byte[] data)
        {
            using var ms = new MemoryStream();
            using (var gz = new GZipStream(ms, CompressionLevel.SmallestSize, leaveOpen: true)) gz.Write(data, 0, data.Length);
            return ms.Length;
        }

        static string Kb(long bytes) => (bytes / 1024.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);

        static string RepoRoot()
        {
            var env = Environment.GetEnvironmentVariable("WSE_REPO_ROOT");
            if (!string.IsNullOrEmpty(env)) return env;
            for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "build.cake"))) return d.FullName;
            return Environment.CurrentDirectory;
        }
    }
}
