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

        /// <summary>How long one compilation may take before it counts as a hang. Generous on purpose: a
        /// slow or busy machine must never fail a test, a compiler that loops forever must.</summary>
        public static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(3);

        /// <summary>Compiles on a background thread and gives up after <see cref="TimeLimit"/>: a hang is
        /// reported as a <see cref="CompilerHangException"/> (the stuck thread is abandoned, it cannot be
        /// stopped, and dies with the test process).</summary>
        public static CompileResult Compile(IEnumerable<SourceFile> files, CompileOptions options)
        {
            var entry = Entry.Value ?? throw new InvalidOperationException(
                "Cs2Js.Compiler.Compile(IEnumerable<SourceFile>, CompileOptions) : CompileResult does not exist yet in src/Compiler");
            var list = files.ToList();
            return Bounded(() => entry(list, options), TimeLimit, string.Join(", ", list.Select(f => f.Path)));
        }

        /// <summary>Runs <paramref name="work"/> on its own thread (with a large stack, as deep syntax trees
        /// need) and waits at most <paramref name="limit"/> for it.</summary>
        public static T Bounded<T>(Func<T> work, TimeSpan limit, string what)
        {
            T result = default!;
            Exception? error = null;
            var thread = new System.Threading.Thread(() =>
            {
                try { result = work(); }
                catch (Exception e) { error = e; }
            }, 64 * 1024 * 1024) { IsBackground = true, Name = "cs2js " + what };
            thread.Start();
            if (!thread.Join(limit))
                throw new CompilerHangException($"cs2js did not finish compiling {what} in {FormatLimit(limit)} (a hang: every compilation must have a bounded cost)");
            if (error != null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
            return result;
        }

        private static string FormatLimit(TimeSpan t) => t.TotalMinutes >= 1 ? $"{t.TotalMinutes:0} minutes" : $"{t.TotalMilliseconds:0} ms";

        public sealed class CompilerHangException : Exception
        {
            public CompilerHangException(string message) : base(message) { }
        }

        public static CompileResult Compile(string path, string text, string outputFileName = "out.js", bool release = false) =>
            Compile(new[] { new SourceFile(path, text) }, new CompileOptions { OutputFileName = outputFileName, SourceMap = true, Minify = release });

        /// <summary>Compiles a sample once per content hash. A crash of the compiler is turned into a
        /// failed result with a CS2JS-CRASH diagnostic so every caller reports it the same way.</summary>
        /// <param name="release">Release printing (minified), as the extension ships.</param>
        public static CompileResult Compile(Sample sample, bool release = false) => Cache.GetOrAdd(sample.Hash + (release ? ":release" : ""), _ =>
        {
            try { return Compile(sample.RelativePath, sample.Text, sample.JsFileName, release); }
            catch (Exception e)
            {
                var code = e is CompilerHangException ? "CS2JS-HANG" : "CS2JS-CRASH";
                return new CompileResult
                {
                    Success = false,
                    Diagnostics = new List<CompileDiagnostic>
                    {
                        new CompileDiagnostic(sample.RelativePath, 0, 0, "error", code, e.GetType().Name + ": " + e.Message + "\n" + e.StackTrace),
                    },
                };
            }
        });

        public static string Describe(CompileResult r) =>
            r.Diagnostics.Count == 0 ? "(no diagnostics)" : string.Join("\n", r.Diagnostics.Select(d => d.ToString()));
    }
}
