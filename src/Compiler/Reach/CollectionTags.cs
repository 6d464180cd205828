using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Reach
{
    /// <summary>
    /// A collection's element type is erased (a List&lt;int&gt; is a JS array), so `o is IEnumerable&lt;int&gt;`,
    /// `o is IDictionary&lt;string, object?&gt;` or `o.GetType().Name` cannot be answered from the value. Only a
    /// program that asks — a run-time test against a generic library interface, a generic collection class
    /// or an array type (`o is int[]`, `o is List&lt;int&gt;`), or GetType() on an object — pays: there, each
    /// closed collection type (List, Dictionary, HashSet, arrays, and generic library interfaces such as a
    /// LINQ sequence) converted to object, an interface or a wider array type is tagged with its
    /// .NET name at that conversion (`$ctag`), and the test compares tags with the closed types that
    /// implement the interface, computed here at compile time. Every other program is untouched.
    /// </summary>
    public sealed class CollectionTags
    {
        readonly HashSet<ITypeSymbol> tagged = new(SymbolEqualityComparer.Default);

        /// <summary>The program tests generic library interfaces or collection types at run time.</summary>
        public bool Active { get; private set; }

        /// <summary>The closed collection types this program tags.</summary>
        public IEnumerable<ITypeSymbol> Tagged => tagged;

        /// <summary>A conversion from this static type is tagged.</summary>
        public bool Tags(ITypeSymbol? t) => Active && t != null && tagged.Contains(t);

        public static CollectionTags Run(CSharpCompilation compilation, ReachedSet reached)
        {
            var r = new CollectionTags();
            var sources = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var m in reached.Members)
                foreach (var op in reached.Code(compilation).Of(m))
                    switch (op)
                    {
                        case IIsTypeOperation it when Asks(it.TypeOperand): r.Active = true; break;
                        case IDeclarationPatternOperation dp when Asks(dp.MatchedType): r.Active = true; break;
                        case ITypePatternOperation tp when Asks(tp.MatchedType): r.Active = true; break;
                        case IConversionOperation { IsTryCast: true } tc when Asks(tc.Type): r.Active = true; break;
                        case IInvocationOperation { TargetMethod.Name: "GetType", TargetMethod.Parameters.Length: 0, Instance: { } inst }
                            when Strip(inst).Type is { SpecialType: SpecialType.System_Object } or { TypeKind: TypeKind.Interface or TypeKind.TypeParameter }:
                            r.Active = true; break;
                        case IConversionOperation conv when conv.Conversion is { IsReference: true, IsImplicit: true }
                            && IsCollection(conv.Operand.Type) && conv.Operand.Type is { } from && conv.Type is { } to && Erases(from, to) && Closed(from):
                            sources.Add(from); break;
                    }
            if (r.Active) r.tagged.UnionWith(sources);
            return r;
        }

        /// <summary>A conversion that forgets a collection's element type: to object, an interface, or (array
        /// covariance) an array of a wider element type.</summary>
        public static bool Erases(ITypeSymbol from, ITypeSymbol to) =>
            to.SpecialType == SpecialType.System_Object || to.TypeKind == TypeKind.Interface
            || to is IArrayTypeSymbol && from is IArrayTypeSymbol && !SymbolEqualityComparer.Default.Equals(from, to);

        static IOperation Strip(IOperation op) => op is IConversionOperation { IsImplicit: true } c ? Strip(c.Operand) : op;

        /// <summary>A test whose answer depends on a collection's element types.</summary>
        static bool Asks(ITypeSymbol? t) =>
            t is IArrayTypeSymbol { Rank: 1 } or { SpecialType: SpecialType.System_Array }
            || t is INamedTypeSymbol { IsGenericType: true } n && !Reachability.IsSource(n.OriginalDefinition)
            && (n.TypeKind == TypeKind.Interface || IsCollection(n));

        public static bool IsCollection(ITypeSymbol? t) => t switch
        {
            IArrayTypeSymbol a => a.Rank == 1,
            INamedTypeSymbol { IsGenericType: true } n => !Reachability.IsSource(n.OriginalDefinition)
                && (n.TypeKind == TypeKind.Class && n.ContainingNamespace.ToDisplayString() == "System.Collections.Generic"
                    || n.TypeKind == TypeKind.Interface && n.ContainingNamespace.ToDisplayString() is "System.Collections.Generic"),
            _ => false,
        };

        public static bool IsClosed(ITypeSymbol t) => Closed(t);

        static bool Closed(ITypeSymbol t) => t switch
        {
            ITypeParameterSymbol => false,
            IArrayTypeSymbol a => Closed(a.ElementType),
            INamedTypeSymbol n => n.TypeArguments.All(Closed) && (n.ContainingType == null || Closed(n.ContainingType)),
            _ => true,
        };
    }
}
