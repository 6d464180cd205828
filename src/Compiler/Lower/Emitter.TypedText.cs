using System.Collections.Generic;
using System.Linq;
using Cs2Js.Tree;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Lower
{
    /// <summary>
    /// Text of a sequence's items whose JS value does not say how .NET prints it (an enum's number, a
    /// char's code, a KeyValuePair's array): string.Join/Concat over such a sequence get a formatter for
    /// the item type, known statically here.
    /// </summary>
    public sealed partial class Emitter
    {
        /// <summary>string.Join/Concat&lt;T&gt; over items that need typed text, or null.</summary>
        Expr? TypedTextCall(IInvocationOperation inv)
        {
            var m = inv.TargetMethod;
            if (m.ContainingType.SpecialType != SpecialType.System_String || !m.IsGenericMethod || m.Name is not ("Join" or "Concat")) return null;
            var item = m.TypeArguments[0];
            if (item.SpecialType == SpecialType.System_Char || ItemFormatter(item) is not { } f) return null;
            var args = inv.Arguments.OrderBy(a => a.Parameter!.Ordinal).ToList();
            if (m.Name == "Concat") return H("$joinf", new Str(""), Expr(args[0].Value), f);
            var sep = args[0].Value.Type?.SpecialType == SpecialType.System_Char ? Fold.CharString(Expr(args[0].Value)) : Expr(args[0].Value);
            return H("$joinf", sep, Expr(args[1].Value), f);
        }

        /// <summary>A JS function giving .NET's text of a value of type t, where $str would not; null
        /// when $str already prints it as .NET does.</summary>
        Expr? ItemFormatter(ITypeSymbol t)
        {
            // A reified T: its descriptor prints the value (an enum's name, a char's letter).
            if (t is ITypeParameterSymbol tp && IsKnownTypeParam(tp)) { var y = new Id("$x"); return new Arrow(new Expr[] { y }, ToStrOf(y, t, null)); }
            var u = Underlying(t);
            bool needs = u != null && (u.TypeKind == TypeKind.Enum && EnumEmit((INamedTypeSymbol)u) == 0 || u.SpecialType == SpecialType.System_Char
                || u.SpecialType is SpecialType.System_Boolean or SpecialType.System_Single or SpecialType.System_Int64 or SpecialType.System_UInt64 || IsBigInteger(u)
                || u.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.KeyValuePair<TKey, TValue>"
                || u.IsTupleType && ((INamedTypeSymbol)u).TupleElements.Any(e => ItemFormatter(e.Type) != null));
            if (!needs) return null;
            var x = new Id("$x");
            if (u!.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.KeyValuePair<TKey, TValue>")
            {
                var kv = (INamedTypeSymbol)u;
                return new Arrow(new Expr[] { x }, Concat(new List<Expr> { new Str("["), ToStrOf(new Subscript(x, Int(0)), kv.TypeArguments[0], null), new Str(", "), ToStrOf(new Subscript(x, Int(1)), kv.TypeArguments[1], null), new Str("]") }));
            }
            return new Arrow(new Expr[] { x }, ToStrOf(x, t, null));
        }
    }
}
