using System;
using System.IO;

namespace Cs2Js.Tests.Harness
{
    /// <summary>Locates the test project's source folder (samples and goldens are read from there, not
    /// copied to bin/, so UPDATE_GOLDEN=1 rewrites the checked-in files).</summary>
    public static class Paths
    {
        private static readonly Lazy<string> projectDir = new Lazy<string>(() =>
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Compiler.Tests.csproj"))) return dir.FullName;
                dir = dir.Parent;
            }
            // Linked into another program (tests/Compiler.Bench): the repository root names the project.
            if (Environment.GetEnvironmentVariable("WSE_REPO_ROOT") is { Length: > 0 } root
                && File.Exists(Path.Combine(root, "tests", "Compiler.Tests", "Compiler.Tests.csproj")))
                return Path.Combine(root, "tests", "Compiler.Tests");
            throw new InvalidOperationException("cannot find Compiler.Tests.csproj above " + AppContext.BaseDirectory + " (or set WSE_REPO_ROOT)");
        });

        public static string ProjectDir => projectDir.Value;
        /// <summary>The differential corpus. <c>CS2JS_SAMPLES_DIR</c> (absolute, or relative to this project)
        /// points the suite at another folder, e.g. programs still being worked on outside the corpus.</summary>
        public static string SamplesDir =>
            Environment.GetEnvironmentVariable("CS2JS_SAMPLES_DIR") is { Length: > 0 } dir
                ? Path.GetFullPath(Path.Combine(ProjectDir, dir))
                : Path.Combine(ProjectDir, "Samples");
        public static string GoldenDir => Path.Combine(ProjectDir, "Golden");
        /// <summary>The repository's git-ignored artifacts/ folder (test outputs for review).</summary>
        public static string ArtifactsDir => Path.GetFullPath(Path.Combine(ProjectDir, "..", "..", "artifacts"));
    }
}
