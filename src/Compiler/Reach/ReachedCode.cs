using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Reach
{
    /// <summary>The operations of each reached member's own code (its declarations' bodies and
    /// initialisers, each operation tree walked in full), bound once per compile with one semantic model
    /// per file. The passes that read the reached code (OpenTypes, TypeNames, Reified, SlotOrder,
    /// CollectionTags, ExceptionTypes) share it instead of each binding every member again.</summary>
    public sealed class ReachedCode
    {
        internal readonly CSharpCompilation Compilation;
        readonly Dictionary<SyntaxTree, SemanticModel> models = new();
        readonly Dictionary<ISymbol, List<IOperation>> byMember = new(SymbolEqualityComparer.Default);

        internal ReachedCode(CSharpCompilation compilation) => Compilation = compilation;

        /// <summary>Every operation of <paramref name="member"/>'s code, root first, in source order.</summary>
        public IReadOnlyList<IOperation> Of(ISymbol member)
        {
            if (byMember.TryGetValue(member, out var ops)) return ops;
            ops = new List<IOperation>();
            foreach (var sr in member.DeclaringSyntaxReferences)
            {
                if (!models.TryGetValue(sr.SyntaxTree, out var model)) models[sr.SyntaxTree] = model = Compilation.GetSemanticModel(sr.SyntaxTree);
                foreach (var node in sr.GetSyntax().DescendantNodesAndSelf())
                    if (model.GetOperation(node) is { Parent: null } root) ops.AddRange(root.DescendantsAndSelf());
            }
            byMember[member] = ops;
            return ops;
        }
    }
}
