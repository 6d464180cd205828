using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Cs2Js.Reach
{
    /// <summary>What the reached code binds the type parameters of source generic types and methods to.
    /// OpenTypes and TypeNames carry what holds for a type parameter (open, printed, escaping) over to
    /// its arguments, to a fixed point.</summary>
    sealed class TypeArgumentBindings
    {
        readonly List<(ITypeParameterSymbol Param, ITypeSymbol Arg)> all = new();

        public IReadOnlyList<(ITypeParameterSymbol Param, ITypeSymbol Arg)> All => all;

        /// <summary>Records the bindings of every constructed source generic type <paramref name="t"/> names.</summary>
        public void Record(ITypeSymbol? t)
        {
            if (t == null) return;
            foreach (var x in TypeNames.Named(t))
                if (x is INamedTypeSymbol { IsGenericType: true } n && !SymbolEqualityComparer.Default.Equals(n, n.OriginalDefinition) && Reachability.IsSource(n.OriginalDefinition))
                    for (int i = 0; i < n.TypeArguments.Length; i++) all.Add((n.OriginalDefinition.TypeParameters[i], n.TypeArguments[i]));
        }

        /// <summary>Records the bindings of a method's containing type and, for a source generic method, its own.</summary>
        public void Record(IMethodSymbol m)
        {
            Record(m.ContainingType);
            if (m.IsGenericMethod && Reachability.IsSource(m.OriginalDefinition))
                for (int i = 0; i < m.TypeArguments.Length; i++) all.Add((m.OriginalDefinition.TypeParameters[i], m.TypeArguments[i]));
        }
    }
}
