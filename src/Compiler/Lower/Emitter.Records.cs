using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Cs2Js.Tree;

namespace Cs2Js.Lower
{
    /// <summary>Records: the compiler synthesises Equals, ToString, Deconstruct and the copy used by `with`.</summary>
    public sealed partial class Emitter
    {
        static bool IsCollection(ITypeSymbol t) =>
            t is IArrayTypeSymbol || t.OriginalDefinition.ToDisplayString().StartsWith("System.Collections.Generic.", System.StringComparison.Ordinal);

        IEnumerable<IPropertySymbol> RecordProperties(INamedTypeSymbol t) =>
            t.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsStatic && !p.IsIndexer && p.Name != "EqualityContract" && p.DeclaredAccessibility == Accessibility.Public);

        void LowerRecordMember(IMethodSymbol m)
        {
            var t = m.ContainingType;
            var w = CodeFor(m).Body;
            var props = RecordProperties(t).ToList();
            foreach (var p in props) Use(p);
            bool hasRecordBase = t.BaseType != null && t.BaseType.IsRecord && IsSource(t.BaseType);
            ClassMember Method(string name, List<Expr> ps, params Stmt[] body) => new(MemberKind.Method, false, name, null, new Func(null, ps, new Block(body)));
            Expr This(IPropertySymbol p) => Dot(Kw.This, names.MemberName(p));
            switch (m.Name)
            {
                case "ToString" when m.Parameters.Length == 0:
                    {
                        // Name { A = 1, B = x }, members printed with their own ToString.
                        var parts = new List<Expr>();
                        var savedPending = pending; pending = new List<string>();
                        foreach (var p in props.Where(p => p.OverriddenProperty == null || !IsSource(p.OverriddenProperty.ContainingType) || !p.OverriddenProperty.ContainingType.IsRecord))
                        {
                            if (parts.Count > 0) parts.Add(new Str(", "));
                            parts.Add(new Str(p.Name + " = "));
                            parts.Add(ToStrOf(This(p), p.Type, null));
                        }
                        var body = parts.Count == 0 ? new Str("") : Concat(parts);
                        var temps = pending; pending = savedPending;
                        var members = new List<Stmt>();
                        if (temps.Count > 0) members.Add(LetTemps(temps));
                        if (hasRecordBase)
                        {
                            // const b = super.$members(), s = ...; return b && s ? b + ", " + s : b + s;
                            members.Add(VarDecl.Const("b", new Call(Dot(Kw.Super, "$members"))));
                            members.Add(VarDecl.Const("s", body));
                            members.Add(new Return(new Cond(Bin("&&", Ident("b"), Ident("s")), Concat(new List<Expr> { Ident("b"), new Str(", "), Ident("s") }), Bin("+", Ident("b"), Ident("s")))));
                        }
                        else members.Add(new Return(body));
                        w.Add(Method("$members", new List<Expr>(), members.ToArray()));
                        // ToString() { const m = this.$members(); return "Name" + (m ? " { " + m + " }" : " { }"); }
                        w.Add(Method("ToString", new List<Expr>(),
                            VarDecl.Const("m", new Call(Dot(Kw.This, "$members"))),
                            new Return(Bin("+", new Str(t.Name), new Cond(Ident("m"), Concat(new List<Expr> { new Str(" { "), Ident("m"), new Str(" }") }), new Str(" { }"))))));
                        w.Add(Method("toString", new List<Expr>(), new Return(new Call(Dot(Kw.This, "ToString")))));
                        return;
                    }
                case "Equals" when m.Parameters.Length == 1:
                    {
                        // Equals(object) is the typed Equals in JS (one method).
                        if (!SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type.OriginalDefinition, t.OriginalDefinition)) return;
                        // EqualityComparer<T>.Default per member: collections compare by reference, as in .NET.
                        var o = Ident("o");
                        var eqs = props.Where(p => SymbolEqualityComparer.Default.Equals(p.ContainingType, t))
                            .Select(p => IsCollection(p.Type) ? Bin("===", This(p), Dot(o, names.MemberName(p))) : (Expr)H("$eq", This(p), Dot(o, names.MemberName(p)))).ToList();
                        Expr baseEq = hasRecordBase ? new Call(Dot(Kw.Super, "Equals"), o) : Bin("&&", Bin("!=", o, Kw.Null), Bin("===", Dot(o, "constructor"), Dot(Kw.This, "constructor")));
                        eqs.Insert(0, baseEq);
                        w.Add(Method("Equals", new List<Expr> { Ident("o") }, new Return(AndAll(eqs))));
                        return;
                    }
                case "Deconstruct":
                    {
                        var ps = m.Parameters.Select(p => (Expr)Ident(p.Name)).ToList();
                        var assigns = m.Parameters.Select(p => (Stmt)new ExprStmt(new Assign(Dot(Ident(p.Name), "v"), This(t.GetMembers(p.Name).OfType<IPropertySymbol>().First())))).ToArray();
                        w.Add(Method("Deconstruct", ps, assigns));
                        return;
                    }
                case "GetHashCode":
                    // Not emitted: $hash mixes the fields of an object that has Equals but no GetHashCode,
                    // so programs that never hash pay nothing (direct calls go through $hash too).
                    return;
                case "op_Equality":
                case "op_Inequality":
                case "PrintMembers":
                case "<Clone>$":
                    return;
            }
        }
    }
}
