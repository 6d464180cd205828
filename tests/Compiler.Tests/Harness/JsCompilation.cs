using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Cs2Js.Tests.Harness
{
    /// <summary>Calls <c>Cs2Js.Compiler.Compile(IEnumerable&lt;SourceFile&gt;, CompileOptions)</c>.
    /// It is bound late so this project builds while the lead is still writing that method; once it
    /// exists, a missing or renamed method makes every test fail with a clear message.</summary>
    public static class JsCompilation
    {
        private static readonly ConcurrentDictionary<string, CompileResult> Cache = new ConcurrentDictionary<string, CompileResult>();

        private static readonly Lazy<Func<IEnumerable<SourceFile>, CompileOptions, CompileResult>?> Entry =
            new Lazy<Func<IEnumerable<SourceFile>, CompileOptions, CompileResult>?>(() =>
            {
                var type = typeof(CompileOptions).Assembly.GetType("Cs2Js.Compiler");
                var method = type?.GetMethod("Compile", BindingFlags.Public | BindingFlags.Static, new[] { typeof(IEnumerable<SourceFile>), typeof(CompileOptions) });
                if (method == null || method.ReturnType != typeof(CompileResult)) return null;
                return (files, options) =>
                {
                    try { return (CompileResult)method.Invoke(null, new object[] { files, options })!; }
                    catch (TargetInvocationException e) when (e.InnerException != null)
                    {
                        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                        throw;
                    }
                };
            });

        public static bool Available => Entry.Value != null;

        public static CompileResult Compile(IEnumerable<SourceFile> files, CompileOptions options)
        {
            var entry = Entry.Value ?? throw new InvalidOperationException(
                "Cs2Js.Compiler.Compile(IEnumerable<SourceFile>, CompileOptions) : CompileResult does not exist yet in src/Compiler");
            return entry(files, options);
        }

        public static CompileResult Compile(string path, string text, string outputFileName = "out.js") =>
            Compile(new[] { new SourceFile(path, text) }, new CompileOptions { OutputFileName = outputFileName, SourceMap = true });

        /// <summary>Compiles a sample once per content hash. A crash of the compiler is turned into a
        /// failed result with a CS2JS-CRASH diagnostic so every caller reports it the same way.</summary>
        public static CompileResult Compile(Sample sample) => Cache.GetOrAdd(sample.Hash, _ =>
        {
            try { return Compile(sample.RelativePath, sample.Text, sample.JsFileName); }
            catch (Exception e)
            {
                return new CompileResult
                {
                    Success = false,
                    Diagnostics = new List<CompileDiagnostic>
                    {
                        new CompileDiagnostic(sample.RelativePath, 0, 0, "error", "CS2JS-CRASH", e.GetType().Name + ": " + e.Message + "\n" + e.StackTrace),
                    },
                };
            }
        });

        public static string Describe(CompileResult r) =>
            r.Diagnostics.Count == 0 ? "(no diagnostics)" : string.Join("\n", r.Diagnostics.Select(d => d.ToString()));
    }
}
