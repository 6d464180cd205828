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
            throw new InvalidOperationException("cannot find Compiler.Tests.csproj above " + AppContext.BaseDirectory);
        });

        public static string ProjectDir => projectDir.Value;
        public static string SamplesDir => Path.Combine(ProjectDir, "Samples");
        public static string GoldenDir => Path.Combine(ProjectDir, "Golden");
    }
}
