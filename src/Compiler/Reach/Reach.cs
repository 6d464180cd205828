using System.Collections.Generic;
using System.Linq;
using Cs2Js.Name;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Reach
{
    /// <summary>The Reach stage's output: the source members and types a bundle needs. Lower lowers
    /// exactly these and asserts that everything it refers to is here.</summary>
    public sealed class ReachedSet
    {
        internal readonly HashSet<ISymbol> members = new(SymbolEqualityComparer.Default);
        internal readonly HashSet<INamedTypeSymbol> types = new(SymbolEqualityComparer.Default);
        internal readonly HashSet<INamedTypeSymbol> constructed = new(SymbolEqualityComparer.Default);
        internal readonly Dictionary<INamedTypeSymbol, HashSet<INamedTypeSymbol>> staticDeps = new(SymbolEqualityComparer.Default);
        internal readonly List<ISymbol> order = new();

        public IMethodSymbol Entry { get; internal set; } = null!;
        /// <summary>Reached members (methods, constructors, properties, fields, events), in the order they were found.</summary>
        public IReadOnlyList<ISymbol> Members => order;
        /// <summary>Reached types: containing types of reached members, their bases and interfaces, types tested or named.</summary>
        public IReadOnlyCollection<INamedTypeSymbol> Types => types;
        /// <summary>Types whose instances can exist (created, or a base of a created type): only they dispatch to overrides.</summary>
        public IReadOnlyCollection<INamedTypeSymbol> Constructed => constructed;
        /// <summary>The types a type's static initialisation reads, which must be initialised before it.</summary>
        public IReadOnlyDictionary<INamedTypeSymbol, HashSet<INamedTypeSymbol>> StaticDeps => staticDeps;

        ReachedCode? code;
        /// <summary>The reached members' operations, bound once and shared by the passes that read them.</summary>
        public ReachedCode Code(CSharpCompilation compilation) => code != null && code.Compilation == compilation ? code : code = new ReachedCode(compilation);

        public bool Contains(ISymbol s) => members.Contains(Reachability.Canonical(s) ?? s.OriginalDefinition);
        public bool ContainsType(INamedTypeSymbol t) => types.Contains(t.OriginalDefinition);
        public bool IsConstructed(INamedTypeSymbol t) => constructed.Contains(t.OriginalDefinition);
    }

    /// <summary>
    /// Tree shaking from the entry point: a worklist over the compilation. Each reached member's
    /// operations (bodies, initialisers, constructor chains) name the members and types it needs;
    /// overrides and interface implementations of reached members join for constructed types, until
    /// nothing changes. Over-approximates nothing that Lower does not use; Lower asserts the converse.
    /// </summary>
    public sealed class Reachability
    {
        readonly CSharpCompilation compilation;
        readonly ReachedSet set = new();
        readonly Queue<ISymbol> work = new();

        Reachability(CSharpCompilation compilation) { this.compilation = compilation; }

        public static ReachedSet Run(CSharpCompilation compilation, IMethodSymbol entry) => Run(compilation, new[] { entry });

        /// <summary>What several entries need together (a multi-entry compile); <see cref="ReachedSet.Entry"/> is the first.</summary>
        public static ReachedSet Run(CSharpCompilation compilation, IReadOnlyList<IMethodSymbol> entries)
        {
            var r = new Reachability(compilation);
            r.set.Entry = entries[0];
            foreach (var entry in entries) r.Use(entry);
            r.FixedPoint();
            return r.set;
        }

        public static bool IsSource(ISymbol s) => s.Locations.Any(l => l.IsInSource) && !Naming.IsExternal(s);

        /// <summary>The symbol Reach records for a use of <paramref name="s"/> (accessors count as their
        /// property; partial methods as their implementation), or null when it is not a source member.</summary>
        public static ISymbol? Canonical(ISymbol s)
        {
            s = s.OriginalDefinition;
            if (s is IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet } acc && acc.AssociatedSymbol != null) s = acc.AssociatedSymbol;
            if (s is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction }) return null;
            if (s is IMethodSymbol { PartialImplementationPart: { } impl }) s = impl;
            // Anonymous types, tuples (named elements are declared in source) and delegates have no members to lower.
            if (s.ContainingType is { IsAnonymousType: true } or { IsTupleType: true } or { TypeKind: TypeKind.Delegate }) return null;
            if (!IsSource(s) && !(s is IMethodSymbol { IsImplicitlyDeclared: true } && s.ContainingType != null && IsSource(s.ContainingType))
                && !(s is IPropertySymbol or IFieldSymbol && s.IsImplicitlyDeclared && s.ContainingType != null && IsSource(s.ContainingType))) return null;
            return s;
        }

        void Use(ISymbol? s)
        {
            // A constant is folded where it is used: its type is not needed.
            if (s == null || s is IFieldSymbol { HasConstantValue: true }) return;
            if (s.OriginalDefinition.ContainingType is { } ct) UseType(ct);
            var c = Canonical(s);
            if (c == null) return;
            if (c.ContainingType != null) UseType(c.ContainingType);
            if (set.members.Add(c)) { set.order.Add(c); work.Enqueue(c); }
        }

        void UseType(ITypeSymbol? t)
        {
            switch (t)
            {
                case IArrayTypeSymbol at: UseType(at.ElementType); return;
                case INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n: UseType(n.TypeArguments[0]); return;
                case not INamedTypeSymbol: return;
            }
            var nt = ((INamedTypeSymbol)t).OriginalDefinition;
            if (!IsSource(nt) || nt.IsAnonymousType || nt.IsTupleType) return;
            if (!set.types.Add(nt)) return;
            // A struct has a value wherever its type appears (a default field, `new S[n]`, a library's
            // default(S)): its JS constructor builds that value.
            if (nt.TypeKind == TypeKind.Struct && !Bcl.Mapping.IsObjectLiteral(nt))
            {
                UseConstructed(nt);
                Use(InstanceConstructors(nt).FirstOrDefault());
            }
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

        /// <summary>A value of type <paramref name="t"/> exists: each source struct it is, holds as an
        /// element or is given as a type argument has instances, even if only ever made by `default`
        /// (default(S), a `default` literal, an omitted `= default` argument, `new S[n]`'s elements, a field
        /// or local never assigned, default(T) with T = S). Its JS constructor builds that value.</summary>
        void UseValues(ITypeSymbol? t)
        {
            switch (t)
            {
                case IArrayTypeSymbol at: UseValues(at.ElementType); return;
                case INamedTypeSymbol nt:
                    if (nt.TypeKind == TypeKind.Struct && IsSource(nt.OriginalDefinition) && !nt.IsTupleType && !Bcl.Mapping.IsObjectLiteral(nt)) UseType(nt);
                    foreach (var a in nt.TypeArguments) UseValues(a);
                    return;
            }
        }

        public static bool HasInitializer(IPropertySymbol p) => p.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is PropertyDeclarationSyntax { Initializer: not null });

        /// <summary>A type whose instances exist (it or a subclass is created, or its instance state is
        /// used): it dispatches to overrides, and its instance initialisers run.</summary>
        void UseConstructed(INamedTypeSymbol t)
        {
            t = t.OriginalDefinition;
            UseType(t);
            for (var cur = t; cur != null && IsSource(cur); cur = cur.BaseType)
            {
                if (!set.constructed.Add(cur)) continue;
                foreach (var m in cur.GetMembers())
                    if (m is IFieldSymbol { IsStatic: false, IsConst: false } f) Use(f.AssociatedSymbol ?? f);
                    else if (m is IPropertySymbol { IsStatic: false } p && HasInitializer(p)) Use(p);
            }
        }

        /// <summary>The constructors Lower emits (a record's copy constructor is not one: `with` uses $clone).</summary>
        public static List<IMethodSymbol> InstanceConstructors(INamedTypeSymbol t) =>
            t.InstanceConstructors.Where(c => !(t.IsRecord && c.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, t) && c.IsImplicitlyDeclared)).ToList();

        void FixedPoint()
        {
            bool changed = true;
            while (changed)
            {
                while (work.Count > 0) Visit(work.Dequeue());
                changed = false;
                foreach (var t in set.types.ToList())
                {
                    // Only instances can dispatch to an override (abstract bases of constructed types count);
                    // a static abstract interface member dispatches through a type argument, no instance needed.
                    bool instances = set.constructed.Contains(t);
                    foreach (var m in t.GetMembers())
                    {
                        if (Canonical(m) is not { } c || set.members.Contains(c)) continue;
                        if (m.IsStatic ? ImplementsReachedStatic(t, m) : instances && (IsOverrideOfReached(m) || ImplementsReached(t, m)))
                        {
                            Use(m);
                            changed = true;
                        }
                    }
                }
            }
        }

        bool IsOverrideOfReached(ISymbol m)
        {
            ISymbol? o = Overridden(m);
            while (o != null)
            {
                var od = o.OriginalDefinition;
                if (set.members.Contains(Canonical(od) ?? od)) return true;
                // Overrides of object/Exception members are always live: runtime helpers call them.
                if (!IsSource(od)) return od.Name is "ToString" or "Equals" or "GetHashCode" or "Message";
                o = Overridden(o);
            }
            return false;
        }

        static ISymbol? Overridden(ISymbol m) => m switch { IMethodSymbol mm => mm.OverriddenMethod, IPropertySymbol p => p.OverriddenProperty, IEventSymbol e => e.OverriddenEvent, _ => null };

        bool ImplementsReachedStatic(INamedTypeSymbol t, ISymbol m)
        {
            foreach (var i in t.AllInterfaces)
                if (IsSource(i.OriginalDefinition))
                    foreach (var im in i.GetMembers())
                        if (im.IsStatic && (im.IsAbstract || im.IsVirtual) && set.members.Contains(Canonical(im) ?? im.OriginalDefinition)
                            && SymbolEqualityComparer.Default.Equals(t.FindImplementationForInterfaceMember(im)?.OriginalDefinition, m.OriginalDefinition))
                            return true;
            return false;
        }

        /// <summary>The type parameter a static abstract/virtual interface member is reached through (T.Zero, a + b on T).</summary>
        public static ITypeParameterSymbol? ConstrainedTo(IOperation op) => (op switch
        {
            IInvocationOperation i => i.ConstrainedToType,
            IMemberReferenceOperation m => m.ConstrainedToType,
            IBinaryOperation b => b.ConstrainedToType,
            IUnaryOperation u => u.ConstrainedToType,
            IIncrementOrDecrementOperation x => x.ConstrainedToType,
            ICompoundAssignmentOperation c => c.ConstrainedToType,
            IConversionOperation cv => cv.ConstrainedToType,
            _ => null,
        }) as ITypeParameterSymbol;

        bool ImplementsReached(INamedTypeSymbol t, ISymbol m)
        {
            foreach (var i in t.AllInterfaces)
                foreach (var im in i.GetMembers())
                {
                    var impl = t.FindImplementationForInterfaceMember(im);
                    if (impl == null || !SymbolEqualityComparer.Default.Equals(impl.OriginalDefinition, m.OriginalDefinition)) continue;
                    if (set.members.Contains(Canonical(im) ?? im.OriginalDefinition)) return true;
                    // Library interfaces (IComparer, IDisposable, IEnumerable...) are called by runtime helpers.
                    if (!IsSource(im)) return true;
                }
            return false;
        }

        // ------------------------------------------------------------------ what a member needs

        SemanticModel Model(SyntaxTree tree) => compilation.GetSemanticModel(tree);
        IOperation? OperationOf(SyntaxNode node) => Model(node.SyntaxTree).GetOperation(node);

        void Visit(ISymbol s)
        {
            // An omitted `S s = default` argument is the default value.
            if (s is IMethodSymbol pm) foreach (var prm in pm.Parameters) if (prm.HasExplicitDefaultValue) UseValues(prm.Type);
            switch (s)
            {
                case IMethodSymbol { MethodKind: MethodKind.Constructor } c:
                    // All constructors of a type are lowered together into its one JS constructor.
                    UseConstructed(c.ContainingType);
                    foreach (var ctor in InstanceConstructors(c.ContainingType.OriginalDefinition)) Use(ctor);
                    Walk(c);
                    // Without `: base(...)`/`: this(...)`, the base's parameterless constructor runs.
                    var declared = c.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
                    bool chained = declared is ConstructorDeclarationSyntax { Initializer: not null }
                        || declared is TypeDeclarationSyntax { BaseList: { } bl } && bl.Types.FirstOrDefault() is PrimaryConstructorBaseTypeSyntax;
                    if (!chained && c.ContainingType.BaseType is { } b && IsSource(b))
                        Use(b.InstanceConstructors.FirstOrDefault(x => x.Parameters.All(p => p.IsOptional || p.IsParams)));
                    break;
                case IMethodSymbol { MethodKind: MethodKind.StaticConstructor } sc:
                    Walk(sc);
                    NoteStaticDeps(sc);
                    break;
                case IMethodSymbol m:
                    if (m.ContainingType.IsRecord && m.IsImplicitlyDeclared) RecordMember(m);
                    else Walk(m);
                    break;
                case IPropertySymbol p:
                    if (!p.IsStatic && IsAutoProperty(p)) UseConstructed(p.ContainingType);
                    // An auto-property's backing field starts at its type's default.
                    if (IsAutoProperty(p)) UseValues(p.Type);
                    Walk(p);
                    if (p.GetMethod != null) Walk(p.GetMethod);
                    if (p.SetMethod != null) Walk(p.SetMethod);
                    if (p.IsStatic && IsAutoProperty(p)) NoteStaticDeps(p);
                    break;
                case IFieldSymbol f:
                    if (f.AssociatedSymbol != null) { Use(f.AssociatedSymbol); break; }
                    if (!f.IsStatic) UseConstructed(f.ContainingType);
                    // A field starts at its type's default.
                    UseValues(f.Type);
                    Walk(f);
                    if (f.IsStatic) NoteStaticDeps(f);
                    break;
                case IEventSymbol ev:
                    // Explicit add/remove accessors are code the event's += and -= call.
                    if (ev.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is EventDeclarationSyntax { AccessorList: not null })
                    {
                        if (ev.AddMethod != null) Walk(ev.AddMethod);
                        if (ev.RemoveMethod != null) Walk(ev.RemoveMethod);
                    }
                    break;
            }
        }

        static bool IsAutoProperty(IPropertySymbol p) =>
            p.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is PropertyDeclarationSyntax pd
            && (pd.AccessorList?.Accessors.All(a => a.Body == null && a.ExpressionBody == null) ?? false) && pd.ExpressionBody == null
            || p.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is ParameterSyntax;

        /// <summary>Walks every operation of a member's declarations: bodies, initialisers, constructor initialisers.</summary>
        void Walk(ISymbol s)
        {
            foreach (var r in s.DeclaringSyntaxReferences)
            {
                var syntax = r.GetSyntax();
                IEnumerable<SyntaxNode> roots = syntax switch
                {
                    VariableDeclaratorSyntax v => v.Initializer != null ? new[] { v.Initializer } : new SyntaxNode[0],
                    PropertyDeclarationSyntax pd => pd.Initializer != null ? new SyntaxNode[] { pd.Initializer } : new SyntaxNode[0],
                    // A primary constructor: its base(...) arguments.
                    TypeDeclarationSyntax { BaseList: { } bl } when s is IMethodSymbol && bl.Types.FirstOrDefault() is PrimaryConstructorBaseTypeSyntax pb => new SyntaxNode[] { pb },
                    TypeDeclarationSyntax or ParameterSyntax => new SyntaxNode[0],
                    _ => new[] { syntax },
                };
                foreach (var root in roots)
                    if (OperationOf(root) is { } op) Operations(op);
            }
        }

        void Operations(IOperation root)
        {
            foreach (var op in root.DescendantsAndSelf())
            {
                switch (op)
                {
                    case IInvocationOperation inv:
                        Use(inv.TargetMethod);
                        if (inv.Instance?.Type is INamedTypeSymbol it && IsSource(it) && inv.TargetMethod.Name == "Equals" && inv.TargetMethod.Parameters.Length == 1 && it.IsRecord)
                            UseRecordEquals(it);
                        break;
                    case IMemberReferenceOperation mr:
                        Use(mr.Member);
                        break;
                    case IObjectCreationOperation oc when oc.Type is INamedTypeSymbol t && IsSource(t) && t.TypeKind != TypeKind.Delegate:
                        UseConstructed(t);
                        Use(oc.Constructor);
                        break;
                    case IImplicitIndexerReferenceOperation ii:
                        Use(ii.LengthSymbol);
                        Use(ii.IndexerSymbol);
                        break;
                    case IListPatternOperation lp:
                        Use(lp.LengthSymbol);
                        Use(lp.IndexerSymbol);
                        break;
                    case IRecursivePatternOperation rp:
                        Use(rp.DeconstructSymbol);
                        UseType(rp.MatchedType);
                        break;
                    case IDeconstructionAssignmentOperation da when !(da.Value.Type?.IsTupleType ?? true) && da.Value is not ITupleOperation:
                        {
                            var target = da.Target is IDeclarationExpressionOperation d0 ? d0.Expression : da.Target;
                            int n = target is ITupleOperation tt ? tt.Elements.Length : 0;
                            Use(da.Value.Type?.GetMembers("Deconstruct").OfType<IMethodSymbol>().FirstOrDefault(x => x.Parameters.Length == n));
                            break;
                        }
                    case IIsTypeOperation it2: UseType(it2.TypeOperand); break;
                    case ITypePatternOperation tp: UseType(tp.MatchedType); break;
                    case IDeclarationPatternOperation dp: UseType(dp.MatchedType); break;
                    case ICatchClauseOperation cc: UseType(cc.ExceptionType); break;
                    case ITypeOfOperation to: UseType(to.TypeOperand); break;
                }
                // new T() creates whatever a new()-constrained T is given.
                if (op is IInvocationOperation gi) UseNewable(gi.TargetMethod.TypeParameters, gi.TargetMethod.TypeArguments);
                if (op.Type is INamedTypeSymbol { IsGenericType: true } gt && op is IObjectCreationOperation or IMemberReferenceOperation) UseNewable(gt.TypeParameters, gt.TypeArguments);
                if (op is IMemberReferenceOperation { Member.ContainingType: { IsGenericType: true } mt }) UseNewable(mt.TypeParameters, mt.TypeArguments);
                if (op is IInvocationOperation { TargetMethod.ContainingType: { IsGenericType: true } ct }) UseNewable(ct.TypeParameters, ct.TypeArguments);
                // User-defined operators and conversions; a record's == compares with its Equals.
                var opMethod = op switch
                {
                    IBinaryOperation b => b.OperatorMethod,
                    IUnaryOperation u => u.OperatorMethod,
                    IConversionOperation c => c.OperatorMethod,
                    ICompoundAssignmentOperation ca => ca.OperatorMethod,
                    IIncrementOrDecrementOperation inc => inc.OperatorMethod,
                    _ => null,
                };
                if (opMethod != null)
                {
                    if (opMethod.ContainingType.IsRecord && opMethod.IsImplicitlyDeclared && IsSource(opMethod.ContainingType)) UseRecordEquals(opMethod.ContainingType);
                    else Use(opMethod);
                }
                if (op is IConversionOperation conv) UseType(conv.Type);
                // Every value of a struct type is an instance of it, however it was made.
                UseValues(op.Type);
                if (op is IVariableDeclaratorOperation vd) UseValues(vd.Symbol.Type);
                if (op is IInvocationOperation targs) foreach (var ta in targs.TargetMethod.TypeArguments.Concat(targs.TargetMethod.ContainingType.TypeArguments)) UseValues(ta);
                // Enums are named where their values are printed ($enumStr), parsed or tested.
                UseEnum(op.Type);
                if (op is IInvocationOperation call) foreach (var ta in call.TargetMethod.TypeArguments.Concat(call.TargetMethod.ContainingType.TypeArguments)) UseEnum(ta);
            }
        }

        void UseNewable(System.Collections.Immutable.ImmutableArray<ITypeParameterSymbol> ps, System.Collections.Immutable.ImmutableArray<ITypeSymbol> args)
        {
            for (int i = 0; i < ps.Length && i < args.Length; i++)
            {
                if (ps[i].HasConstructorConstraint && args[i] is INamedTypeSymbol nt && IsSource(nt) && nt.TypeKind == TypeKind.Class)
                {
                    UseConstructed(nt);
                    Use(nt.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == 0));
                }
                // T.Parse(s) on a T : IParseable<T> reaches the static implementations of the type T is given.
                if (args[i] is INamedTypeSymbol st && IsSource(st) && ps[i].ConstraintTypes.Any(c => c.AllInterfaces.Append(c)
                        .Any(x => x.TypeKind == TypeKind.Interface && x.GetMembers().Any(m => m.IsStatic && (m.IsAbstract || m.IsVirtual)))))
                    UseType(st);
            }
        }

        void UseEnum(ITypeSymbol? t)
        {
            while (t is IArrayTypeSymbol at) t = at.ElementType;
            if (t is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n) t = n.TypeArguments[0];
            if (t?.TypeKind == TypeKind.Enum) UseType(t);
        }

        void UseRecordEquals(INamedTypeSymbol t)
        {
            for (var cur = t; cur != null && IsSource(cur) && cur.IsRecord; cur = cur.BaseType)
                foreach (var m in cur.GetMembers("Equals").OfType<IMethodSymbol>().Where(x => x.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(x.Parameters[0].Type.OriginalDefinition, cur.OriginalDefinition)))
                    Use(m);
        }

        /// <summary>The members a record's synthesised member reads.</summary>
        void RecordMember(IMethodSymbol m)
        {
            var t = m.ContainingType;
            foreach (var p in t.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsStatic && !p.IsIndexer && p.Name != "EqualityContract" && p.DeclaredAccessibility == Accessibility.Public))
            {
                Use(p);
                UseType(p.Type);
            }
            if (m.Name == "Equals") UseRecordEquals(t);
        }

        /// <summary>Records which types a static initialiser reads, so they are initialised first.</summary>
        void NoteStaticDeps(ISymbol member)
        {
            var t = member.ContainingType.OriginalDefinition;
            foreach (var r in member.DeclaringSyntaxReferences)
            {
                var syntax = r.GetSyntax();
                var model = Model(syntax.SyntaxTree);
                if (!set.staticDeps.TryGetValue(t, out var deps)) set.staticDeps[t] = deps = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
                foreach (var id in syntax.DescendantNodes().OfType<IdentifierNameSyntax>())
                {
                    var sym = model.GetSymbolInfo(id).Symbol;
                    var ct = sym is INamedTypeSymbol nt ? nt : sym?.ContainingType;
                    if (ct != null && !SymbolEqualityComparer.Default.Equals(ct.OriginalDefinition, t)) deps.Add(ct.OriginalDefinition);
                }
            }
        }
    }
}
