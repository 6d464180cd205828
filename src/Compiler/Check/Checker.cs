using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace Cs2Js.Check
{
    /// <summary>The Check stage: every refusal (CSX codes) for the whole compilation, in one run, before
    /// anything is reached or lowered. Syntax rules (SupportChecker) and operation rules
    /// (OperationChecker); Lower asserts them.</summary>
    public static class Checker
    {
        static CompileDiagnostic Diagnostic((string code, Microsoft.CodeAnalysis.Location loc, string message) f)
        {
            var span = f.loc.GetLineSpan();
            return new CompileDiagnostic(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, "error", f.code, f.message);
        }

        public static List<CompileDiagnostic> Run(CSharpCompilation compilation)
        {
            var syntax = new List<CompileDiagnostic>();
            var operations = new List<CompileDiagnostic>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                var model = compilation.GetSemanticModel(tree);
                syntax.AddRange(SupportChecker.Run(tree, model).Select(Diagnostic));
                operations.AddRange(OperationChecker.Run(tree, model).Select(Diagnostic));
            }
            // A construct refused by its syntax (the `decimal` keyword, `int[,]`) is not refused again as an
            // operation on the same line.
            var seen = syntax.Select(d => (d.Path, d.Line, d.Code)).ToHashSet();
            return syntax.Concat(operations.Where(d => !seen.Contains((d.Path, d.Line, d.Code)))).Distinct()
                .OrderBy(d => d.Path, System.StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ToList();
        }
    }
}
