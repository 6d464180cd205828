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
    /// The Lower stage: lowers every reached member (through Roslyn's IOperation trees) to the JavaScript
    /// syntax tree. It decides nothing about reachability or names (Reach and Name did) and refuses
    /// nothing (Check did): it asserts both, and a failed assertion is an internal error (CSX9000).
    /// </summary>
    public sealed partial class Emitter
    {
        readonly CSharpCompilation compilation;
        readonly Reach.ReachedSet reached;
        readonly Reach.SlotOrder slotOrder;
        readonly Lazy<string?> exceptionTypesObserved;
        readonly Lazy<Reach.TypeNames> typeNames;
        readonly Reach.CollectionTags collectionTags;
        readonly Naming names;
        public Naming Names => names;
        readonly List<CompileDiagnostic> diagnostics;

        readonly Dictionary<ISymbol, MemberCode> code = new(SymbolEqualityComparer.Default);
        readonly HashSet<INamedTypeSymbol> brandedInterfaces = new(SymbolEqualityComparer.Default);

        public Emitter(CSharpCompilation compilation, Reach.ReachedSet reached, Naming names, List<CompileDiagnostic> diagnostics, Reach.Reified? reified = null)
        {
            this.reified = reified ?? Reach.Reified.Run(compilation, reached);
            this.compilation = compilation;
            this.reached = reached;
            slotOrder = Reach.SlotOrder.Run(compilation, reached);
            exceptionTypesObserved = new Lazy<string?>(() => Reach.ExceptionTypes.Why(compilation, reached));
            typeNames = new Lazy<Reach.TypeNames>(() => Reach.TypeNames.Run(compilation, reached));
            collectionTags = Reach.CollectionTags.Run(compilation, reached);
            this.names = names;
            this.diagnostics = diagnostics;
        }

        /// <summary>The reached code can tell which class a caught exception has (<see cref="Reach.ExceptionTypes"/>).</summary>
        public bool ExceptionTypesObservable => exceptionTypesObserved.Value != null;

        /// <summary>Where the reached code first tells exception classes apart, or null.</summary>
        public string? ExceptionTypesObserved => exceptionTypesObserved.Value;

        sealed class MemberCode
        {
            /// <summary>Class-body members (methods, accessors, the constructor).</summary>
            public readonly List<ClassMember> Body = new();
            /// <summary>Statements that run once at static initialisation (static fields, static constructor).</summary>
            public readonly List<Stmt> Static = new();
            public int Order;
        }

        // ---------------------------------------------------------------- assertions on the reached set

        static bool IsSource(ISymbol s) => Reach.Reachability.IsSource(s);

        /// <summary>Lower refers to a source member: Reach must have reached it.</summary>
        void Use(ISymbol? s)
        {
            if (s == null || Reach.Reachability.Canonical(s) == null) return;
            if (!reached.Contains(s)) throw new InvalidOperationException($"'{s.ToDisplayString()}' is used but Reach did not reach it");
        }

        /// <summary>Lower names a source type: Reach must have reached it.</summary>
        void UseType(ITypeSymbol? t)
        {
            if (t is INamedTypeSymbol nt && IsSource(nt) && !nt.IsAnonymousType && !reached.ContainsType(nt))
                throw new InvalidOperationException($"type '{t.ToDisplayString()}' is used but Reach did not reach it");
        }

        /// <summary>Lower creates an instance: Reach must know the type is constructed.</summary>
        void UseConstructed(INamedTypeSymbol t)
        {
            if (IsSource(t) && !reached.IsConstructed(t)) throw new InvalidOperationException($"'{t.ToDisplayString()}' is created but Reach did not see it constructed");
        }

        /// <summary>Lowers every reached member.</summary>
        public void Run()
        {
            foreach (var m in reached.Members) Lower(m);
        }

        // ---------------------------------------------------------------- assertions on Check

        /// <summary>Something Check should have refused: Lower stops (reported as an internal error, CSX9000).</summary>
        sealed class MissedRefusal : Exception
        {
            public readonly Location? At;
            public MissedRefusal(string code, Location? at, string message) : base($"Check did not refuse {code}: {message}") { At = at; }
        }

        static void Error(string code, Location? loc, string message) => throw new MissedRefusal(code, loc, message);

        static void Error(string code, IOperation op, string message) => Error(code, op.Syntax.GetLocation(), message);

        void InternalError(Location? loc, string message)
        {
            var span = loc != null && loc.IsInSource ? loc.GetLineSpan() : default;
            var d = loc != null && loc.IsInSource
                ? new CompileDiagnostic(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, "error", "CSX9000", message)
                : new CompileDiagnostic("cs2js", 1, 1, "error", "CSX9000", message);
            if (!diagnostics.Contains(d)) diagnostics.Add(d);
        }

        public Span? PosOf(SyntaxNode? node)
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
        /// statements (<c>X.$tn = "Ns.X"</c>) are included only when the bundle can print a type name, and
        /// then only for the types whose instances can reach such code (<see cref="Reach.TypeNames"/>).</summary>
        public List<Stmt> Types(bool withTypeNames)
        {
            var w = new List<Stmt>();
            StaticOwners.Clear();
            TypeOwners.Clear();
            var ordered = OrderTypes();
            var statics = new List<(INamedTypeSymbol t, List<Stmt> s)>();
            var mixins = new List<Stmt>();
            foreach (var t in ordered)
            {
                if (t.TypeKind == TypeKind.Interface)
                {
                    // Default members (and static helpers) of an interface live on a class of its own name.
                    var own = code.Where(kv => SymbolEqualityComparer.Default.Equals(kv.Key.ContainingType?.OriginalDefinition, t)).Select(kv => kv.Value).OrderBy(m => m.Order).ToList();
                    if (own.Count == 0) continue;
                    w.Add(Own(At(new ClassDecl(names.TypeName(t), null, own.SelectMany(m => m.Body).ToList()), PosOf(t.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax())), t));
                    foreach (var m in own.Where(m => m.Static.Count > 0)) statics.Add((t, m.Static));
                    continue;
                }
                if (t.TypeKind == TypeKind.Enum)
                {
                    if (enumObjects.Contains(t)) w.Add(Own(VarDecl.Const(names.TypeName(t), EnumObject(t)), t));
                    continue;
                }
                if (t.TypeKind == TypeKind.Delegate || IsObjectLiteral(t)) continue;
                var jsName = names.TypeName(t);
                var ext = t.BaseType != null && t.BaseType.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType) ? BaseRef(t.BaseType) : null;
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
                if (reified.IsReified(t))
                {
                    var si = members.SelectMany(m => m.Static).ToList();
                    if (si.Count > 0) body.Add(new ClassMember(MemberKind.Method, true, "$si", null, Function(Blk(si))));
                }
                if (LazyInit(t) != LazyKind.None)
                {
                    // Initialised on first use (Emitter.InitTiming.cs): static $i() runs the initialisers once.
                    var si = members.SelectMany(m => m.Static).ToList();
                    body.Add(new ClassMember(MemberKind.Method, true, "$i", null, Function(Blk(new List<Stmt>
                    {
                        new Return(H("$sinit", Ident(jsName), new Str(TypeFullName(t)), new Arrow(new Expr[0], Blk(si)))),
                    }))));
                }
                w.Add(Own(At(new ClassDecl(jsName, ext, body), PosOf(t.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax())), t));
                if (withTypeNames && typeNames.Value.Needs(t)) w.Add(Own(new ExprStmt(new Assign(Dot(Ident(jsName), "$tn"), new Str(TypeFullName(t)))), t));
                w.AddRange(InterfaceAliases(t).Select(a => Own(a, t)));
                mixins.AddRange(DefaultInterfaceMembers(t).Select(a => Own(a, t)));
                if (LazyInit(t) == LazyKind.None && !reified.IsReified(t)) foreach (var m in members.Where(m => m.Static.Count > 0)) statics.Add((t, m.Static));
            }
            w.AddRange(mixins);
            foreach (var (t, ss) in statics.OrderBy(s => ordered.IndexOf(s.t)))
                foreach (var st in ss)
                {
                    StaticOwners[st] = names.TypeName(t);
                    w.Add(Own(st, t));
                }
            return w;
        }

        /// <summary>For the size report: the JS name of the type each static initialiser of the last
        /// <see cref="Types"/> belongs to (they print after every class, away from their type).</summary>
        public Dictionary<Stmt, string> StaticOwners { get; } = new(ReferenceEqualityComparer.Instance);

        /// <summary>The type each statement of the last <see cref="Types"/> belongs to (its class or enum
        /// object, type name, aliases, mixins, static initialisers): a multi-entry compile places a
        /// statement by which entries reach its type.</summary>
        public Dictionary<Stmt, INamedTypeSymbol> TypeOwners { get; } = new(ReferenceEqualityComparer.Instance);

        Stmt Own(Stmt s, INamedTypeSymbol t)
        {
            TypeOwners[s] = t;
            return s;
        }

        static string TypeFullName(INamedTypeSymbol t)
        {
            var ns = t.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() + "." : "";
            var nest = t.ContainingType != null ? TypeFullName(t.ContainingType) + "+" : ns;
            return nest + t.MetadataName;
        }

        bool HasUserEnumerators() => reached.Types.Any(t => t.TypeKind != TypeKind.Interface && t.AllInterfaces.Any(i => i.OriginalDefinition.SpecialType is SpecialType.System_Collections_IEnumerator or SpecialType.System_Collections_Generic_IEnumerator_T));

        /// <summary>The method a JS for-of over an instance calls: t's own implementation of
        /// IEnumerable&lt;T&gt;.GetEnumerator (else of IEnumerable.GetEnumerator); null when t adds none.</summary>
        ISymbol? EnumeratorImpl(INamedTypeSymbol t)
        {
            foreach (var special in new[] { SpecialType.System_Collections_Generic_IEnumerable_T, SpecialType.System_Collections_IEnumerable })
                foreach (var i in t.AllInterfaces.Where(i => i.OriginalDefinition.SpecialType == special))
                    if (i.GetMembers("GetEnumerator").FirstOrDefault() is { } im && t.FindImplementationForInterfaceMember(im) is { } impl)
                        return SymbolEqualityComparer.Default.Equals(impl.ContainingType.OriginalDefinition, t) && reached.Contains(impl) ? impl : null;
            return null;
        }

        List<INamedTypeSymbol> OrderTypes()
        {
            var result = new List<INamedTypeSymbol>();
            var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            void Visit(INamedTypeSymbol t)
            {
                if (!seen.Add(t)) return;
                if (t.BaseType is { } b && reached.ContainsType(b)) Visit(b.OriginalDefinition);
                foreach (var dep in reached.StaticDeps.TryGetValue(t, out var ds) ? ds : new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default))
                    if (reached.ContainsType(dep) && !IsSubtypeOf(dep, t)) Visit(dep);
                result.Add(t);
            }
            foreach (var t in reached.Types.OrderBy(t => t.Locations.FirstOrDefault()?.SourceTree?.FilePath).ThenBy(t => t.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0)) Visit(t);
            return result;
        }

        static bool IsSubtypeOf(INamedTypeSymbol a, INamedTypeSymbol b)
        {
            for (var cur = a.BaseType; cur != null; cur = cur.BaseType) if (SymbolEqualityComparer.Default.Equals(cur.OriginalDefinition, b)) return true;
            return false;
        }


        IEnumerable<Stmt> InterfaceAliases(INamedTypeSymbol t)
        {
            var jsName = names.TypeName(t);
            Expr Proto() => Dot(Ident(jsName), "prototype");
            foreach (var b in closedBrands)
                if (ConvertsTo(t, b) && (t.BaseType == null || !ConvertsTo(t.BaseType, b)))
                    yield return new ExprStmt(new Assign(Dot(Proto(), ClosedBrandName(b)), Kw.True));
            foreach (var i in t.AllInterfaces)
            {
                var io = i.OriginalDefinition;
                if (brandedInterfaces.Contains(io) && (t.BaseType == null || !t.BaseType.AllInterfaces.Any(bi => SymbolEqualityComparer.Default.Equals(bi.OriginalDefinition, io))))
                    yield return new ExprStmt(new Assign(Dot(Proto(), BrandName(io)), Kw.True));
                if (!IsSource(io)) continue;
                foreach (var im in i.GetMembers())
                {
                    if (!reached.Contains(im) || im.IsStatic) continue;
                    var impl = t.FindImplementationForInterfaceMember(im);
                    if (impl == null || !SymbolEqualityComparer.Default.Equals(impl.ContainingType.OriginalDefinition, t)) continue;
                    var iname = names.MemberName(im);
                    var cname = names.MemberName(impl);
                    // A marked name and the same name unmarked print the same (Print/PrivateNames.cs keeps it).
                    if (Print.PrivateNames.Strip(iname) == Print.PrivateNames.Strip(cname)) continue;
                    if (im is IMethodSymbol)
                        yield return new ExprStmt(new Assign(Dot(Proto(), iname), Dot(Proto(), cname)));
                    else
                        yield return new ExprStmt(new Call(Dot(Ident("Object"), "defineProperty"), Proto(), new Str(Print.PrivateNames.Strip(iname)), new ObjectLit(new[]
                        {
                            new Prop(PropKind.Get, "get", null, Function(new Block(new Return(Dot(Kw.This, cname))))),
                            new Prop(PropKind.Set, "set", null, Function(new Block(new ExprStmt(new Assign(Dot(Kw.This, cname), Ident("v")))), Ident("v"))),
                        })));
                }
            }
        }

        /// <summary>The JS expression that names a reachable static method (the bundle's entry point).</summary>
        public Expr EntryReference(IMethodSymbol entry) => Dot(Ident(names.TypeName(entry.ContainingType)), names.MemberName(entry));

        string BrandName(INamedTypeSymbol iface) => "$is_" + (IsSource(iface) ? names.TypeName(iface) : iface.MetadataName.Replace("`", "_"));

        /// <summary>Closed generic interfaces a type test names (ISource&lt;int&gt;, IComparable&lt;User&gt;): each
        /// has its own brand, set on every class that converts to it (variance included).</summary>
        readonly HashSet<INamedTypeSymbol> closedBrands = new(SymbolEqualityComparer.Default);

        /// <summary>Instances of t convert to the closed interface b. A generic class is erased, so it counts
        /// when some instantiation could (ListRepo&lt;T&gt; : IRepo&lt;T&gt; is an IRepo&lt;string&gt;).</summary>
        bool ConvertsTo(INamedTypeSymbol t, INamedTypeSymbol b)
        {
            if (compilation.ClassifyConversion(t, b).IsImplicit) return true;
            if (!t.IsGenericType) return false;
            return t.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, b.OriginalDefinition)
                && i.TypeArguments.Zip(b.TypeArguments, (x, y) => Reach.Reified.Params(x).Any() || SymbolEqualityComparer.Default.Equals(x, y)).All(ok => ok));
        }

        string ClosedBrandName(INamedTypeSymbol iface) =>
            BrandName(iface.OriginalDefinition) + "$" + System.Text.RegularExpressions.Regex.Replace(string.Join(",", iface.TypeArguments.Select(a => a.ToDisplayString())), @"[^\w$]", "_");

        /// <summary>The brand a type test on this interface reads, registering it: per closed type when the
        /// arguments are known at compile time, else the erased definition's.</summary>
        string Brand(INamedTypeSymbol iface)
        {
            if (iface.IsGenericType && !Reach.Reified.Params(iface).Any())
            {
                closedBrands.Add(iface);
                return ClosedBrandName(iface);
            }
            brandedInterfaces.Add(iface.OriginalDefinition);
            return BrandName(iface.OriginalDefinition);
        }

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

        static bool IsObjectLiteral(ITypeSymbol? t) => Bcl.Mapping.IsObjectLiteral(t);
    }
}
