using System;
using Cs2Js.Tree;
using Microsoft.CodeAnalysis;

namespace Cs2Js.Lower
{
    /// <summary>Generic math on a type parameter (Bcl.GenericMath): `$gm($T)` holds the operations of the
    /// number type T is bound to; the method observes T (Reach.Generics), so $T is at hand.</summary>
    public sealed partial class Emitter
    {
        Expr? GenericMathOp(IOperation op, ISymbol? m, Func<Expr[]> operands)
        {
            if (!Bcl.GenericMath.Applies(m, op)) return null;
            var g = H("$gm", TypeOf((ITypeSymbol?)Reach.Reachability.ConstrainedTo(op) ?? Bcl.GenericMath.Concrete(m)!));
            var how = Bcl.GenericMath.Members[m!.Name];
            if (m is IPropertySymbol) return Dot(g, how);
            var a = operands();
            switch (m.Name)
            {
                case "op_UnaryPlus": return a[0];
                case "CreateChecked" or "CreateSaturating" or "CreateTruncating": return new Call(Dot(g, "from"), a[0], Int(int.Parse(how)));
                case "Sign": return new Call(Dot(g, "cmp"), a[0], Dot(g, "z"));
                case "IsZero" or "IsNegative" or "IsPositive": return Bin(how, new Call(Dot(g, "cmp"), a[0], Dot(g, "z")), Int(0));
            }
            if (how.Length <= 3 && !char.IsLetter(how[0])) return Bin(how, new Call(Dot(g, "cmp"), a), Int(0));
            return new Call(Dot(g, how), a);
        }
    }
}
