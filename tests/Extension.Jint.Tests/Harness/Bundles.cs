using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Acornima.Ast;
using Cs2Js;
using Jint;
using NUnit.Framework;

namespace WebRtcStatsExporter.JintTests.Harness
{
    /// <summary>The three real bundles, compiled once per test run from the source folders with the
    /// cs2js Compiler API and prepared once for Jint.</summary>
    public static class Bundles
    {
        public sealed class Bundle
        {
            public string Name = "";
            public string? Js;
            public Prepared<Script>? Script;
            public string Error = "";
            /// <summary>What the file carries (runtime helpers, types), for the shared compile's files.</summary>
            public IReadOnlyList<BundlePart> Parts = new List<BundlePart>();
        }

        /// <summary>The worker and the two pages compiled together, as the build does: shared.js (what two
        /// or more of them need), background.js, options.js, popup.js.</summary>
        private static readonly Lazy<Dictionary<string, Bundle>> withShared = new(() => BuildShared(Release));
        private static readonly Lazy<Dictionary<string, Bundle>> otherShared = new(() => BuildShared(!Release));
        private static readonly Lazy<Bundle> background = new(() => withShared.Value["background.js"]);
        private static readonly Lazy<Bundle> content = new(() => Build("content.js", "Content", TargetKind.Content, Release));
        private static readonly Lazy<Bundle> overrideJs = new(() => Build("override.js", "Override", TargetKind.MainWorld, Release));

        /// <summary>WSE_JINT_RELEASE=1 runs the scenarios on release printing (short names), as dist/ ships.</summary>
        public static bool Release { get; } = Environment.GetEnvironmentVariable("WSE_JINT_RELEASE") == "1";

        /// <summary>The worker of another build: printed the other way (release when the scenarios run
        /// debug printing), so its shortened member names differ; it loads its own shared.js.</summary>
        public static Bundle OtherBackground => otherShared.Value["background.js"];

        public static Bundle Background => background.Value;
        public static Bundle Shared => withShared.Value["shared.js"];
        public static Bundle Options => withShared.Value["options.js"];
        public static Bundle Popup => withShared.Value["popup.js"];

        /// <summary>A script the worker may load by importScripts (by file name), or null.</summary>
        public static Bundle? Importable(string name, bool otherBuild = false) => name == "shared.js" ? (otherBuild ? otherShared.Value["shared.js"] : Shared) : null;
        public static Bundle Content => content.Value;
        public static Bundle Override => overrideJs.Value;

        public static string RepoRoot { get; } = FindRoot();

        private static string FindRoot()
        {
            var dir = new DirectoryInfo(TestContext.CurrentContext?.TestDirectory ?? AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "WebRtcStatsExporter.sln"))) dir = dir.Parent;
            if (dir == null) throw new InvalidOperationException("repository root (WebRtcStatsExporter.sln) not found");
            return dir.FullName;
        }

        private static IEnumerable<SourceFile> Sources(string folder)
        {
            string root = Path.Combine(RepoRoot, "src", folder);
            return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
                .Where(p => !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar)
                         && !p.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => new SourceFile(Path.GetRelativePath(RepoRoot, p), File.ReadAllText(p)));
        }

        private static Dictionary<string, Bundle> BuildShared(bool release)
        {
            var names = new[] { "shared.js", "background.js", "options.js", "popup.js" };
            var result = names.ToDictionary(n => n, n => new Bundle { Name = n });
            try
            {
                var folders = new[] { "Background", "Options", "Popup" };
                var files = Sources("Shared").Concat(folders.SelectMany(Sources)).ToList();
                SharedCompileResult r = Cs2Js.Compiler.CompileShared(files, new SharedCompileOptions
                {
                    Entries = new[]
                    {
                        new EntryBundle("WebRtcStatsExporter.Background.Program.Main", TargetKind.Worker, "background.js"),
                        new EntryBundle("WebRtcStatsExporter.Options.Program.Main", TargetKind.Page, "options.js"),
                        new EntryBundle("WebRtcStatsExporter.Popup.Program.Main", TargetKind.Page, "popup.js"),
                    },
                    SharedFileName = "shared.js",
                    SourceMap = false,
                    Minify = release,
                    Report = true,
                });
                if (!r.Success)
                {
                    foreach (Bundle b in result.Values) b.Error = "cs2js failed on background, options, popup:\n" + string.Join("\n", r.Diagnostics.Select(d => d.ToString()));
                    return result;
                }
                string dump = Path.Combine(Path.GetTempPath(), release == Release ? "wse-jint-bundles" : "wse-jint-bundles-other");
                Directory.CreateDirectory(dump);
                foreach (CompiledFile f in r.Files)
                {
                    Bundle b = result[f.FileName];
                    b.Js = f.Js;
                    b.Parts = f.Parts;
                    File.WriteAllText(Path.Combine(dump, f.FileName), f.Js);
                    b.Script = Engine.PrepareScript(f.Js, f.FileName, strict: true);
                }
            }
            catch (Exception e)
            {
                foreach (Bundle b in result.Values) b.Error = $"building background, options, popup threw: {e}";
            }
            return result;
        }

        private static Bundle Build(string name, string folder, TargetKind kind, bool release)
        {
            var b = new Bundle { Name = name };
            try
            {
                var files = Sources("Shared").Concat(Sources(folder)).ToList();
                CompileResult r = Cs2Js.Compiler.Compile(files, new CompileOptions
                {
                    EntryPoint = $"WebRtcStatsExporter.{folder}.Program.Main",
                    Kind = kind,
                    OutputFileName = name,
                    SourceMap = false,
                    Minify = release,
                });
                if (!r.Success || r.Js == null)
                {
                    b.Error = $"cs2js failed on {name}:\n" + string.Join("\n", r.Diagnostics.Select(d => d.ToString()));
                    return b;
                }
                b.Js = r.Js;
                string dump = Path.Combine(Path.GetTempPath(), "wse-jint-bundles");
                Directory.CreateDirectory(dump);
                File.WriteAllText(Path.Combine(dump, name), r.Js);
                b.Script = Engine.PrepareScript(r.Js, name, strict: true);
            }
            catch (Exception e)
            {
                b.Error = $"building {name} threw: {e}";
            }
            return b;
        }

        /// <summary>The bundle, or an NUnit failure that says why it could not be built.</summary>
        public static Prepared<Script> Require(Bundle b)
        {
            if (b.Script == null) Assert.Fail(b.Error);
            return b.Script!.Value;
        }
    }
}
