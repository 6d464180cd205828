using System.Collections.Generic;
using System.Linq;
using Cs2Js.Tree;
using Microsoft.CodeAnalysis;

namespace Cs2Js.Lower
{
    /// <summary>
    /// Default interface members (C# 8): lowered once onto a class named like the interface; a class whose
    /// implementation of such a member is the interface's default (and whose base's is not) gets it copied
    /// onto its prototype at load ($mixin), so `x.Describe()` dispatches as .NET's does. Programs without
    /// default members pay nothing.
    /// </summary>
    public sealed partial class Emitter
    {
        IEnumerable<Stmt> DefaultInterfaceMembers(INamedTypeSymbol t)
        {
            var byInterface = new Dictionary<INamedTypeSymbol, List<string>>(SymbolEqualityComparer.Default);
            foreach (var i in t.AllInterfaces)
                foreach (var m in i.GetMembers())
                {
                    if (m.IsStatic || m.IsAbstract || m is not (IMethodSymbol { MethodKind: MethodKind.Ordinary } or IPropertySymbol)) continue;
                    if (!code.ContainsKey(m.OriginalDefinition)) continue;
                    if (!SymbolEqualityComparer.Default.Equals(t.FindImplementationForInterfaceMember(m)?.OriginalDefinition, m.OriginalDefinition)) continue;
                    if (t.BaseType != null && SymbolEqualityComparer.Default.Equals(t.BaseType.FindImplementationForInterfaceMember(m)?.OriginalDefinition, m.OriginalDefinition)) continue;
                    var owner = i.OriginalDefinition;
                    if (!byInterface.TryGetValue(owner, out var list)) byInterface[owner] = list = new List<string>();
                    var name = names.MemberName(m.OriginalDefinition);
                    if (m is IPropertySymbol { IsIndexer: true } ix)
                    {
                        if (ix.GetMethod != null) list.Add("get" + name);
                        if (ix.SetMethod != null) list.Add("set" + name);
                    }
                    else if (!list.Contains(name)) list.Add(name);
                }
            foreach (var (i, list) in byInterface)
                yield return new ExprStmt(H("$mixin", Ident(names.TypeName(t)), Ident(names.TypeName(i)), new ArrayLit(list.Select(n => (Expr)new Str(n)))));
        }
    }
}
