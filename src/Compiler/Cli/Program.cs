using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Cs2Js.Cli
{
    /// <summary>
    /// cs2js command line.
    ///   cs2js file.cs... -o out.js                          one program whose entry is static Main()
    ///   cs2js --sources DIR... --entry Ns.Type.Method --kind worker|content|page|main-world -o out.js
    ///   cs2js --sources DIR... --shared OUT/shared.js (--entry Ns.Type.Method --kind K -o OUT/x.js)...
    ///     several entries compiled together; what two or more need is written once, to the shared file
    ///   --release: minified, renamed printing; --report FILE: writes what the bundle carries (kind, name
    ///   and printed bytes of every runtime helper and type, tab-separated) to FILE (with --shared: a
    ///   folder, one FILE.tsv per written file).
    /// Errors print in csc's format (file(line,col): error CODE: message); the exit code is 1.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            var files = new List<string>();
            string? output = null, entry = null;
            var kind = TargetKind.Program;
            bool map = true, release = false;
            string? report = null, shared = null;
            var entries = new List<(string Entry, TargetKind Kind, string? Output)>();
            for (int i = 0; i < args.Length; i++)
            {
                var a = args[i];
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"missing value after {a}");
                try
                {
                    switch (a)
                    {
                        case "-o": case "--out":
                            output = Next();
                            if (entries.Count > 0) entries[^1] = entries[^1] with { Output = output };
                            break;
                        case "--entry": entry = Next(); entries.Add((entry, TargetKind.Program, null)); break;
                        case "--shared": shared = Next(); break;
                        case "--no-map": map = false; break;
                        case "--release": release = true; break;
                        case "--report": report = Next(); break;
                        case "--kind":
                            kind = Next() switch
                            {
                                "program" => TargetKind.Program, "worker" => TargetKind.Worker, "content" => TargetKind.Content,
                                "page" => TargetKind.Page, "main-world" => TargetKind.MainWorld,
                                var k => throw new ArgumentException($"unknown kind '{k}' (program, worker, content, page, main-world)"),
                            };
                            if (entries.Count > 0) entries[^1] = entries[^1] with { Kind = kind };
                            break;
                        case "--sources":
                            var dir = Next();
                            if (!Directory.Exists(dir)) throw new ArgumentException($"no such folder: {dir}");
                            files.AddRange(Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories)
                                .Where(f => !f.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(p => p is "bin" or "obj"))
                                .OrderBy(f => f, StringComparer.Ordinal));
                            break;
                        case "-h": case "--help":
                            Console.WriteLine("usage: cs2js file.cs... -o out.js | --sources DIR... [--entry Ns.Type.Method] [--kind K] [--release] [--report FILE] [--no-map] -o out.js");
                            return 0;
                        default:
                            if (a.StartsWith("-", StringComparison.Ordinal)) throw new ArgumentException($"unknown option {a}");
                            files.Add(a);
                            break;
                    }
                }
                catch (ArgumentException e)
                {
                    Console.Error.WriteLine($"cs2js: error CSX0000: {e.Message}");
                    return 2;
                }
            }
            if (output == null || files.Count == 0)
            {
                Console.Error.WriteLine("cs2js: error CSX0000: usage: cs2js file.cs... -o out.js");
                return 2;
            }
            var sources = new List<SourceFile>();
            foreach (var f in files)
            {
                if (!File.Exists(f)) { Console.Error.WriteLine($"{f}(1,1): error CSX0002: file not found"); return 1; }
                sources.Add(new SourceFile(Path.GetRelativePath(Environment.CurrentDirectory, f), File.ReadAllText(f)));
            }
            if (shared != null) return CompileShared(sources, shared, entries, map, release, report);
            var result = Compiler.Compile(sources, new CompileOptions { EntryPoint = entry, Kind = kind, OutputFileName = Path.GetFileName(output), SourceMap = map, Minify = release, Report = report != null });
            foreach (var d in result.Diagnostics) Console.Error.WriteLine(d.ToString());
            if (!result.Success) return 1;
            var outDir = Path.GetDirectoryName(Path.GetFullPath(output));
            if (outDir != null) Directory.CreateDirectory(outDir);
            File.WriteAllText(output, result.Js);
            if (map && result.SourceMap != null) File.WriteAllText(output + ".map", result.SourceMap);
            if (report != null && Path.GetDirectoryName(Path.GetFullPath(report)) is { } reportDir) Directory.CreateDirectory(reportDir);
            if (report != null) File.WriteAllLines(report, result.Parts.Select(p => $"{p.Kind}\t{p.Name}\t{p.Bytes}"));
            return 0;
        }

        static int CompileShared(List<SourceFile> sources, string shared, List<(string Entry, TargetKind Kind, string? Output)> entries, bool map, bool release, string? report)
        {
            if (entries.Count == 0 || entries.Any(e => e.Output == null))
            {
                Console.Error.WriteLine("cs2js: error CSX0000: --shared needs one or more --entry E --kind K -o FILE");
                return 2;
            }
            var outputs = entries.ToDictionary(e => Path.GetFileName(e.Output!), e => e.Output!);
            outputs[Path.GetFileName(shared)] = shared;
            var result = Compiler.CompileShared(sources, new SharedCompileOptions
            {
                Entries = entries.Select(e => new EntryBundle(e.Entry, e.Kind, Path.GetFileName(e.Output!))).ToList(),
                SharedFileName = Path.GetFileName(shared),
                SourceMap = map,
                Minify = release,
                Report = report != null,
            });
            foreach (var d in result.Diagnostics) Console.Error.WriteLine(d.ToString());
            if (!result.Success) return 1;
            foreach (var f in result.Files)
            {
                var path = outputs[f.FileName];
                if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir) Directory.CreateDirectory(dir);
                File.WriteAllText(path, f.Js);
                if (map && f.SourceMap != null) File.WriteAllText(path + ".map", f.SourceMap);
                if (report != null)
                {
                    Directory.CreateDirectory(report);
                    File.WriteAllLines(Path.Combine(report, f.FileName + ".tsv"), f.Parts.Select(p => $"{p.Kind}\t{p.Name}\t{p.Bytes}"));
                }
            }
            return 0;
        }
    }
}
