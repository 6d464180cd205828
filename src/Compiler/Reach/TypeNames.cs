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
    /// GetType(), an interpolation hole, an operand of string concatenation, a cast's operand and target,
    /// an unboxing, a record's or anonymous object's members, and the receiver, arguments and type
    /// arguments of a library member whose template can print a type name (or has no template);</item>
    /// <item>a class or struct <b>escapes</b> when a conversion makes one of its values object, an
    /// interface, dynamic or a wider element type (covariance either way, method groups included), where
    /// any site typed object could see it; a site or escape of a type parameter carries over to what
    /// the reached code binds it to (source generic methods and types, to a fixed point);</item>
    /// <item>a type needs its name when it is, or derives from, a site's class type; when some site is
    /// typed object/interface/type parameter and the type (or a base) escapes; when it is an exception
    /// (its Message and ToString print the name); or when it is generic (reified names are built apart).</item>
    /// </list>
    /// </summary>
    public sealed class TypeNames
    {
        readonly HashSet<ITypeSymbol> sites = new(SymbolEqualityComparer.Default);
        readonly HashSet<ITypeSymbol> escaped = new(SymbolEqualityComparer.Default);
        // Type parameters whose values may be printed / may escape: what they are bound to follows (Run's fixed point).
        readonly HashSet<ITypeParameterSymbol> sitedParams = new(SymbolEqualityComparer.Default);
        readonly HashSet<ITypeParameterSymbol> escapedParams = new(SymbolEqualityComparer.Default);
        readonly TypeArgumentBindings bindings = new();
        bool openSite;
        INamedTypeSymbol? exception;

        /// <summary>The class or struct needs <c>$tn</c>.</summary>
        public bool Needs(INamedTypeSymbol t)
        {
            if (t.IsGenericType) return true;
            for (var b = (ITypeSymbol?)t; b != null; b = b.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(b.OriginalDefinition, exception)) return true;
                if (sites.Contains(b.OriginalDefinition)) return true;
                if (openSite && escaped.Contains(b.OriginalDefinition)) return true;
            }
            return false;
        }

        public static TypeNames Run(CSharpCompilation compilation, ReachedSet reached)
        {
            var r = new TypeNames { exception = compilation.GetTypeByMetadataName("System.Exception") };
            foreach (var t in reached.Types)
                if (t.BaseType is { } b) r.bindings.Record(b);
            foreach (var m in reached.Members)
            {
                if (m.ContainingType is { IsRecord: true } && m is IPropertySymbol or IFieldSymbol)
                    r.Site(m is IPropertySymbol p ? p.Type : ((IFieldSymbol)m).Type);
                foreach (var op in reached.Code(compilation).Of(m)) r.Visit(op);
            }
            // What a printed or escaping type parameter is bound to is printed or escapes, to a fixed point.
            for (bool changed = true; changed;)
            {
                changed = false;
                foreach (var (p, a) in r.bindings.All)
                {
                    if (r.sitedParams.Contains(p))
                        foreach (var x in Named(a))
                            changed |= r.SiteOne(x);
                    if (r.escapedParams.Contains(p))
                        foreach (var x in Named(a))
                            changed |= x is ITypeParameterSymbol tp ? r.escapedParams.Add(tp) : Reachability.IsSource(x) && r.escaped.Add(x.OriginalDefinition);
                }
            }
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

        bool SiteOne(ITypeSymbol x)
        {
            if (x is ITypeParameterSymbol tp) return sitedParams.Add(tp);
            if (x.TypeKind is TypeKind.Interface or TypeKind.Dynamic || x.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType or SpecialType.System_Enum)
            {
                bool was = openSite;
                openSite = true;
                return !was;
            }
            return Reachability.IsSource(x) && sites.Add(x.OriginalDefinition);
        }

        /// <summary>A conversion from → to: every class or struct named in <paramref name="from"/> that
        /// <paramref name="to"/> no longer names (a value seen as object, an interface, a wider element type) escapes.</summary>
        void Escape(ITypeSymbol? from, ITypeSymbol? to)
        {
            if (from == null || to == null) return;
            // An upcast to a source base class keeps the value typed: the base's sites cover it (object does not).
            if (to.TypeKind is TypeKind.Class && Reachability.IsSource(to) && Derives(from, to)) return;
            // Either way round (a contravariant delegate or interface passes values from `to` to `from`).
            var inFrom = new HashSet<ITypeSymbol>(Named(from).Select(x => x.OriginalDefinition), SymbolEqualityComparer.Default);
            var inTo = new HashSet<ITypeSymbol>(Named(to).Select(x => x.OriginalDefinition), SymbolEqualityComparer.Default);
            foreach (var x in inFrom.Where(x => !inTo.Contains(x)).Concat(inTo.Where(x => !inFrom.Contains(x))))
            {
                if (x is ITypeParameterSymbol tp) escapedParams.Add(tp);
                else if (Reachability.IsSource(x)) escaped.Add(x);
            }
        }

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
        /// type's name (<c>$typeFullName</c>, or <c>.$tn</c> itself). A member without a plain template
        /// (lowered by code) is assumed to.</summary>
        static bool MayPrintTypeName(ISymbol member)
        {
            if (!Bcl.Mapping.TryTemplate(member, out var tpl)) return true;
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
