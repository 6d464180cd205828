using System.Collections.Generic;
using System.Linq;
using Cs2Js.Tree;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Cs2Js.Lower
{
    /// <summary>When a class's statics are initialised. Eagerly at load (in dependency order) unless the
    /// program could tell: a class with a static constructor is initialised on first use of any static
    /// member or first instance (C#'s precise rule); a class whose static field initialisers call code
    /// that throws or prints is initialised on first static field access (beforefieldinit, as CoreCLR).
    /// Such a class gets `static $i()` (`$sinit`): the first call runs the initialisers, an exception
    /// becomes a TypeInitializationException thrown again on every later use.</summary>
    public sealed partial class Emitter
    {
        enum LazyKind { None, Precise, FieldAccess }

        readonly Dictionary<INamedTypeSymbol, LazyKind> lazyKinds = new(SymbolEqualityComparer.Default);

        LazyKind LazyInit(INamedTypeSymbol t)
        {
            t = t.OriginalDefinition;
            if (lazyKinds.TryGetValue(t, out var k)) return k;
            k = LazyKind.None;
            if (IsSource(t) && t.TypeKind == TypeKind.Class && !t.IsGenericType && !reified.IsReified(t) && !IsObjectLiteral(t))
            {
                if (t.StaticConstructors.Any(c => !c.IsImplicitlyDeclared && reached.Contains(c))) k = LazyKind.Precise;
                else if (t.GetMembers().OfType<IFieldSymbol>().Any(f => f.IsStatic && !f.IsConst && reached.Contains(f) && InitializerObservable(f))) k = LazyKind.FieldAccess;
            }
            lazyKinds[t] = k;
            return k;
        }

        /// <summary>A static field initialiser that prints or throws, directly or in a source method it calls.</summary>
        bool InitializerObservable(IFieldSymbol f)
        {
            var init = (f.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as VariableDeclaratorSyntax)?.Initializer;
            if (init == null) return false;
            if (Observable(init)) return true;
            var model = Model(init.SyntaxTree);
            foreach (var call in init.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
                if (model.GetSymbolInfo(call).Symbol is IMethodSymbol m && IsSource(m))
                    foreach (var r in m.DeclaringSyntaxReferences)
                        if (Observable(r.GetSyntax())) return true;
            return false;
        }

        static bool Observable(SyntaxNode node) => node.DescendantNodesAndSelf().Any(n =>
            n is ThrowStatementSyntax or ThrowExpressionSyntax
            || n is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: "Console" } });

        /// <summary>`C.$i()` where a static member of a lazily initialised class is used (null: use `C`).
        /// A beforefieldinit class is triggered by its fields only; code inside C's own initialisers is not.</summary>
        Expr? LazyInitTrigger(INamedTypeSymbol owner, ISymbol? member)
        {
            var kind = LazyInit(owner);
            if (kind == LazyKind.None || InOwnStaticInit(owner)) return null;
            if (kind == LazyKind.FieldAccess && member != null && member is not IFieldSymbol
                && !(member is IPropertySymbol p && IsFieldLikeProperty(p)) && !(member is IEventSymbol e && IsFieldLikeEvent(e)))
                return null;
            return new Call(Dot(TypeRefNamed(owner), "$i"));
        }

        /// <summary>Lowering C's own static initialisers (field initialisers, static constructor).</summary>
        bool InOwnStaticInit(INamedTypeSymbol t) =>
            currentMember is { IsStatic: true } m && SymbolEqualityComparer.Default.Equals(m.ContainingType?.OriginalDefinition, t.OriginalDefinition)
            && (m is IFieldSymbol or IPropertySymbol or IEventSymbol || m is IMethodSymbol { MethodKind: MethodKind.StaticConstructor });
    }
}
