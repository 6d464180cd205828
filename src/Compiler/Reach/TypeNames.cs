using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Reach
{
    /// <summary>
    /// Which reached classes and structs need their .NET name at run time (<c>X.$tn = "Ns.X"</c>): those
    /// whose instances can reach code that prints a run-time type name ($str of an object without its own
    /// ToString, GetType().Name, a failed cast's message, string.Join…). Decided by analysis of the reached
    /// code, over-approximating:
    /// <list type="bullet">
    /// <item>a <b>site</b> is an operation whose value's type can be printed: the receiver of ToString() or
    /// GetType(), an interpolation hole, an operand of string concatenation (<c>+</c>, <c>+=</c>), a cast's operand and target,
    /// an unboxing, a record's or anonymous object's members, and the receiver, arguments and type
    /// arguments of a library member whose template can print a type name (or has no template and lists
    /// no helpers); the site's static type and the types it names (elements, type arguments) are printed;</item>
    /// <item>a <b>flow</b> is a way a value of one static type becomes a value of another without changing:
    /// a conversion (to object, an interface, a type parameter's constraint, a wider element type; the type
    /// arguments of the same generic type or of the matching supertype pass values either way), a foreach
    /// variable wider than the elements, a declaration pattern, a method group under a delegate type, a
    /// covariant return, an interface to its bases, and what the reached code binds a type parameter to
    /// (a source generic type or method, and the type parameters of the members a generic method overrides
    /// or implements) into that parameter; an identity comparison (<c>x == null</c>) passes nothing;</item>
    /// <item>a type needs its name when it is, or derives from, a site's class or struct type; when it, or a
    /// source base class, can reach by flows a site's other type (object, an interface, a type parameter, a
    /// library class), so an <c>IClock</c> that never flows on to object stays nameless though objects are
    /// printed elsewhere; when it is an exception (its Message and ToString print the name); or when it is
    /// generic (reified names are built apart).</item>
    /// </list>
    /// </summary>
    public sealed class TypeNames
    {
        // Source classes and structs printed where they are the static type: they and what derives from them.
        readonly HashSet<ITypeSymbol> sites = new(SymbolEqualityComparer.Default);
        // Other printed static types (object, interfaces, type parameters, library classes): what flows to them.
        readonly HashSet<ITypeSymbol> openSites = new(SymbolEqualityComparer.Default);
        // Conversions: values of the key's type may become values of each type in the set.
        readonly Dictionary<ITypeSymbol, HashSet<ITypeSymbol>> flows = new(SymbolEqualityComparer.Default);
        readonly TypeArgumentBindings bindings = new();
        HashSet<ITypeSymbol> reachesSite = new(SymbolEqualityComparer.Default);
        INamedTypeSymbol? exception;
        ITypeSymbol? objectType;

        /// <summary>The class or struct needs <c>$tn</c>.</summary>
        public bool Needs(INamedTypeSymbol t)
        {
            if (t.IsGenericType) return true;
            for (var b = (ITypeSymbol?)t; b != null; b = b.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(b.OriginalDefinition, exception)) return true;
                if (sites.Contains(b.OriginalDefinition)) return true;
                // A library base (object) is reached only through a conversion, which its source derivative records.
                if (Reachability.IsSource(b) && reachesSite.Contains(b.OriginalDefinition)) return true;
            }
            return false;
        }

        public static TypeNames Run(CSharpCompilation compilation, ReachedSet reached)
        {
            var r = new TypeNames { exception = compilation.GetTypeByMetadataName("System.Exception"), objectType = compilation.GetSpecialType(SpecialType.System_Object) };
            foreach (var t in reached.Types)
                if (t.BaseType is { } b) r.bindings.Record(b);
            foreach (var m in reached.Members)
            {
                if (m.ContainingType is { IsRecord: true } && m is IPropertySymbol or IFieldSymbol)
                    r.Site(m is IPropertySymbol p ? p.Type : ((IFieldSymbol)m).Type);
                // A covariant return: the override's values are read through the overridden member's type.
                if (m is IMethodSymbol { OverriddenMethod: { } om } mm) r.Escape(mm.ReturnType, om.ReturnType);
                else if (m is IPropertySymbol { OverriddenProperty: { } op } mp) r.Escape(mp.Type, op.Type);
                foreach (var op in reached.Code(compilation).Of(m)) r.Visit(op);
            }
            foreach (var t in reached.Types)
            {
                // A generic interface's code (default members) sees the implementing type's arguments.
                foreach (var i in t.AllInterfaces) r.bindings.Record(i);
                // An interface's value is its base interfaces' value without a conversion (a default member's `this`).
                if (t.TypeKind is TypeKind.Interface)
                    foreach (var i in t.AllInterfaces) r.Flow(t, i);
            }
            foreach (var m in reached.Members)
                if (m is IMethodSymbol { IsGenericMethod: true } gm)
                    // A generic method called through the member it overrides or implements gets that member's type arguments.
                    foreach (var over in Contracts(gm))
                        for (int i = 0; i < gm.Arity && i < over.Arity; i++)
                            r.Flow(over.OriginalDefinition.TypeParameters[i], gm.OriginalDefinition.TypeParameters[i]);
            // What the reached code binds a type parameter to flows into it (a printed or escaping T prints or lets escape its argument).
            foreach (var (p, a) in r.bindings.All)
                foreach (var x in Named(a))
                    r.Flow(x, p);
            // A type parameter's value is its constraints' value without a conversion (a call of a default member on it).
            foreach (var p in r.flows.Keys.Concat(r.flows.Values.SelectMany(v => v)).Concat(r.openSites).OfType<ITypeParameterSymbol>().ToList())
                foreach (var c in p.ConstraintTypes)
                    r.Flow(p, c);
            // Every type some of whose values can reach a site, walking the conversions backwards from the sites.
            var back = new Dictionary<ITypeSymbol, List<ITypeSymbol>>(SymbolEqualityComparer.Default);
            foreach (var (from, tos) in r.flows)
                foreach (var to in tos)
                {
                    if (!back.TryGetValue(to, out var l)) back[to] = l = new List<ITypeSymbol>();
                    l.Add(from);
                }
            var work = new Stack<ITypeSymbol>(r.sites.Concat(r.openSites));
            foreach (var s in work) r.reachesSite.Add(s);
            while (work.Count > 0)
                if (back.TryGetValue(work.Pop(), out var froms))
                    foreach (var f in froms)
                        if (r.reachesSite.Add(f)) work.Push(f);
            return r;
        }

        void Visit(IOperation op)
        {
            bindings.Record(op.Type);
            if (op is IInvocationOperation bi) bindings.Record(bi.TargetMethod);
            else if (op is IMethodReferenceOperation bm) bindings.Record(bm.Method);
            else if (op is IMemberReferenceOperation br) bindings.Record(br.Member.ContainingType);
            switch (op)
            {
                case IConversionOperation c:
                    // x == null, a != b on references: an identity comparison passes the value nowhere.
                    if (c.Parent is IBinaryOperation { OperatorMethod: null, OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals }
                        && c.Type?.SpecialType == SpecialType.System_Object && c.IsImplicit) break;
                    Escape(c.Operand.Type, c.Type);
                    if (!c.Conversion.IsImplicit && (c.Conversion.IsReference || c.Operand.Type?.IsReferenceType == true && c.Type?.IsValueType == true)) { Site(c.Operand.Type); Site(c.Type); }
                    break;
                case IInvocationOperation inv:
                    if (inv.TargetMethod.Name is "ToString" or "GetType" && inv.Instance != null) Site(Unwrap(inv.Instance).Type);
                    if (!Reachability.IsSource(inv.TargetMethod) && !Name.Naming.IsExternal(inv.TargetMethod) && MayPrintTypeName(inv.TargetMethod))
                    {
                        if (inv.Instance != null) Site(Unwrap(inv.Instance).Type);
                        foreach (var a in inv.Arguments) Site(Unwrap(a.Value).Type);
                        foreach (var ta in inv.TargetMethod.TypeArguments) Site(ta);
                    }
                    break;
                case IObjectCreationOperation oc when oc.Constructor is { } ctor && !Reachability.IsSource(ctor) && !Name.Naming.IsExternal(ctor) && MayPrintTypeName(ctor):
                    foreach (var a in oc.Arguments) Site(Unwrap(a.Value).Type);
                    Site(oc.Type);
                    break;
                case IPropertyReferenceOperation pr when !Reachability.IsSource(pr.Property) && !Name.Naming.IsExternal(pr.Property) && MayPrintTypeName(pr.Property):
                    if (pr.Instance != null) Site(Unwrap(pr.Instance).Type);
                    foreach (var a in pr.Arguments) Site(Unwrap(a.Value).Type);
                    break;
                case IInterpolationOperation hole:
                    Site(Unwrap(hole.Expression).Type);
                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when add.Type?.SpecialType == SpecialType.System_String:
                    Site(Unwrap(add.LeftOperand).Type);
                    Site(Unwrap(add.RightOperand).Type);
                    break;
                case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } ca when ca.Type?.SpecialType == SpecialType.System_String:
                    Site(Unwrap(ca.Value).Type);
                    break;
                case ISwitchExpressionOperation sw:
                    // An unmatched value is printed in SwitchExpressionException's message.
                    Site(Unwrap(sw.Value).Type);
                    break;
                case IDelegateCreationOperation { Target: IMethodReferenceOperation mr } dc when (dc.Type as INamedTypeSymbol)?.DelegateInvokeMethod is { } invoke:
                    // A method group under a delegate type: values pass from the delegate's parameter types to the method's.
                    for (int i = 0; i < invoke.Parameters.Length && i < mr.Method.Parameters.Length; i++)
                        Escape(invoke.Parameters[i].Type, mr.Method.Parameters[i].Type);
                    Escape(mr.Method.ReturnType, invoke.ReturnType);
                    if (!Reachability.IsSource(mr.Method) && !Name.Naming.IsExternal(mr.Method) && MayPrintTypeName(mr.Method))
                        foreach (var p in invoke.Parameters.Concat(mr.Method.Parameters)) Site(p.Type);
                    break;
                case IForEachLoopOperation fe:
                    // The loop variable may be a wider type than the elements (foreach (object o in foos)).
                    Escape(ElementOf(Unwrap(fe.Collection).Type), fe.LoopControlVariable switch
                    {
                        IVariableDeclaratorOperation d => d.Symbol.Type,
                        var other => other.Type,
                    });
                    break;
                case IDeclarationPatternOperation dp:
                    Escape(dp.InputType, dp.NarrowedType);
                    break;
                case IRecursivePatternOperation rp:
                    Escape(rp.InputType, rp.NarrowedType);
                    break;
                case IAnonymousObjectCreationOperation ao:
                    foreach (var i in ao.Initializers) Site(i is ISimpleAssignmentOperation a ? a.Value.Type : i.Type);
                    break;
            }
        }

        static IOperation Unwrap(IOperation op) => op is IConversionOperation { IsImplicit: true } c ? Unwrap(c.Operand) : op;

        /// <summary>A value of this type (and of the types it names: elements, type arguments) may be printed with its run-time type's name.</summary>
        void Site(ITypeSymbol? t)
        {
            if (t == null) return;
            foreach (var x in Named(t)) SiteOne(x);
        }

        void SiteOne(ITypeSymbol x)
        {
            x = Node(x);
            if (x is ITypeParameterSymbol || x.TypeKind is TypeKind.Interface || !Reachability.IsSource(x)) openSites.Add(x);
            else sites.Add(x);
        }

        /// <summary>A conversion from → to: its values become values of <paramref name="to"/> (object, an
        /// interface, a wider element type). Type arguments of the same generic type (or of the supertype of
        /// <paramref name="from"/> that <paramref name="to"/> is) pass values either way, pair by pair (a
        /// contravariant delegate or interface passes values from <c>to</c>'s arguments to <c>from</c>'s); else
        /// every type one side names and the other does not may flow to each the other names.</summary>
        void Escape(ITypeSymbol? from, ITypeSymbol? to)
        {
            if (from == null || to == null || SymbolEqualityComparer.Default.Equals(from, to)) return;
            // An upcast to a source base class keeps the value typed: the base's sites and flows cover it.
            if (to.TypeKind is TypeKind.Class && Reachability.IsSource(to) && Derives(from, to)) return;
            Flow(from, to);
            var same = Supertypes(from).FirstOrDefault(x => SymbolEqualityComparer.Default.Equals(x.OriginalDefinition, to.OriginalDefinition));
            if (same is INamedTypeSymbol { IsGenericType: true } sn && to is INamedTypeSymbol tn && sn.TypeArguments.Length == tn.TypeArguments.Length)
            {
                for (int i = 0; i < sn.TypeArguments.Length; i++)
                {
                    Escape(sn.TypeArguments[i], tn.TypeArguments[i]);
                    Escape(tn.TypeArguments[i], sn.TypeArguments[i]);
                }
                return;
            }
            if (from is IArrayTypeSymbol fa && to is IArrayTypeSymbol ta)
            {
                Escape(fa.ElementType, ta.ElementType);
                Escape(ta.ElementType, fa.ElementType);
                return;
            }
            var inFrom = Named(from).Select(x => x.OriginalDefinition).ToHashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            var inTo = Named(to).Select(x => x.OriginalDefinition).ToHashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            if (inFrom.Count == 1 && inTo.Count == 1) return;
            foreach (var x in inFrom.Where(x => !inTo.Contains(x)))
                foreach (var y in inTo.Where(y => !inFrom.Contains(y)))
                {
                    Flow(x, y);
                    Flow(y, x);
                }
        }

        /// <summary>The members <paramref name="m"/> overrides or implements.</summary>
        internal static IEnumerable<IMethodSymbol> Contracts(IMethodSymbol m)
        {
            for (var o = m.OverriddenMethod; o != null; o = o.OverriddenMethod) yield return o;
            foreach (var e in m.ExplicitInterfaceImplementations) yield return e;
            foreach (var i in m.ContainingType.AllInterfaces)
                foreach (var im in i.GetMembers(m.Name).OfType<IMethodSymbol>())
                    if (SymbolEqualityComparer.Default.Equals(m.ContainingType.FindImplementationForInterfaceMember(im)?.OriginalDefinition, m.OriginalDefinition))
                        yield return im;
        }

        /// <summary>What enumerating a collection of this type gives (object when it is not known).</summary>
        ITypeSymbol? ElementOf(ITypeSymbol? t) => t switch
        {
            null => null,
            IArrayTypeSymbol a => a.ElementType,
            _ when t.SpecialType == SpecialType.System_String => t,
            _ => Supertypes(t).OfType<INamedTypeSymbol>().FirstOrDefault(x => x.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)?.TypeArguments[0] ?? objectType,
        };

        static IEnumerable<ITypeSymbol> Supertypes(ITypeSymbol t)
        {
            for (var b = t; b != null; b = b.BaseType) yield return b;
            foreach (var i in t.AllInterfaces) yield return i;
        }

        void Flow(ITypeSymbol from, ITypeSymbol to)
        {
            from = Node(from);
            to = Node(to);
            if (SymbolEqualityComparer.Default.Equals(from, to)) return;
            if (!flows.TryGetValue(from, out var set)) flows[from] = set = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            set.Add(to);
        }

        /// <summary>One node for object and its kin (dynamic, ValueType, Enum): what reaches one may be read as another.</summary>
        ITypeSymbol Node(ITypeSymbol t) =>
            t.TypeKind is TypeKind.Dynamic || t.SpecialType is SpecialType.System_ValueType or SpecialType.System_Enum ? objectType! : t.OriginalDefinition;

        /// <summary>The type with its element types and type arguments, recursively.</summary>
        internal static IEnumerable<ITypeSymbol> Named(ITypeSymbol t)
        {
            yield return t;
            var inner = t switch
            {
                IArrayTypeSymbol a => new[] { a.ElementType },
                INamedTypeSymbol n => n.TypeArguments.AsEnumerable(),
                IPointerTypeSymbol => Enumerable.Empty<ITypeSymbol>(),
                _ => Enumerable.Empty<ITypeSymbol>(),
            };
            foreach (var i in inner)
                foreach (var x in Named(i)) yield return x;
        }

        static bool Derives(ITypeSymbol t, ITypeSymbol baseType)
        {
            for (var b = t; b != null; b = b.BaseType)
                if (SymbolEqualityComparer.Default.Equals(b.OriginalDefinition, baseType.OriginalDefinition)) return true;
            return false;
        }

        static readonly Regex HelperName = new(@"\$[A-Za-z_][A-Za-z0-9_]*", RegexOptions.Compiled);
        static readonly Dictionary<string, bool> printing = new(StringComparer.Ordinal);

        /// <summary>A library member's template can print a type name: a runtime helper it names reads a
        /// type's name (<c>$typeFullName</c>, or <c>.$tn</c> itself), or it formats an argument (a <c>{n:str}</c>
        /// or <c>{n:fmt}</c> hole). A member without a plain template (lowered by code) is assumed to, unless its
        /// mapping lists the helpers it may name.</summary>
        static bool MayPrintTypeName(ISymbol member)
        {
            if (!Bcl.Mapping.TryTemplate(member, out var tpl) && !Bcl.BclMap.TryGetCustomHelpers(Bcl.Mapping.DocId(member), out tpl)) return true;
            // A {n:str} or {n:fmt} hole is lowered to $str/$fmtv of the argument, which print an object's type name.
            if (tpl.Contains(":str}", StringComparison.Ordinal) || tpl.Contains(":fmt}", StringComparison.Ordinal)) return true;
            lock (printing)
            {
                if (printing.TryGetValue(tpl, out var known)) return known;
                var helpers = HelperName.Matches(tpl).Select(m => m.Value).Where(Bundle.Bundler.RuntimeTrees.ContainsKey).Distinct().ToList();
                var closure = Bundle.Bundler.HelpersFor(helpers.SelectMany(h => Bundle.Bundler.RuntimeTrees[h]));
                bool result = closure.Concat(helpers).Any(h => h == "$typeFullName" || ReadsTypeName(Bundle.Bundler.RuntimeTrees[h]));
                printing[tpl] = result;
                return result;
            }
        }

        static bool ReadsTypeName(List<Tree.Stmt> helper) =>
            Tree.Walk.All(helper).OfType<Tree.Member>().Any(m => m.Name == "$tn");
    }
}
