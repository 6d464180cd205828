using System.Collections.Generic;

namespace Cs2Js
{
    /// <summary>What a bundle is for. It changes only the prologue (the global object's name) and which
    /// checks apply; the pipeline is the same for every kind.</summary>
    public enum TargetKind { Program, Worker, Content, Page, MainWorld }

    public sealed class CompileOptions
    {
        /// <summary>Fully qualified entry method ("Ns.Type.Method"); null means the single static Main().</summary>
        public string? EntryPoint { get; init; }
        public TargetKind Kind { get; init; } = TargetKind.Program;
        /// <summary>Name written into the source map's "file" field, and into sourceMappingURL.</summary>
        public string OutputFileName { get; init; } = "out.js";
        public bool SourceMap { get; init; } = true;
        /// <summary>Release printing: no optional whitespace (the source map still maps every statement).</summary>
        public bool Minify { get; init; }
        /// <summary>Measure each part of the bundle (<see cref="CompileResult.Parts"/>).</summary>
        public bool Report { get; init; }
        /// <summary>Extra preprocessor symbols.</summary>
        public IReadOnlyList<string> Defines { get; init; } = new List<string>();
    }

    public sealed record SourceFile(string Path, string Text);

    /// <summary>One entry of a multi-entry compile: its entry method, kind and output file.</summary>
    public sealed record EntryBundle(string EntryPoint, TargetKind Kind, string OutputFileName);

    /// <summary>A multi-entry compile: the entries are reached, named and lowered together; what two or
    /// more of them need is written once, to <see cref="SharedFileName"/> (a classic script of global
    /// declarations that a worker loads by <c>importScripts</c> and a page by a &lt;script&gt; before its
    /// own), and each entry's file keeps only its own part.</summary>
    public sealed class SharedCompileOptions
    {
        public IReadOnlyList<EntryBundle> Entries { get; init; } = new List<EntryBundle>();
        public string SharedFileName { get; init; } = "shared.js";
        public bool SourceMap { get; init; } = true;
        public bool Minify { get; init; }
        public bool Report { get; init; }
        public IReadOnlyList<string> Defines { get; init; } = new List<string>();
    }

    /// <summary>One written file of a multi-entry compile (the shared file first, then the entries in order).</summary>
    public sealed record CompiledFile(string FileName, string Js, string? SourceMap, IReadOnlyList<string> Helpers, IReadOnlyList<BundlePart> Parts);

    public sealed class SharedCompileResult
    {
        public bool Success { get; init; }
        public IReadOnlyList<CompiledFile> Files { get; init; } = new List<CompiledFile>();
        public IReadOnlyList<CompileDiagnostic> Diagnostics { get; init; } = new List<CompileDiagnostic>();
    }

    /// <summary>One located diagnostic, printed in csc's format: file(line,col): error CODE: message.</summary>
    public sealed record CompileDiagnostic(string Path, int Line, int Column, string Severity, string Code, string Message)
    {
        public override string ToString() => $"{Path}({Line},{Column}): {Severity} {Code}: {Message}";
    }

    public sealed class CompileResult
    {
        public bool Success { get; init; }
        public string? Js { get; init; }
        public string? SourceMap { get; init; }
        public IReadOnlyList<CompileDiagnostic> Diagnostics { get; init; } = new List<CompileDiagnostic>();
        /// <summary>Names of the runtime helpers the bundle includes (for size reports).</summary>
        public IReadOnlyList<string> HelpersUsed { get; init; } = new List<string>();
        /// <summary>With <see cref="CompileOptions.Report"/>: what the bundle carries, part by part, in bytes.</summary>
        public IReadOnlyList<BundlePart> Parts { get; init; } = new List<BundlePart>();
    }

    /// <summary>One part of a bundle: a runtime helper, a type (with its type-name and alias statements),
    /// static initialisation or the entry call, with its printed size.</summary>
    public sealed record BundlePart(string Kind, string Name, int Bytes);
}
