using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Cs2Js.Tests.Harness
{
    /// <summary>The oracle: compiles a sample with Roslyn against the .NET 10 reference assemblies and
    /// runs it in a collectible load context, capturing Console output.</summary>
    public static class DotNetRunner
    {
        /// <param name="Disturbed">For a sample that waits on real time: why its run may not show what its
        /// delays mean (the machine kept it from running on time in every attempt, see <see cref="QuietRun"/>);
        /// null when it ran on time or does not use the clock.</param>
        public sealed record Result(bool Compiled, string Output, string CompileErrors, string? Disturbed = null);

        private static readonly object ConsoleLock = new object();
        private static readonly ConcurrentDictionary<string, Result> Cache = new ConcurrentDictionary<string, Result>();
        /// <summary>Backstop for an async Main that never finishes (a hang); far beyond any sample's delays on a loaded machine.</summary>
        private static readonly TimeSpan AsyncTimeout = TimeSpan.FromMinutes(2);

        private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new Lazy<IReadOnlyList<MetadataReference>>(() =>
        {
            var list = new List<MetadataReference>(Basic.Reference.Assemblies.Net100.References.All);
            list.Add(MetadataReference.CreateFromFile(typeof(Js.ExternalAttribute).Assembly.Location));
            return list;
        });

        public static Result Run(Sample sample) => Cache.GetOrAdd(sample.Hash, _ => RunUncached(sample.RelativePath, sample.Text));

        public static CSharpCompilation Compile(string path, string text, OutputKind kind = OutputKind.ConsoleApplication)
        {
            var tree = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest), path);
            return CSharpCompilation.Create("Sample_" + Guid.NewGuid().ToString("N"), new[] { tree }, References.Value,
                new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable,
                    optimizationLevel: OptimizationLevel.Release, allowUnsafe: true));
        }

        public static Result RunUncached(string path, string text)
        {
            var compilation = Compile(path, text);
            using var pe = new MemoryStream();
            var emit = compilation.Emit(pe);
            if (!emit.Success)
            {
                var errors = string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
                return new Result(false, "", errors);
            }
            var entry = compilation.GetEntryPoint(CancellationToken.None)
                ?? throw new InvalidOperationException("no entry point in " + path);
            var image = pe.ToArray();
            if (!QuietRun.UsesRealTime(compilation)) return new Result(true, RunImage(path, image, entry), "");
            var run = QuietRun.Run(() => RunImage(path, image, entry));
            return new Result(true, run.Value, "", run.Quiet ? null : run.Describe());
        }

        /// <summary>Loads the compiled sample into a fresh collectible context and runs its entry point.</summary>
        private static string RunImage(string path, byte[] image, IMethodSymbol entry)
        {
            var alc = new AssemblyLoadContext("sample:" + path, isCollectible: true);
            try
            {
                var asm = alc.LoadFromStream(new MemoryStream(image));
                var typeName = entry.ContainingType.ToDisplayString(new SymbolDisplayFormat(
                    typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces));
                var type = asm.GetTypes().First(t => t.FullName != null && t.FullName.Replace('+', '.') == typeName);
                // Every entry-point form: Main(), Main(string[] args), async Task/Task<int> Main, top-level statements.
                var main = type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                    .FirstOrDefault(m => m.Name == entry.Name && m.GetParameters().Length == entry.Parameters.Length)
                    ?? throw new InvalidOperationException("entry point " + entry.Name + " not found in " + path);
                var args = main.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() };
                return Execute(main, args);
            }
            finally
            {
                alc.Unload();
            }
        }

        private static string Execute(MethodInfo main, object[]? args)
        {
            lock (ConsoleLock)
            {
                var oldOut = Console.Out;
                var oldErr = Console.Error;
                var oldCulture = CultureInfo.CurrentCulture;
                var oldUi = CultureInfo.CurrentUICulture;
                var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
                var synced = TextWriter.Synchronized(writer);
                try
                {
                    Console.SetOut(synced);
                    Console.SetError(synced);
                    CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
                    CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
                    CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
                    try
                    {
                        var ret = main.Invoke(null, args);
                        if (ret is Task task)
                        {
                            if (!task.Wait(AsyncTimeout))
                                synced.WriteLine("Timeout: async Main did not finish in " + AsyncTimeout.TotalSeconds + " s");
                        }
                    }
                    catch (Exception e)
                    {
                        var ex = Unwrap(e);
                        synced.WriteLine("Unhandled: " + ex.GetType().Name + ": " + ex.Message);
                    }
                    synced.Flush();
                    return writer.ToString();
                }
                finally
                {
                    Console.SetOut(oldOut);
                    Console.SetError(oldErr);
                    CultureInfo.CurrentCulture = oldCulture;
                    CultureInfo.CurrentUICulture = oldUi;
                }
            }
        }

        private static Exception Unwrap(Exception e)
        {
            while (true)
            {
                if (e is TargetInvocationException { InnerException: { } inner }) { e = inner; continue; }
                if (e is AggregateException { InnerExceptions.Count: 1 } agg) { e = agg.InnerExceptions[0]; continue; }
                return e;
            }
        }
    }
}
