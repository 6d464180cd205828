using System.Collections.Generic;
using System.Linq;
using Cs2Js.Tree;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Lower
{
    /// <summary>
    /// C# runs a derived class's field initialisers before its base constructor; JavaScript cannot touch
    /// `this` before `super()`. Where a hierarchy could observe the difference (a derived class has
    /// initialisers and a base constructor does more than store fields), each class's initialisers move
    /// into a `$fi()` method (its own, then `super.$fi()`), which the root class's constructor calls right
    /// after its own `super()`: so the most derived initialisers run first, before any constructor body.
    /// A derived field without an initialiser holds its default (0, false, null…) in C# before the base
    /// constructor runs: where a base constructor can reach the new object's code (it calls a method or a
    /// computed property on it, or hands `this` out), such defaults also go through the hook.
    /// Other hierarchies keep initialisers and defaults inline (no cost).
    /// </summary>
    public sealed partial class Emitter
    {
        readonly Dictionary<INamedTypeSymbol, bool> initHook = new(SymbolEqualityComparer.Default);
        List<INamedTypeSymbol>? allSourceTypes;

        /// <summary>The first class of t's chain whose base is not a source class.</summary>
        static INamedTypeSymbol HierarchyRoot(INamedTypeSymbol t)
        {
            t = t.OriginalDefinition;
            while (t.BaseType is { } b && IsSource(b.OriginalDefinition)) t = b.OriginalDefinition;
            return t;
        }

        bool UsesInitHook(INamedTypeSymbol t)
        {
            var root = HierarchyRoot(t);
            if (initHook.TryGetValue(root, out var uses)) return uses;
            allSourceTypes ??= AllSourceTypes(compilation.Assembly.GlobalNamespace).ToList();
            var members = allSourceTypes.Where(x => x.TypeKind == TypeKind.Class && SymbolEqualityComparer.Default.Equals(HierarchyRoot(x), root)).ToList();
            uses = members.Count > 1
                && !members.Any(x => x.IsRecord || x.InstanceConstructors.Any(IsPrimaryCtor))
                && members.Any(d => !SymbolEqualityComparer.Default.Equals(d, root)
                    && (HasInitializers(d) && Ancestors(d).Any(a => HasConstructorWork(a) || HasInitializers(a) && InitializersCall(a))
                        || HasInstanceData(d) && Ancestors(d).Any(ConstructorReachesObject)));
            initHook[root] = uses;
            return uses;
        }

        static IEnumerable<INamedTypeSymbol> Ancestors(INamedTypeSymbol t)
        {
            for (var b = t.BaseType; b != null && IsSource(b.OriginalDefinition); b = b.BaseType) yield return b.OriginalDefinition;
        }

        static IEnumerable<INamedTypeSymbol> AllSourceTypes(INamespaceOrTypeSymbol ns)
        {
            foreach (var m in ns.GetMembers())
                if (m is INamespaceOrTypeSymbol inner)
                {
                    if (inner is INamedTypeSymbol nt && IsSource(nt)) yield return nt;
                    foreach (var x in AllSourceTypes(inner)) yield return x;
                }
        }

        static IEnumerable<SyntaxNode> InitializerSyntax(INamedTypeSymbol t) =>
            t.GetMembers().Where(m => !m.IsStatic).SelectMany(m => m.DeclaringSyntaxReferences.Select(r => r.GetSyntax()))
                .Select(s => s switch { VariableDeclaratorSyntax { Initializer: { } i } => (SyntaxNode)i, PropertyDeclarationSyntax { Initializer: { } i } => i, _ => null! })
                .Where(s => s != null);

        static bool HasInitializers(INamedTypeSymbol t) => InitializerSyntax(t).Any();

        static bool InitializersCall(INamedTypeSymbol t) =>
            InitializerSyntax(t).Any(i => i.DescendantNodes().Any(n => n is InvocationExpressionSyntax or ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax));

        /// <summary>A constructor body with statements, or base arguments that compute.</summary>
        static bool HasConstructorWork(INamedTypeSymbol t) =>
            t.InstanceConstructors.Any(c => c.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is ConstructorDeclarationSyntax cd
                && (cd.Body is { Statements.Count: > 0 } || cd.ExpressionBody != null || cd.Initializer?.ArgumentList.Arguments.Any(a => a.Expression is not LiteralExpressionSyntax and not IdentifierNameSyntax) == true));

        /// <summary>The class declares instance data that a constructor stores: a field, an auto-property or a
        /// field-like event.</summary>
        static bool HasInstanceData(INamedTypeSymbol t) => t.GetMembers().Any(m => !m.IsStatic && m switch
        {
            IFieldSymbol f => !f.IsConst && !f.IsImplicitlyDeclared,
            IPropertySymbol p => !p.IsIndexer && IsAutoProperty(p),
            IEventSymbol e => IsFieldLikeEvent(e),
            _ => false,
        });

        /// <summary>A constructor of t (its body or its base arguments) uses the object other than through
        /// its fields and plain auto-properties: a call on it, a computed or virtual property, `this` as a value.</summary>
        bool ConstructorReachesObject(INamedTypeSymbol t) =>
            t.InstanceConstructors.Any(c => c.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is ConstructorDeclarationSyntax cd
                && OperationOf(cd) is { } op
                && op.Descendants().OfType<IInstanceReferenceOperation>().Any(r => r.Parent switch
                {
                    IFieldReferenceOperation => false,
                    IPropertyReferenceOperation { Property: var p } => !IsAutoProperty(p) || p.IsVirtual || p.IsAbstract || p.IsOverride,
                    IEventReferenceOperation { Event: var e } => !IsFieldLikeEvent(e),
                    _ => true,
                }));

        /// <summary>The class's `$fi()` method: its initialisers, then its base class's.</summary>
        void EmitInitHook(INamedTypeSymbol t, MemberCode mc)
        {
            var w = new List<Stmt>();
            EmitFieldInits(t, w);
            if (!SymbolEqualityComparer.Default.Equals(HierarchyRoot(t), t)) w.Add(new ExprStmt(new Call(Dot(Kw.Super, "$fi"))));
            mc.Body.Add(new ClassMember(MemberKind.Method, false, "$fi", null, new Func(null, new Expr[0], Blk(w))));
        }

        /// <summary>What a constructor does where C# runs the class's initialisers: inline, or through the
        /// hook (the root calls it; other classes' initialisers already ran from it).</summary>
        void EmitInitsAt(INamedTypeSymbol t, List<Stmt> w)
        {
            if (!UsesInitHook(t)) { EmitFieldInits(t, w); return; }
            if (SymbolEqualityComparer.Default.Equals(HierarchyRoot(t), t)) w.Add(new ExprStmt(new Call(Dot(Kw.This, "$fi"))));
        }
    }
}
