using System.Collections.Generic;
using System.Linq;
using Cs2Js.Tree;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Lower
{
    /// <summary>
    /// `x is IComparable` and other library interfaces on values that are not source classes: a string,
    /// a raw number, a bool, an array, a Map or Set, a box or a runtime class ($Dec, $DateTime) implements
    /// what its .NET type implements, decided here from the .NET types and passed to `$isI` as letters
    /// (s string, i/d integral/other number, b bool, a array/List, m Map, t Set, e enum box) and the full
    /// names of the box types that implement it. A collection's element type is erased, so a generic
    /// interface never matches an array, Map or Set.
    /// </summary>
    public sealed partial class Emitter
    {
        (string Kinds, List<string> Boxes)? LibraryInterfaceKinds(INamedTypeSymbol iface)
        {
            bool Impl(ITypeSymbol? t) => t != null && compilation.ClassifyConversion(t, iface).IsImplicit;
            ITypeSymbol S(SpecialType st) => compilation.GetSpecialType(st);
            var obj = S(SpecialType.System_Object);
            var kinds = "";
            if (Impl(S(SpecialType.System_String))) kinds += "s";
            if (Impl(S(SpecialType.System_Double))) kinds += "d";
            // A raw integral number is an int only in a program that does not box.
            if (reified.Boxes ? Impl(S(SpecialType.System_Double)) : Impl(S(SpecialType.System_Int32))) kinds += "i";
            if (Impl(S(SpecialType.System_Boolean))) kinds += "b";
            if (!iface.IsGenericType)
            {
                if (Impl(compilation.CreateArrayTypeSymbol(obj))) kinds += "a";
                if (Impl(compilation.GetTypeByMetadataName("System.Collections.Generic.Dictionary`2")?.Construct(obj, obj))) kinds += "m";
                if (Impl(compilation.GetTypeByMetadataName("System.Collections.Generic.HashSet`1")?.Construct(obj))) kinds += "t";
            }
            if (Impl(S(SpecialType.System_Enum))) kinds += "e";
            var boxes = new[] { SpecialType.System_Int32, SpecialType.System_Int64, SpecialType.System_Char, SpecialType.System_Single, SpecialType.System_Byte, SpecialType.System_SByte,
                    SpecialType.System_Int16, SpecialType.System_UInt16, SpecialType.System_UInt32, SpecialType.System_UInt64, SpecialType.System_Decimal, SpecialType.System_DateTime }
                .Select(S).Append(compilation.GetTypeByMetadataName("System.TimeSpan")).Where(Impl).Select(t => t!.ContainingNamespace.ToDisplayString() + "." + t.MetadataName).ToList();
            if (kinds.Length == 0 && boxes.Count == 0) return null;
            return (kinds, boxes);
        }

        /// <summary>A collection converted to object or an interface in a program that asks for its element
        /// types (Reach.CollectionTags): tagged with its .NET full name and Name.</summary>
        Expr CollectionTag(Expr inner, ITypeSymbol t) =>
            H("$ctag", inner, FullNameOf(t), new Str(t is IArrayTypeSymbol a ? ElementName(a) : t.MetadataName));

        static string ElementName(IArrayTypeSymbol a) => (a.ElementType is IArrayTypeSymbol inner ? ElementName(inner) : a.ElementType.MetadataName) + "[]";

        /// <summary>`o is int[]`, `o is List&lt;int&gt;` in a tagging program: a tagged value answers by its tag
        /// (the tagged closed types convertible to the tested one: string[] is an object[]); an untagged one by
        /// its JS kind (<paramref name="kind"/>: Array, Map, Set...), as before.</summary>
        Expr TaggedCollectionTypeTest(Expr value, ITypeSymbol t, Expr kind, IOperation at) => H("$isT", value, TaggedCollectionNames(t), UntaggedAnswer(t, at) ?? kind);

        /// <summary>A value typed as a closed collection type is exactly that type (no class derives from a
        /// library collection; an array that came through a wider array type was tagged): the answer for an
        /// untagged one is known here.</summary>
        Expr? UntaggedAnswer(ITypeSymbol t, IOperation at)
        {
            var input = at switch { IIsTypeOperation it => it.ValueOperand.Type, IPatternOperation p => p.InputType, IConversionOperation c => c.Operand.Type, _ => null };
            if (input == null || input.TypeKind == TypeKind.Interface || !Reach.CollectionTags.IsCollection(input) || !Reach.CollectionTags.IsClosed(input)) return null;
            return compilation.ClassifyConversion(input, t) is { IsImplicit: true, IsReference: true } or { IsIdentity: true } ? Kw.True : Kw.False;
        }

        Expr TaggedCollectionNames(ITypeSymbol t) =>
            new ArrayLit(collectionTags.Tagged.Where(x => compilation.ClassifyConversion(x, t) is { IsImplicit: true, IsReference: true } or { IsIdentity: true }).Select(FullNameOf));

        /// <summary>`o is IEnumerable&lt;int&gt;` in a tagging program: a tagged value answers by its tag (the
        /// closed collection types that implement the interface, decided here); others as before.</summary>
        Expr TaggedCollectionTest(Expr value, INamedTypeSymbol iface, string brand)
        {
            var names = new ArrayLit(collectionTags.Tagged.Where(t => compilation.ClassifyConversion(t, iface).IsImplicit).Select(FullNameOf));
            if (LibraryInterfaceKinds(iface) is { } lib)
                return H("$isC", value, names, new Str(brand), new Str(lib.Kinds), new ArrayLit(lib.Boxes.Select(b => (Expr)new Str(b))));
            return H("$isC", value, names, new Str(brand));
        }
    }
}
