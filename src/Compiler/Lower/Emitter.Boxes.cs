using System.Linq;
using Cs2Js.Tree;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Lower
{
    /// <summary>
    /// Boxing, where Reach found a program that can tell boxed values apart (<see cref="Reach.Reified.Boxes"/>):
    /// a value type converted to object, an interface or T becomes `$box(v, $T)` (a `$Boxed` for ints,
    /// enums, chars…; the value itself for double, bool and class instances), and unboxing is `$unbox`.
    /// Other programs keep raw JS numbers everywhere, as before.
    /// </summary>
    public sealed partial class Emitter
    {
        /// <summary>A type test that a JS typeof/instanceof alone cannot answer.</summary>
        bool NeedsRuntimeTest(ITypeSymbol t) =>
            t is ITypeParameterSymbol || t.IsValueType && !(t.TypeKind == TypeKind.Struct && IsSource(t)) && t.SpecialType != SpecialType.System_Boolean;

        /// <summary>The lowered conversion when it boxes, unboxes or tries a cast that needs a run-time type; else null.</summary>
        Expr? BoxConversion(IConversionOperation c, Expr inner, ITypeSymbol from, ITypeSymbol to)
        {
            var conv = c.GetConversion();
            if (c.IsTryCast && !conv.IsIdentity && !(conv.IsReference && conv.IsImplicit) && (NeedsRuntimeTest(to) || to is INamedTypeSymbol { TypeKind: TypeKind.Interface } lib && !IsSource(lib)))
            {
                // x as T / x as int?: the value (unboxed) when it is one, else null.
                var tmp = NewTemp();
                var test = TypeTest(tmp, to, c);
                var value = reified.Boxes ? H("$unbox", tmp) : (Expr)tmp;
                return new Seq(new Assign(tmp, inner), new Cond(test, value, Kw.Null));
            }
            if (!reified.Boxes) return null;
            if (conv.IsBoxing)
            {
                if (!NeedsBox(from)) return inner;
                if (to.TypeKind == TypeKind.TypeParameter) return inner;
                return H("$box", inner, TypeOf(from));
            }
            if (conv.IsUnboxing || conv.IsExplicit && conv.IsReference && to is ITypeParameterSymbol)
                return to is ITypeParameterSymbol tp && !IsKnownTypeParam(tp) ? H("$unbox", inner) : H("$unbox", inner, TypeOf(to));
            return null;
        }

        /// <summary>A value of this type can lose its identity as a raw JS value (int vs double, enum vs int).</summary>
        bool NeedsBox(ITypeSymbol t)
        {
            if (t is ITypeParameterSymbol) return true;
            var u = Underlying(t) ?? t;
            if (u.SpecialType is SpecialType.System_Double or SpecialType.System_Boolean) return false;
            if (u.TypeKind == TypeKind.Struct && IsSource(u) || SelfTypedValue(u) != null) return false;
            // A BCL collection's struct enumerator (List<T>.Enumerator) is a JS iterator: an object already.
            if (u is INamedTypeSymbol { Name: "Enumerator", ContainingType: not null } && !IsSource(u)) return false;
            if (u.OriginalDefinition.ToDisplayString() == "System.ArraySegment<T>") return false; // a $ArraySegment object
            return u.IsValueType;
        }

        /// <summary>The value a pattern variable of a value type takes from a boxed input.</summary>
        Expr PatternValue(Expr input, ITypeSymbol? matched, ITypeSymbol? inputType) =>
            reified.Boxes && matched != null && NeedsBox(matched) && inputType != null && !inputType.IsValueType && inputType is not ITypeParameterSymbol { HasValueTypeConstraint: true }
                // A known T may be object or an interface: the box stays a box there.
                ? matched is ITypeParameterSymbol tp && IsKnownTypeParam(tp) ? H("$unbox", input, TypeOf(tp)) : H("$unbox", input) : input;
    
        /// <summary>Enumerable.Cast&lt;T&gt; where boxes exist: each element is unboxed (and checked) into T.
        /// Elsewhere it stays the sequence itself.</summary>
        Expr? BoxedSequenceCall(IInvocationOperation inv)
        {
            var m = inv.TargetMethod;
            if (!reified.Boxes || m.Name != "Cast" || m.ContainingType.ToDisplayString() != "System.Linq.Enumerable" || m.TypeArguments.Length != 1) return null;
            var t = m.TypeArguments[0];
            if (t is ITypeParameterSymbol tp && !IsKnownTypeParam(tp)) return null;
            // Cast to the source's own element type (int[,] to int, List<int> to int) is the identity.
            var source = StripImplicit(inv.Arguments[0].Value).Type;
            var sequences = source is IArrayTypeSymbol a ? new[] { a.ElementType }
                : source == null ? System.Array.Empty<ITypeSymbol>()
                : source.AllInterfaces.Append(source as INamedTypeSymbol).OfType<INamedTypeSymbol>()
                    .Where(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T).Select(i => i.TypeArguments[0]).ToArray();
            if (sequences.Length == 1 && SymbolEqualityComparer.Default.Equals(sequences[0], t)) return Expr(inv.Arguments[0].Value);
            return H("$castSeq", UntypedElements(inv.Arguments[0].Value, Expr(inv.Arguments[0].Value)), TypeOf(t));
        }

        /// <summary>A value of a reified type parameter, boxed with its run-time type (GetType, is).</summary>
        Expr BoxOfTypeParam(IOperation op)
        {
            op = StripImplicit(op);
            var v = Expr(op);
            return op.Type is ITypeParameterSymbol tp && IsKnownTypeParam(tp) ? H("$box", v, TypeOf(tp)) : v;
        }

        /// <summary>The input of a type test; a T-typed value is boxed with its T so that `value is int` sees its type.</summary>
        Expr TestInput(Expr value, IOperation at)
        {
            var input = at switch { IIsTypeOperation it => it.ValueOperand.Type, IPatternOperation p => p.InputType, _ => null };
            return input is ITypeParameterSymbol { HasReferenceTypeConstraint: false } tp && IsKnownTypeParam(tp) ? H("$box", value, TypeOf(tp)) : value;
        }
}
}
