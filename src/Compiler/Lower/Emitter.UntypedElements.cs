using Cs2Js.Tree;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Lower
{
    /// <summary>
    /// A List&lt;int&gt; holds raw numbers; seen through the non-generic IEnumerable (foreach over an
    /// IEnumerable, Cast/OfType on one) .NET hands out boxed Int32s. In a boxing program only: a collection
    /// of boxing value-type elements converted to object or a non-generic interface records its element
    /// type ($ebTag), and non-generic enumeration boxes raw elements by it ($ebox). Other programs pay nothing.
    /// </summary>
    public sealed partial class Emitter
    {
        /// <summary>The non-generic collection interfaces (IEnumerable, ICollection, IList).</summary>
        static bool IsUntypedEnumerable(ITypeSymbol? t) =>
            t is INamedTypeSymbol { IsGenericType: false, TypeKind: TypeKind.Interface } n
            && n.ContainingNamespace?.ToDisplayString() == "System.Collections" && n.Name is "IEnumerable" or "ICollection" or "IList";

        /// <summary>The element type of a closed collection whose elements would be boxes through object.</summary>
        ITypeSymbol? RawElementType(ITypeSymbol? t)
        {
            if (!reified.Boxes || t == null) return null;
            var e = t.SpecialType == SpecialType.System_String ? compilation.GetSpecialType(SpecialType.System_Char) : ElementOf(t);
            return e != null && e is not ITypeParameterSymbol && NeedsBox(e) && !ContainsTypeParameter(e) ? e : null;
        }

        static bool ContainsTypeParameter(ITypeSymbol t) => t switch
        {
            ITypeParameterSymbol => true,
            IArrayTypeSymbol a => ContainsTypeParameter(a.ElementType),
            INamedTypeSymbol n => System.Linq.Enumerable.Any(n.TypeArguments, ContainsTypeParameter),
            _ => false,
        };

        /// <summary>A conversion to object or a non-generic interface keeps the element type to box by.</summary>
        Expr UntypedElementsTag(Expr converted, ITypeSymbol from, ITypeSymbol to) =>
            (to.SpecialType == SpecialType.System_Object || IsUntypedEnumerable(to)) && RawElementType(from) is { } e
                ? H("$ebTag", converted, TypeOf(e)) : converted;

        /// <summary>Elements enumerated through the non-generic IEnumerable: boxed by the static element type
        /// when the source's is known, else by the tag.</summary>
        Expr UntypedElements(IOperation source, Expr e)
        {
            if (!reified.Boxes) return e;
            while (source is IConversionOperation { IsImplicit: true } c) source = c.Operand;
            if (RawElementType(source.Type) is { } el && source.Type?.SpecialType != SpecialType.System_String) return H("$ebox", e, TypeOf(el));
            return IsUntypedEnumerable(source.Type) ? H("$ebox", e) : e;
        }
    }
}
