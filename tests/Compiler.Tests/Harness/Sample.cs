using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace Cs2Js.Tests.Harness
{
    /// <summary>One C# sample program with its header directives.</summary>
    public sealed class Sample
    {
        public Sample(string fullPath, string relativePath, string text)
        {
            FullPath = fullPath;
            RelativePath = relativePath;
            Text = text;
            Hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            foreach (var line in text.Split('\n').Take(10))
            {
                var t = line.Trim();
                if (!t.StartsWith("//", StringComparison.Ordinal)) break;
                t = t.Substring(2).Trim();
                if (t.StartsWith("@known-divergence", StringComparison.Ordinal))
                    KnownDivergence = NonEmpty(t.Substring("@known-divergence".Length).Trim(), "known divergence");
                else if (t.StartsWith("@skip-node", StringComparison.Ordinal))
                    SkipNode = NonEmpty(t.Substring("@skip-node".Length).Trim(), "skipped on node");
            }
        }

        private static string NonEmpty(string s, string dflt) => s.Length == 0 ? dflt : s;

        public string FullPath { get; }
        /// <summary>Path under Samples/ with forward slashes, e.g. "basics/hello.cs". Also the path
        /// given to the compiler, so diagnostics and source maps name it.</summary>
        public string RelativePath { get; }
        public string Text { get; }
        public string Hash { get; }
        public string? KnownDivergence { get; }
        public string? SkipNode { get; }
        /// <summary>For a <c>@known-divergence</c> sample: the text cs2js gives today, pinned beside it.</summary>
        public string? Pinned => File.Exists(PinPath) ? File.ReadAllText(PinPath) : null;
        string PinPath => Path.Combine(Path.GetDirectoryName(FullPath)!, Path.GetFileNameWithoutExtension(FullPath) + ".divergent.txt");
        public static string PinFileName(string relativePath) => Path.ChangeExtension(relativePath, ".divergent.txt");

        public string JsFileName => Path.GetFileNameWithoutExtension(RelativePath) + ".js";

        public override string ToString() => RelativePath;

        public static Sample Load(string root, string fullPath)
        {
            var rel = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
            return new Sample(fullPath, rel, File.ReadAllText(fullPath));
        }

        private static readonly Lazy<IReadOnlyList<Sample>> all = new Lazy<IReadOnlyList<Sample>>(() =>
            Directory.Exists(Paths.SamplesDir)
                ? Directory.EnumerateFiles(Paths.SamplesDir, "*.cs", SearchOption.AllDirectories)
                    .OrderBy(p => p, StringComparer.Ordinal)
                    .Select(p => Load(Paths.SamplesDir, p))
                    .ToList()
                : new List<Sample>());

        public static IReadOnlyList<Sample> All => all.Value;
    }
}
