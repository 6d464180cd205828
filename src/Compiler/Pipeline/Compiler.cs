using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cs2Js.Bundle;
using Cs2Js.Check;
using Cs2Js.Lower;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Cs2Js
{
    /// <summary>The pipeline: Load → Check → Reach → Name → Lower → Print → Bundle.</summary>
    public static class Compiler
    {
        static readonly Lazy<IReadOnlyList<MetadataReference>> references = new(() =>
        {
            var refs = new List<MetadataReference>(Basic.Reference.Assemblies.Net100.References.All);
            refs.Add(MetadataReference.CreateFromFile(typeof(Js.ExternalAttribute).Assembly.Location));
            return refs;
        });

        public static IReadOnlyList<MetadataReference> References => references.Value;

        public static CSharpCompilation CreateCompilation(IEnumerable<SourceFile> files, IEnumerable<string>? defines = null, OutputKind kind = OutputKind.DynamicallyLinkedLibrary)
        {
            var parse = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: (defines ?? Array.Empty<string>()).Append("CS2JS"));
            var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parse, f.Path));
            return CSharpCompilation.Create("cs2js_program", trees, References,
                new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
        }

        public static CompileResult Compile(IEnumerable<SourceFile> files, CompileOptions options)
        {
            var diagnostics = new List<CompileDiagnostic>();
            var list = files.ToList();
            // Load
            // A program without a named entry compiles as an executable, so Roslyn finds its entry point
            // in every form (Main() or Main(string[]), void/int/Task/Task<int>, top-level statements)
            // and reports a missing or ambiguous one as csc does.
            var compilation = CreateCompilation(list, options.Defines, options.EntryPoint == null ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary);
            foreach (var d in compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                var span = d.Location.GetLineSpan();
                diagnostics.Add(new CompileDiagnostic(d.Location.IsInSource ? span.Path : "cs2js", span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, "error", d.Id, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
            }
            if (diagnostics.Count > 0) return Fail(diagnostics);
            // Check: every refusal, all at once
            diagnostics.AddRange(Checker.Run(compilation));
            // Entry point
            var entry = options.EntryPoint == null ? compilation.GetEntryPoint(default) : FindEntry(compilation, options.EntryPoint, diagnostics);
            if (entry == null || diagnostics.Count > 0) return Fail(diagnostics);
            // Reach → Name → Lower
            var reached = Reach.Reachability.Run(compilation, entry);
            var named = Name.Naming.Run(reached, Reach.OpenTypes.Run(compilation, reached));
            var reified = Reach.Reified.Run(compilation, reached);
            var emitter = new Emitter(compilation, reached, named, diagnostics, reified);
            Bcl.BclMap.TaskMode = reified.Tasks;
            Bundler.Output bundle;
            try
            {
                emitter.Run();
                if (diagnostics.Count > 0) return Fail(diagnostics);
                // Bundle → Print
                bundle = Bundler.Write(emitter, entry, options);
            }
            finally { Bcl.BclMap.TaskMode = false; }
            return new CompileResult { Success = true, Js = bundle.Js, SourceMap = bundle.Map, Diagnostics = diagnostics, HelpersUsed = bundle.Helpers, Parts = bundle.Parts };
        }

        /// <summary>Several entries compiled together (<see cref="SharedCompileOptions"/>): one Reach from
        /// all entries (and one per entry, to know who needs what), one Naming, one Lower; Bundle splits.</summary>
        public static SharedCompileResult CompileShared(IEnumerable<SourceFile> files, SharedCompileOptions options)
        {
            var diagnostics = new List<CompileDiagnostic>();
            var compilation = CreateCompilation(files.ToList(), options.Defines);
            foreach (var d in compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                var span = d.Location.GetLineSpan();
                diagnostics.Add(new CompileDiagnostic(d.Location.IsInSource ? span.Path : "cs2js", span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, "error", d.Id, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
            }
            SharedCompileResult Failed() => new() { Success = false, Diagnostics = diagnostics.Distinct().OrderBy(d => d.Path).ThenBy(d => d.Line).ThenBy(d => d.Column).ToList() };
            if (diagnostics.Count > 0) return Failed();
            diagnostics.AddRange(Checker.Run(compilation));
            var entries = options.Entries.Select(e => FindEntry(compilation, e.EntryPoint, diagnostics)).ToList();
            if (entries.Count == 0) diagnostics.Add(new CompileDiagnostic("cs2js", 1, 1, "error", "CSX0001", "a shared compile needs entries"));
            if (entries.Any(e => e == null) || diagnostics.Count > 0) return Failed();
            var roots = entries.Select(e => e!).ToList();
            var reached = Reach.Reachability.Run(compilation, roots);
            var each = roots.Select(e => Reach.Reachability.Run(compilation, e)).ToList();
            // One naming for all files: a type open in one entry keeps its names in all.
            var named = Name.Naming.Run(reached, Reach.OpenTypes.Run(compilation, reached));
            var reified = Reach.Reified.Run(compilation, reached);
            var emitter = new Emitter(compilation, reached, named, diagnostics, reified);
            Bcl.BclMap.TaskMode = reified.Tasks;
            List<CompiledFile> written;
            try
            {
                emitter.Run();
                if (diagnostics.Count > 0) return Failed();
                written = Bundler.WriteShared(emitter, roots, each, options);
            }
            finally { Bcl.BclMap.TaskMode = false; }
            return new SharedCompileResult { Success = true, Files = written, Diagnostics = diagnostics };
        }

        static CompileResult Fail(List<CompileDiagnostic> diagnostics) =>
            new() { Success = false, Diagnostics = diagnostics.Distinct().OrderBy(d => d.Path).ThenBy(d => d.Line).ThenBy(d => d.Column).ToList() };

        /// <summary>The entry point: the named static method, or the single static Main().</summary>
        public static IMethodSymbol? FindEntry(CSharpCompilation compilation, string? entryPoint, List<CompileDiagnostic> diagnostics)
        {
            var methods = new List<IMethodSymbol>();
            void Walk(INamespaceOrTypeSymbol ns)
            {
                foreach (var m in ns.GetMembers())
                {
                    if (m is INamespaceOrTypeSymbol inner && m.Locations.Any(l => l.IsInSource)) Walk(inner);
                    if (m is IMethodSymbol { IsStatic: true, Parameters.Length: 0 } method && method.Locations.Any(l => l.IsInSource)) methods.Add(method);
                }
            }
            Walk(compilation.Assembly.GlobalNamespace);
            if (entryPoint != null)
            {
                var found = methods.Where(m => m.ContainingType.ToDisplayString() + "." + m.Name == entryPoint).ToList();
                if (found.Count == 1) return found[0];
                diagnostics.Add(new CompileDiagnostic("cs2js", 1, 1, "error", "CSX0001", $"entry point '{entryPoint}' not found (a static method without parameters)"));
                return null;
            }
            var mains = methods.Where(m => m.Name == "Main").ToList();
            if (mains.Count == 1) return mains[0];
            diagnostics.Add(new CompileDiagnostic("cs2js", 1, 1, "error", "CSX0001", mains.Count == 0 ? "no static Main() found" : "several static Main() methods: name one with --entry"));
            return null;
        }
    }
}
