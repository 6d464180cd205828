using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Reach
{
    /// <summary>
    /// The source classes and interfaces whose instances code outside the bundle may see, so whose member
    /// names are read or written from outside: through JSON or structured clone (storage, messages, event
    /// details, fetch bodies; a stored object is read back by a later build), by a JavaScript API, or by
    /// a <c>Script.Write</c> splice that indexes by a computed key. Release printing shortens the other
    /// source members' names (<see cref="Name.Naming.PrivateMark"/>); these keep theirs. Over-approximating:
    /// <list type="bullet">
    /// <item>a type is <b>opened</b> by a conversion that makes one of its values something that is not a
    /// source class or interface it derives from or implements (object, dynamic, a library or external
    /// type, a wider element type, either way round, method groups included), by a type test or pattern
    /// of that kind, or by appearing in a parameter, argument, result or type argument of an external
    /// member (<c>[External]</c>, bindings, <c>Script</c>) or in the type of an external field or
    /// property (an <c>[ObjectLiteral]</c>'s field, so what is stored inside a stored literal);</item>
    /// <item>what is open is closed over: its source bases and interfaces, the reached types deriving
    /// from or implementing it, the types of its fields and properties, and what the source generic
    /// code binds an open type parameter to, to a fixed point.</item>
    /// </list>
    /// </summary>
    public sealed class OpenTypes
    {
        readonly HashSet<ITypeSymbol> open = new(SymbolEqualityComparer.Default);
        readonly HashSet<ITypeParameterSymbol> openParams = new(SymbolEqualityComparer.Default);
        readonly TypeArgumentBindings bindings = new();

        /// <summary>Code outside the bundle may see instances of <paramref name="t"/> (a source class or interface).</summary>
        public bool IsOpen(INamedTypeSymbol t) => open.Contains(t.OriginalDefinition);

        /// <summary>The open types, by display name (for reports and tests).</summary>
        public IEnumerable<string> Names => open.Where(t => t.TypeKind is TypeKind.Class or TypeKind.Interface).Select(t => t.ToDisplayString()).OrderBy(n => n, System.StringComparer.Ordinal);

        public static OpenTypes Run(CSharpCompilation compilation, ReachedSet reached)
        {
            var r = new OpenTypes();
            foreach (var t in reached.Types)
                if (t.BaseType is { } b) r.bindings.Record(b);
            foreach (var m in reached.Members)
            {
                // A source member that overrides or implements an external one is called from outside.
                if (m is IMethodSymbol em && Reachability.IsSource(em) && IsExternalContract(em))
                {
                    foreach (var p in em.Parameters) r.Open(p.Type);
                    r.Open(em.ReturnType);
                }
                foreach (var op in reached.Code(compilation).Of(m)) r.Visit(op);
            }
            r.Close(reached);
            return r;
        }

        static bool IsExternalContract(IMethodSymbol m)
        {
            for (var o = m.OverriddenMethod; o != null; o = o.OverriddenMethod)
                if (Name.Naming.IsExternal(o)) return true;
            foreach (var i in m.ContainingType.AllInterfaces)
                if (Name.Naming.IsExternal(i))
                    foreach (var im in i.GetMembers().OfType<IMethodSymbol>())
                        if (SymbolEqualityComparer.Default.Equals(m.ContainingType.FindImplementationForInterfaceMember(im)?.OriginalDefinition, m.OriginalDefinition)) return true;
            return false;
        }

        void Close(ReachedSet reached)
        {
            var types = reached.Types.Where(t => Reachability.IsSource(t)).ToList();
            for (bool changed = true; changed;)
            {
                changed = false;
                foreach (var (p, a) in bindings.All)
                    if (openParams.Contains(p)) changed |= Open(a);
                foreach (var t in types)
                {
                    if (open.Contains(t))
                    {
                        for (var b = t.BaseType; b != null; b = b.BaseType) changed |= Open(b);
                        foreach (var i in t.AllInterfaces) changed |= Open(i);
                        for (var cur = t; cur != null; cur = cur.BaseType)
                            foreach (var f in cur.GetMembers())
                                if (!f.IsStatic && f is IFieldSymbol or IPropertySymbol)
                                    changed |= Open(f is IFieldSymbol ff ? ff.Type : ((IPropertySymbol)f).Type);
                    }
                    else if (Bases(t).Any(b => open.Contains(b.OriginalDefinition)))
                        changed |= Open(t);
                }
            }
        }

        static IEnumerable<INamedTypeSymbol> Bases(INamedTypeSymbol t)
        {
            for (var b = t.BaseType; b != null; b = b.BaseType) yield return b;
            foreach (var i in t.AllInterfaces) yield return i;
        }

        /// <summary>Opens every source class or interface <paramref name="t"/> names (itself, elements,
        /// type arguments) and every type parameter in it; true when something was new.</summary>
        bool Open(ITypeSymbol? t)
        {
            if (t == null) return false;
            bool changed = false;
            foreach (var x in TypeNames.Named(t))
            {
                if (x is ITypeParameterSymbol tp) changed |= openParams.Add(tp);
                else if (x is INamedTypeSymbol && Reachability.IsSource(x)) changed |= open.Add(x.OriginalDefinition);
            }
            return changed;
        }

        void Visit(IOperation op)
        {
            bindings.Record(op.Type);
            switch (op)
            {
                case IInvocationOperation inv:
                    bindings.Record(inv.TargetMethod);
                    if (Outside(inv.TargetMethod)) External(inv.TargetMethod, inv.Arguments);
                    break;
                case IObjectCreationOperation oc when oc.Constructor is { } ctor:
                    bindings.Record(ctor);
                    if (Outside(ctor)) External(ctor, oc.Arguments);
                    break;
                case IMethodReferenceOperation mr:
                    bindings.Record(mr.Method);
                    if (Outside(mr.Method)) External(mr.Method, System.Collections.Immutable.ImmutableArray<IArgumentOperation>.Empty);
                    break;
                case IPropertyReferenceOperation pr:
                    bindings.Record(pr.Property.ContainingType);
                    if (Outside(pr.Property))
                    {
                        Open(pr.Property.Type);
                        foreach (var a in pr.Arguments) Open(Unwrap(a.Value).Type);
                    }
                    break;
                case IFieldReferenceOperation fr:
                    bindings.Record(fr.Field.ContainingType);
                    if (Outside(fr.Field)) Open(fr.Field.Type);
                    break;
                case IEventReferenceOperation er:
                    if (Outside(er.Event)) Open(er.Event.Type);
                    break;
                case IConversionOperation c:
                    // x == null, a != b on references: an identity comparison reads no member.
                    if (c.Parent is IBinaryOperation { OperatorMethod: null, OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals }
                        && c.Type?.SpecialType == SpecialType.System_Object) break;
                    // foreach's collection as IEnumerable: the loop (below) says what its elements become.
                    if (c.Parent is IForEachLoopOperation fc && fc.Collection == c) break;
                    Cross(c.Operand.Type, c.Type);
                    break;
                case IForEachLoopOperation fe:
                    Cross(Unwrap(fe.Collection).Type, fe.LoopControlVariable switch
                    {
                        IVariableDeclaratorOperation d => d.Symbol.Type,
                        var other => other.Type,
                    });
                    break;
                case IDeclarationPatternOperation dp:
                    Cross(dp.InputType, dp.NarrowedType);
                    break;
                case ITypePatternOperation tp:
                    Cross(tp.InputType, tp.NarrowedType);
                    break;
                case IRecursivePatternOperation rp:
                    Cross(rp.InputType, rp.NarrowedType);
                    break;
                case IIsTypeOperation it:
                    Cross(it.ValueOperand.Type, it.TypeOperand);
                    break;
                case IDelegateCreationOperation { Target: IMethodReferenceOperation mr2 } dc when (dc.Type as INamedTypeSymbol)?.DelegateInvokeMethod is { } invoke:
                    // A method group under a delegate type: values pass from the delegate's parameter types to the method's.
                    for (int i = 0; i < invoke.Parameters.Length && i < mr2.Method.Parameters.Length; i++)
                        Cross(invoke.Parameters[i].Type, mr2.Method.Parameters[i].Type);
                    Cross(mr2.Method.ReturnType, invoke.ReturnType);
                    break;
            }
        }

        /// <summary>Everything an external member is given or gives back is seen outside.</summary>
        void External(IMethodSymbol m, System.Collections.Immutable.ImmutableArray<IArgumentOperation> args)
        {
            foreach (var p in m.Parameters) Open(p.Type);
            foreach (var a in args) Open(Unwrap(a.Value).Type);
            foreach (var ta in m.TypeArguments) Open(ta);
            foreach (var ta in m.ContainingType.TypeArguments) Open(ta);
            Open(m.ReturnType);
        }

        /// <summary>JavaScript that is not the bundle's own lowered C#: an external member, or a member
        /// spliced in by its [Template] (its text may read any member of what it is given).</summary>
        static bool Outside(ISymbol m) =>
            Name.Naming.IsExternal(m) || Name.Attr.Has(m, "Js.TemplateAttribute")
            || m is IPropertySymbol p && (p.GetMethod is { } g && Name.Attr.Has(g, "Js.TemplateAttribute") || p.SetMethod is { } st && Name.Attr.Has(st, "Js.TemplateAttribute"));

        static IOperation Unwrap(IOperation op) => op is IConversionOperation { IsImplicit: true } c ? Unwrap(c.Operand) : op;

        /// <summary>A value passes from <paramref name="from"/> to <paramref name="to"/> (or back): a source
        /// class or interface that one side names and the other does not is opened, unless the other side
        /// names a source class or interface it derives from or implements (or that derives from it).</summary>
        void Cross(ITypeSymbol? from, ITypeSymbol? to)
        {
            if (from == null || to == null) return;
            var inFrom = TypeNames.Named(from).Select(x => x.OriginalDefinition).ToList();
            var inTo = TypeNames.Named(to).Select(x => x.OriginalDefinition).ToList();
            void Side(List<ITypeSymbol> mine, List<ITypeSymbol> other)
            {
                foreach (var x in mine)
                {
                    if (other.Contains(x, SymbolEqualityComparer.Default)) continue;
                    if (x is ITypeParameterSymbol tp) { openParams.Add(tp); continue; }
                    if (x is not INamedTypeSymbol nx || !Reachability.IsSource(x)) continue;
                    if (other.OfType<INamedTypeSymbol>().Any(y => Reachability.IsSource(y) && (Related(nx, y) || Related(y, nx)))) continue;
                    open.Add(x);
                }
            }
            Side(inFrom, inTo);
            Side(inTo, inFrom);
        }

        /// <summary><paramref name="t"/> derives from or implements <paramref name="b"/>.</summary>
        static bool Related(INamedTypeSymbol t, INamedTypeSymbol b) =>
            Bases(t).Any(x => SymbolEqualityComparer.Default.Equals(x.OriginalDefinition, b.OriginalDefinition));
    }
}
