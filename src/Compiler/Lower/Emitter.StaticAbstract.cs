using Cs2Js.Tree;
using Microsoft.CodeAnalysis;

namespace Cs2Js.Lower
{
    /// <summary>
    /// Static abstract/virtual interface members (T.Zero, a + b on a T : IAdd&lt;T&gt;): the method observes T
    /// (Reach.Generics), so its $T names the class T is bound to ($ty's c), and the member is read from
    /// there under the interface member's name (the implementation shares it, Name.Naming).
    /// </summary>
    public sealed partial class Emitter
    {
        Expr? StaticVia(IOperation op, ISymbol member) =>
            member.IsStatic && member.ContainingType?.TypeKind == TypeKind.Interface && Reach.Reachability.ConstrainedTo(op) is { } tp
                ? Dot(TypeOf(tp), "c") : null;
    }
}
