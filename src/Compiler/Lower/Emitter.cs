using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Cs2Js.Name;
using Cs2Js.Tree;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Lower
{
    /// <summary>
    /// Lowers reachable C# (through Roslyn's IOperation trees) to JavaScript text. Reachability is
    /// discovered while lowering: every source symbol a body mentions is queued, and virtual/interface
    /// members of reachable types are added until nothing changes (tree shaking from the entry point).
    /// </summary>
    public sealed partial class Emitter
    {
        readonly CSharpCompilation compilation;
        readonly Naming names = new();
        readonly List<CompileDiagnostic> diagnostics;

        readonly HashSet<ISymbol> reachable = new(SymbolEqualityComparer.Default);
        readonly Queue<ISymbol> work = new();
        readonly HashSet<INamedTypeSymbol> types = new(SymbolEqualityComparer.Default);
        readonly Dictionary<ISymbol, MemberCode> code = new(SymbolEqualityComparer.Default);
        readonly HashSet<INamedTypeSymbol> brandedInterfaces = new(SymbolEqualityComparer.Default);
        readonly HashSet<INamedTypeSymbol> constructed = new(SymbolEqualityComparer.Default);

        public Emitter(CSharpCompilation compilation, List<CompileDiagnostic> diagnostics)
        {
            this.compilation = compilation;
            this.diagnostics = diagnostics;
        }

        sealed class MemberCode
        {
            /// <summary>Class-body members (methods, accessors, the constructor).</summary>
            public readonly List<ClassMember> Body = new();
            /// <summary>Statements that run once at static initialisation (static fields, static constructor).</summary>
            public readonly List<Stmt> Static = new();
            public int Order;
        }

        // ---------------------------------------------------------------- reachability

        static bool IsSource(ISymbol s) => s.Locations.Any(l => l.IsInSource) && !Naming.IsExternal(s);

        /// <summary>Marks a source symbol reachable (queues it for lowering).</summary>
        void Use(ISymbol? s)
        {
            if (s == null) return;
            s = Canonical(s);
            if (s is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction }) return;
            if (s.ContainingType is { IsAnonymousType: true }) return;
            if (s.ContainingType != null) UseType(s.ContainingType);
            if (!IsSource(s) && !(s is IMethodSymbol { IsImplicitlyDeclared: true } && s.ContainingType != null && IsSource(s.ContainingType))
                && !(s is IPropertySymbol or IFieldSymbol && s.IsImplicitlyDeclared && s.ContainingType != null && IsSource(s.ContainingType))) return;
            if (reachable.Add(s)) work.Enqueue(s);
        }

        /// <summary>The symbol reachability tracks for s: its definition, a property for its accessors, the
        /// implementing part of a partial method.</summary>
        static ISymbol Canonical(ISymbol s)
        {
            s = s.OriginalDefinition;
            if (s is IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet } acc && acc.AssociatedSymbol != null) s = acc.AssociatedSymbol;
            if (s is IMethodSymbol { PartialImplementationPart: { } impl }) s = impl;
            return s;
        }

        void UseType(ITypeSymbol? t)
        {
            if (t is not INamedTypeSymbol nt) { if (t is IArrayTypeSymbol at) UseType(at.ElementType); return; }
            nt = nt.OriginalDefinition;
            if (!IsSource(nt) || nt.IsAnonymousType) return;
            if (!types.Add(nt)) return;
            if (nt.ContainingType != null) UseType(nt.ContainingType);
            UseType(nt.BaseType);
            foreach (var i in nt.Interfaces) UseType(i);
            // Static state initialises eagerly, so it is reachable with the type.
            foreach (var m in nt.GetMembers())
            {
                if (m is IFieldSymbol { IsStatic: true, IsConst: false } f) Use(f);
                if (m is IPropertySymbol { IsStatic: true } p && p.GetMethod != null && HasInitializer(p)) Use(p);
                if (m is IMethodSymbol { MethodKind: MethodKind.StaticConstructor } sc) Use(sc);
            }
        }

        static bool HasInitializer(IPropertySymbol p) => p.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is PropertyDeclarationSyntax { Initializer: not null });

        void UseConstructed(INamedTypeSymbol t)
        {
            t = t.OriginalDefinition;
            UseType(t);
            for (var cur = t; cur != null && IsSource(cur); cur = cur.BaseType)
            {
                if (!constructed.Add(cur)) continue;
                // Instance field initialisers run in every constructor.
                foreach (var m in cur.GetMembers())
                    if (m is IFieldSymbol { IsStatic: false, IsConst: false } f) Use(f.AssociatedSymbol ?? f);
                    else if (m is IPropertySymbol { IsStatic: false } p && HasInitializer(p)) Use(p);
            }
        }

        /// <summary>Runs the worklist to a fixed point, including overrides and interface implementations.</summary>
        public void Run(IMethodSymbol entry)
        {
            Use(entry);
            // object's virtuals are called by runtime helpers ($str, $eq), so their overrides are roots.
            // Each round only adds symbols (finitely many), and a round that adds none ends the loop.
            bool changed = true;
            while (changed)
            {
                while (work.Count > 0) Lower(work.Dequeue());
                int before = reachable.Count;
                foreach (var t in types.ToList())
                {
                    foreach (var m in t.GetMembers())
                    {
                        // Only instances can dispatch to an override (abstract bases of constructed types count).
                        if (reachable.Contains(Canonical(m)) || m.IsStatic || !constructed.Contains(t)) continue;
                        if (IsOverrideOfReachable(m) || ImplementsReachable(t, m)) Use(m);
                    }
                }
                changed = reachable.Count != before || work.Count > 0;
            }
        }

        bool IsOverrideOfReachable(ISymbol m)
        {
            ISymbol? o = m switch { IMethodSymbol mm => mm.OverriddenMethod, IPropertySymbol p => p.OverriddenProperty, IEventSymbol e => e.OverriddenEvent, _ => null };
            while (o != null)
            {
                var od = o.OriginalDefinition;
                if (reachable.Contains(od)) return true;
                if (!IsSource(od))
                {
                    // Overrides of object/Exception members are always live: helpers call them.
                    if (od.Name is "ToString" or "Equals" or "GetHashCode" or "Message") return true;
                    return false;
                }
                o = o switch { IMethodSymbol mm => mm.OverriddenMethod, IPropertySymbol p => p.OverriddenProperty, IEventSymbol e => e.OverriddenEvent, _ => null };
            }
            return false;
        }

        bool ImplementsReachable(INamedTypeSymbol t, ISymbol m)
        {
            foreach (var i in t.AllInterfaces)
                foreach (var im in i.GetMembers())
                {
                    var impl = t.FindImplementationForInterfaceMember(im);
                    if (impl == null || !SymbolEqualityComparer.Default.Equals(impl.OriginalDefinition, m.OriginalDefinition)) continue;
                    if (reachable.Contains(im.OriginalDefinition)) return true;
                    // Library interfaces (IComparer, IDisposable, IEnumerable...) are called by runtime helpers.
                    if (!IsSource(im)) return true;
                }
            return false;
        }

        // ---------------------------------------------------------------- diagnostics

        void Error(string code, Location? loc, string message)
        {
            if (loc == null || !loc.IsInSource) { diagnostics.Add(new CompileDiagnostic("cs2js", 1, 1, "error", code, message)); return; }
            var span = loc.GetLineSpan();
            var d = new CompileDiagnostic(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, "error", code, message);
            if (!diagnostics.Contains(d)) diagnostics.Add(d);
        }

        void Error(string code, IOperation op, string message) => Error(code, op.Syntax.GetLocation(), message);

        Span? PosOf(SyntaxNode? node)
        {
            if (node == null) return null;
            var span = node.GetLocation().GetLineSpan();
            return new Span(span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character,
                span.EndLinePosition.Line, span.EndLinePosition.Character);
        }

        static T At<T>(T node, Span? pos) where T : Node
        {
            node.Pos = pos;
            return node;
        }

        SemanticModel Model(SyntaxTree tree) => compilation.GetSemanticModel(tree);

        IOperation? OperationOf(SyntaxNode node) => Model(node.SyntaxTree).GetOperation(node);

        // ---------------------------------------------------------------- output assembly

        /// <summary>The program's types and static initialisation, in dependency order. Type-name
        /// statements (<c>X.$tn = "Ns.X"</c>) are included only when the bundle can print a type name.</summary>
        public List<Stmt> Types(bool withTypeNames)
        {
            var w = new List<Stmt>();
            var ordered = OrderTypes();
            var statics = new List<(INamedTypeSymbol t, List<Stmt> s)>();
            foreach (var t in ordered)
            {
                if (t.TypeKind == TypeKind.Interface) continue;
                if (t.TypeKind == TypeKind.Enum)
                {
                    if (enumObjects.Contains(t)) w.Add(VarDecl.Const(names.TypeName(t), EnumObject(t)));
                    continue;
                }
                if (t.TypeKind == TypeKind.Delegate || IsObjectLiteral(t)) continue;
                var jsName = names.TypeName(t);
                var ext = t.BaseType != null && t.BaseType.SpecialType != SpecialType.System_Object ? TypeRef(t.BaseType, null) : null;
                var members = code.Where(kv => SymbolEqualityComparer.Default.Equals(kv.Key.ContainingType?.OriginalDefinition, t))
                    .Select(kv => kv.Value).OrderBy(m => m.Order).ToList();
                var body = members.SelectMany(m => m.Body).ToList();
                if (EnumeratorImpl(t) is { } getEnumerator)
                {
                    // A hand-written IEnumerator (MoveNext/Current) is adapted to JS iteration.
                    Expr en = new Call(Dot(Kw.This, names.MemberName(getEnumerator)));
                    if (HasUserEnumerators()) en = H("$jsIter", en);
                    body.Add(new ClassMember(MemberKind.Method, false, null, Dot(Ident("Symbol"), "iterator"), Function(new Block(new Return(en)))));
                }
                w.Add(At(new ClassDecl(jsName, ext, body), PosOf(t.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax())));
                if (withTypeNames) w.Add(new ExprStmt(new Assign(Dot(Ident(jsName), "$tn"), new Str(TypeFullName(t)))));
                w.AddRange(InterfaceAliases(t));
                foreach (var m in members.Where(m => m.Static.Count > 0)) statics.Add((t, m.Static));
            }
            foreach (var (t, ss) in statics.OrderBy(s => ordered.IndexOf(s.t))) w.AddRange(ss);
            return w;
        }

        static string TypeFullName(INamedTypeSymbol t)
        {
            var ns = t.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() + "." : "";
            var nest = t.ContainingType != null ? TypeFullName(t.ContainingType) + "+" : ns;
            return nest + t.MetadataName;
        }

        bool HasUserEnumerators() => types.Any(t => t.TypeKind != TypeKind.Interface && t.AllInterfaces.Any(i => i.OriginalDefinition.SpecialType is SpecialType.System_Collections_IEnumerator or SpecialType.System_Collections_Generic_IEnumerator_T));

        /// <summary>The method a JS for-of over an instance calls: t's own implementation of
        /// IEnumerable&lt;T&gt;.GetEnumerator (else of IEnumerable.GetEnumerator); null when t adds none.</summary>
        ISymbol? EnumeratorImpl(INamedTypeSymbol t)
        {
            foreach (var special in new[] { SpecialType.System_Collections_Generic_IEnumerable_T, SpecialType.System_Collections_IEnumerable })
                foreach (var i in t.AllInterfaces.Where(i => i.OriginalDefinition.SpecialType == special))
                    if (i.GetMembers("GetEnumerator").FirstOrDefault() is { } im && t.FindImplementationForInterfaceMember(im) is { } impl)
                        return SymbolEqualityComparer.Default.Equals(impl.ContainingType.OriginalDefinition, t) && reachable.Contains(impl.OriginalDefinition) ? impl : null;
            return null;
        }

        List<INamedTypeSymbol> OrderTypes()
        {
            var result = new List<INamedTypeSymbol>();
            var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            void Visit(INamedTypeSymbol t)
            {
                if (!seen.Add(t)) return;
                if (t.BaseType is { } b && types.Contains(b.OriginalDefinition)) Visit(b.OriginalDefinition);
                foreach (var dep in staticDeps.TryGetValue(t, out var ds) ? ds : new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default))
                    if (types.Contains(dep) && !IsSubtypeOf(dep, t)) Visit(dep);
                result.Add(t);
            }
            foreach (var t in types.OrderBy(t => t.Locations.FirstOrDefault()?.SourceTree?.FilePath).ThenBy(t => t.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0)) Visit(t);
            return result;
        }

        static bool IsSubtypeOf(INamedTypeSymbol a, INamedTypeSymbol b)
        {
            for (var cur = a.BaseType; cur != null; cur = cur.BaseType) if (SymbolEqualityComparer.Default.Equals(cur.OriginalDefinition, b)) return true;
            return false;
        }

        readonly Dictionary<INamedTypeSymbol, HashSet<INamedTypeSymbol>> staticDeps = new(SymbolEqualityComparer.Default);

        IEnumerable<Stmt> InterfaceAliases(INamedTypeSymbol t)
        {
            var jsName = names.TypeName(t);
            Expr Proto() => Dot(Ident(jsName), "prototype");
            foreach (var i in t.AllInterfaces)
            {
                var io = i.OriginalDefinition;
                if (brandedInterfaces.Contains(io) && (t.BaseType == null || !t.BaseType.AllInterfaces.Any(bi => SymbolEqualityComparer.Default.Equals(bi.OriginalDefinition, io))))
                    yield return new ExprStmt(new Assign(Dot(Proto(), BrandName(io)), Kw.True));
                if (!IsSource(io)) continue;
                foreach (var im in i.GetMembers())
                {
                    if (!reachable.Contains(im.OriginalDefinition) || im.IsStatic) continue;
                    var impl = t.FindImplementationForInterfaceMember(im);
                    if (impl == null || !SymbolEqualityComparer.Default.Equals(impl.ContainingType.OriginalDefinition, t)) continue;
                    var iname = names.MemberName(im);
                    var cname = names.MemberName(impl);
                    if (iname == cname) continue;
                    if (im is IMethodSymbol)
                        yield return new ExprStmt(new Assign(Dot(Proto(), iname), Dot(Proto(), cname)));
                    else
                        yield return new ExprStmt(new Call(Dot(Ident("Object"), "defineProperty"), Proto(), new Str(iname), new ObjectLit(new[]
                        {
                            new Prop(PropKind.Get, "get", null, Function(new Block(new Return(Dot(Kw.This, cname))))),
                            new Prop(PropKind.Set, "set", null, Function(new Block(new ExprStmt(new Assign(Dot(Kw.This, cname), Ident("v")))), Ident("v"))),
                        })));
                }
            }
        }

        /// <summary>The JS expression that names a reachable static method (the bundle's entry point).</summary>
        public Expr EntryReference(IMethodSymbol entry) => Dot(Ident(names.TypeName(entry.ContainingType)), names.MemberName(entry));

        string BrandName(INamedTypeSymbol iface) => "$is_" + names.TypeName(iface);

        // ---------------------------------------------------------------- small utilities

        // Tree builders: short names keep the lowering readable.
        static Id Ident(string name) => new(name);
        static Member Dot(Expr obj, string name) => new(obj, name);
        static Call H(string helper, params Expr[] args) => new(new Id(helper), args);
        static Binary Bin(string op, Expr l, Expr r) => new(op, l, r);
        static Unary Not(Expr e) => new("!", e);
        static Num Int(int n) => new(n);
        static bool IsNull(Expr e) => e is Kw { Word: "null" };
        static Func Function(Block body, params Expr[] ps) => new(null, ps, body);
        static Expr Undefined => new Id("undefined");

        /// <summary>A statement list as a block (the body of an if/loop/try).</summary>
        static Block Blk(List<Stmt> body) => new(body);

        static bool IsObjectLiteral(ITypeSymbol? t)
        {
            for (var cur = t as INamedTypeSymbol; cur != null; cur = cur.BaseType)
                if (Attr.Has(cur, "Js.ObjectLiteralAttribute")) return true;
            return false;
        }
    }
}
