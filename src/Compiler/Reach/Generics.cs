using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Reach
{
    /// <summary>
    /// Which generics keep their type arguments at run time, and whether values are boxed. Decided by
    /// analysis of the reached code, never by annotation: a generic method or type is reified only when
    /// its code observes a type argument (default(T), typeof(T), is/as T, new T(), a box of T, a static
    /// field per closed type, or a call that passes T on to reified code). Values are boxed only when
    /// some reached code can tell a boxed int from a double (a type test against a value type). A
    /// program that does neither pays nothing: its output is what erased generics always gave.
    /// </summary>
    public sealed class Reified
    {
        readonly HashSet<IMethodSymbol> methods = new(SymbolEqualityComparer.Default);
        readonly HashSet<INamedTypeSymbol> types = new(SymbolEqualityComparer.Default);

        /// <summary>Boxing conversions create boxes (<c>$Box</c>) that keep the value's type.</summary>
        public bool Boxes { get; private set; }

        /// <summary>Tasks are <c>$Task</c> objects (status, exceptions, continuations run synchronously as
        /// .NET's) and async methods run through <c>$run</c>: some reached code observes a task in a way a
        /// Promise cannot answer (IsCompleted, Status, Exception, ContinueWith…), or uses ValueTask,
        /// IAsyncEnumerable, <c>await foreach</c> or <c>await using</c>. Otherwise tasks stay native Promises
        /// with native async/await, at zero cost.</summary>
        public bool Tasks { get; private set; }

        /// <summary>Element types of arrays the program views covariantly (<c>Animal[] a = dogs</c>): arrays of
        /// these remember their element type and stores through a wider element type are checked
        /// (ArrayTypeMismatchException). Empty, and free, for a program that never does this.</summary>
        public HashSet<ITypeSymbol> CovariantArrays { get; } = new(SymbolEqualityComparer.Default);

        /// <summary>The method takes its type arguments as leading parameters.</summary>
        public bool IsReified(IMethodSymbol m) => m.TypeParameters.Length > 0 && methods.Contains(m.OriginalDefinition);

        /// <summary>The type is created and referred to as a closed type (<c>$close(C, [args])</c>).</summary>
        public bool IsReified(INamedTypeSymbol t) => t.TypeParameters.Length > 0 && types.Contains(t.OriginalDefinition);

        public IReadOnlyCollection<INamedTypeSymbol> Types => types;

        public static Reified Run(CSharpCompilation compilation, ReachedSet reached)
        {
            var r = new Reified();
            var ops = new List<(ISymbol owner, IOperation op)>();
            foreach (var m in reached.Members)
                foreach (var d in reached.Code(compilation).Of(m)) ops.Add((m, d));
            r.Tasks = ops.Any(o => ObservesTask(o.op));
            foreach (var (_, op) in ops)
                if (op is IConversionOperation { Operand.Type: IArrayTypeSymbol from, Type: IArrayTypeSymbol to } && from.ElementType.IsReferenceType
                    && !SymbolEqualityComparer.Default.Equals(from.ElementType, to.ElementType))
                    r.CovariantArrays.Add(from.ElementType);
            // Boxes first: a box of T is then an observation of T.
            r.Boxes = ops.Any(o => TestsValueType(o.op) || KeepsBox(o.op) || AsksType(o.op));
            // Statics per closed type.
            foreach (var t in reached.Types)
                if (t.TypeParameters.Length > 0 && t.GetMembers().Any(x => x is IFieldSymbol { IsStatic: true, IsConst: false } || x is IPropertySymbol { IsStatic: true } p && IsAutoLike(p)))
                    r.types.Add(t.OriginalDefinition);
            // To a fixed point: passing T to reified code observes T.
            bool changed = true;
            while (changed)
            {
                changed = false;
                foreach (var (owner, op) in ops)
                    foreach (var tp in r.Observed(op))
                        changed |= r.Mark(tp, owner);
                // A generic method called through the member it overrides or implements takes its type
                // arguments where that member does: one reified, all of them are (the call site cannot tell).
                foreach (var m in reached.Members)
                    if (m is IMethodSymbol { IsGenericMethod: true } gm)
                        foreach (var c in TypeNames.Contracts(gm))
                            if (c.Arity == gm.Arity)
                            {
                                if (r.methods.Contains(gm.OriginalDefinition)) changed |= r.methods.Add(c.OriginalDefinition);
                                if (r.methods.Contains(c.OriginalDefinition)) changed |= r.methods.Add(gm.OriginalDefinition);
                            }
                // A generic subclass of a reified type closes its base with its own arguments.
                foreach (var t in reached.Types)
                    if (t.TypeParameters.Length > 0 && t.BaseType is { } b && r.IsReified(b.OriginalDefinition) && b.TypeArguments.Any(a => a is ITypeParameterSymbol))
                        changed |= r.types.Add(t.OriginalDefinition);
            }
            return r;
        }

        static bool IsAutoLike(IPropertySymbol p) =>
            p.GetMethod != null && p.ContainingType.GetMembers().OfType<IFieldSymbol>().Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, p));

        bool Mark(ITypeParameterSymbol tp, ISymbol owner)
        {
            if (tp.DeclaringMethod is { } dm)
            {
                if (dm.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction) return false;
                return methods.Add(dm.OriginalDefinition);
            }
            // A nested type's code cannot see its outer type's arguments: that T stays erased there.
            return tp.DeclaringType is { } dt && SymbolEqualityComparer.Default.Equals(owner.ContainingType?.OriginalDefinition, dt.OriginalDefinition) && types.Add(dt.OriginalDefinition);
        }

        /// <summary>A value boxed whose text would be wrong unboxed (an enum prints its name, a char its
        /// letter, a float its shortest form), other than as an argument that is only formatted (Console,
        /// string.Format/Concat/Join, StringBuilder), which looks through the box. An int boxed alone does
        /// not count: it prints as the double it is in JS, and only a type test tells them apart.</summary>
        static bool KeepsBox(IOperation op)
        {
            if (op is not IConversionOperation c || c.Operand.Type is not { } from || !c.GetConversion().IsBoxing) return false;
            var u = from.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T ? ((INamedTypeSymbol)from).TypeArguments[0] : from;
            if (!(u.TypeKind == TypeKind.Enum && Name.Attr.Find(u, "Js.EnumAttribute") == null || u.SpecialType is SpecialType.System_Char or SpecialType.System_Single)) return false;
            var p = c.Parent;
            while (p is IArrayInitializerOperation or IArrayCreationOperation) p = p.Parent;
            if (p is IArgumentOperation { Parameter.ContainingSymbol: IMethodSymbol m } && m.ContainingType.ToDisplayString() is "System.Console" or "System.String" or "System.Text.StringBuilder" or "System.IO.TextWriter")
                return false;
            return p is not IInterpolationOperation;
        }

        /// <summary>GetType() of a value whose static type does not say whether it holds an int or a double
        /// (object, ValueType, an interface).</summary>
        static bool AsksType(IOperation op)
        {
            if (op is not IInvocationOperation { TargetMethod: { Name: "GetType", Parameters.Length: 0 } m, Instance: { } i } || m.ContainingType.SpecialType != SpecialType.System_Object) return false;
            while (i is IConversionOperation { IsImplicit: true } c) i = c.Operand;
            return i.Type is { } t && (t.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType or SpecialType.System_Enum || t.TypeKind == TypeKind.Interface);
        }

        static bool ObservesTask(IOperation op) => op switch
        {
            IMemberReferenceOperation mr => TaskOnly(mr.Member),
            IInvocationOperation inv => TaskOnly(inv.TargetMethod),
            IObjectCreationOperation { Constructor: { } ctor } => TaskOnly(ctor),
            IForEachLoopOperation { IsAsynchronous: true } or IUsingOperation { IsAsynchronous: true } or IUsingDeclarationOperation { IsAsynchronous: true } => true,
            _ => false,
        } || IsTaskOnlyType(op.Type);

        static bool TaskOnly(ISymbol member) =>
            Bcl.BclMap.IsTaskOnly(member.OriginalDefinition.GetDocumentationCommentId() ?? "") || IsTaskOnlyType(member.ContainingType);

        /// <summary>ValueTask and the async streams exist only as $Task programs.</summary>
        public static bool IsTaskOnlyType(ITypeSymbol? t) =>
            t?.OriginalDefinition.ToDisplayString() is "System.Threading.Tasks.ValueTask" or "System.Threading.Tasks.ValueTask<TResult>"
                or "System.Collections.Generic.IAsyncEnumerable<T>" or "System.Collections.Generic.IAsyncEnumerator<T>" or "System.IAsyncDisposable";

        /// <summary>The operand under its implicit conversions.</summary>
        static IOperation StripConversions(IOperation op)
        {
            while (op is IConversionOperation { IsImplicit: true } c) op = c.Operand;
            return op;
        }

        /// <summary>An array's element type, or T of a type implementing IEnumerable&lt;T&gt; once; else null.</summary>
        static ITypeSymbol? ElementType(ITypeSymbol? t)
        {
            if (t is IArrayTypeSymbol a) return a.ElementType;
            var seqs = t?.AllInterfaces.Add(t as INamedTypeSymbol ?? t.AllInterfaces.FirstOrDefault()!).Where(i => i?.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T).Distinct(SymbolEqualityComparer.Default).ToList();
            return seqs is { Count: 1 } ? ((INamedTypeSymbol)seqs[0]!).TypeArguments[0] : null;
        }

        /// <summary>A type test whose answer depends on whether a number was an int or a double.</summary>
        static bool TestsValueType(IOperation op)
        {
            ITypeSymbol? input = null, target = null;
            switch (op)
            {
                case IIsTypeOperation it: input = it.ValueOperand.Type; target = it.TypeOperand; break;
                case IConversionOperation { IsTryCast: true } c: input = c.Operand.Type; target = c.Type; break;
                case IDeclarationPatternOperation dp: input = dp.InputType; target = dp.MatchedType; break;
                case ITypePatternOperation tpo: input = tpo.InputType; target = tpo.MatchedType; break;
                case IRecursivePatternOperation rp: input = rp.InputType; target = rp.MatchedType; break;
                // xs.OfType<int>() / Cast<int>() test each item's type.
                case IInvocationOperation { TargetMethod: { Name: "OfType" or "Cast", ContainingType: { Name: "Enumerable" } } m } inv
                    when m.ContainingType.ToDisplayString() == "System.Linq.Enumerable" && inv.Arguments.Length == 1:
                    input = ElementType(StripConversions(inv.Arguments[0].Value).Type) ?? inv.Arguments[0].Value.Type; target = m.TypeArguments[0]; break;
            }
            if (input == null || target == null || input.IsValueType && input is not ITypeParameterSymbol) return false;
            if (SymbolEqualityComparer.Default.Equals(input, target)) return false;
            if (target.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T) target = ((INamedTypeSymbol)target).TypeArguments[0];
            // bool is typeof-testable and never boxed; source structs are class instances.
            return target is ITypeParameterSymbol { HasReferenceTypeConstraint: false } || target.IsValueType && target is not ITypeParameterSymbol
                && target.SpecialType != SpecialType.System_Boolean && !(target.TypeKind == TypeKind.Struct && Reachability.IsSource(target));
        }

        /// <summary>The type parameters whose run-time value this operation needs.</summary>
        IEnumerable<ITypeParameterSymbol> Observed(IOperation op)
        {
            // T.Zero, a + b on T: the member is found on the class T is bound to.
            if (Reachability.ConstrainedTo(op) is { } ctp) return new[] { ctp };
            switch (op)
            {
                case IDefaultValueOperation dv when dv.Type is ITypeParameterSymbol tp && !tp.HasReferenceTypeConstraint && !tp.ConstraintTypes.Any(c => c.IsReferenceType):
                    return new[] { tp };
                case ITypeOfOperation to: return Params(to.TypeOperand);
                case ITypeParameterObjectCreationOperation tc when tc.Type is ITypeParameterSymbol tp2: return new[] { tp2 };
                case IIsTypeOperation it when !Same(it.ValueOperand.Type, it.TypeOperand): return Params(it.TypeOperand).Concat(Input(it.ValueOperand.Type));
                case IDeclarationPatternOperation dp when !Same(dp.InputType, dp.MatchedType): return Params(dp.MatchedType).Concat(Input(dp.InputType));
                case ITypePatternOperation tpo when !Same(tpo.InputType, tpo.MatchedType): return Params(tpo.MatchedType).Concat(Input(tpo.InputType));
                case IRecursivePatternOperation rp when !Same(rp.InputType, rp.MatchedType) && rp.MatchedType != null: return Params(rp.MatchedType).Concat(Input(rp.InputType));
                case IInvocationOperation { TargetMethod.Name: "GetType", Instance: { } gi } when gi.Type is ITypeParameterSymbol gt: return new[] { gt };
                // A T value printed: an enum T prints its name, a char T its letter (boxed or not).
                case IInvocationOperation { TargetMethod.Name: "ToString", Instance: { } ti } when Printable(ti.Type) is { } tt: return new[] { tt };
                case IInterpolationOperation io when Printable(io.Expression.Type) is { } it2: return new[] { it2 };
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } b when b.Type?.SpecialType == SpecialType.System_String:
                    return new[] { b.LeftOperand, b.RightOperand }.Select(o => o is IConversionOperation { IsImplicit: true } ic ? ic.Operand : o).Select(o => Printable(o.Type)).OfType<ITypeParameterSymbol>();
                case IInvocationOperation { TargetMethod: { IsGenericMethod: true, Name: "Join" or "Concat", ContainingType.SpecialType: SpecialType.System_String } jm } when Printable(jm.TypeArguments[0]) is { } jt:
                    return new[] { jt };
                case IConversionOperation c when c.Operand.Type is { } from && c.Type is { } to && !Same(from, to):
                    {
                        var conv = c.GetConversion();
                        if (c.IsTryCast) return Params(to);
                        if (Boxes && conv.IsBoxing) return Params(from);
                        if (conv.IsBoxing && Printable(from) is { } ft && IsFormatted(c)) return new[] { ft };
                        return None;
                    }
                case IInvocationOperation inv when IsReified(inv.TargetMethod):
                    return inv.TargetMethod.TypeArguments.SelectMany(Params).Concat(Owner(inv.TargetMethod));
                case IInvocationOperation inv2 when inv2.TargetMethod.IsStatic: return Owner(inv2.TargetMethod);
                case IMemberReferenceOperation mr when mr.Member.IsStatic: return Owner(mr.Member);
                case IObjectCreationOperation oc when oc.Type is INamedTypeSymbol nt && IsReified(nt): return Params(nt);
                case IMethodReferenceOperation mg when IsReified(mg.Method): return mg.Method.TypeArguments.SelectMany(Params);
            }
            return None;
        }

        /// <summary>A type parameter whose values may print differently from their JS value (not a class).</summary>
        static ITypeParameterSymbol? Printable(ITypeSymbol? t) =>
            t is ITypeParameterSymbol { HasReferenceTypeConstraint: false } tp && !tp.ConstraintTypes.Any(c => c.IsReferenceType) ? tp : null;

        /// <summary>A boxing conversion that is only formatted (an argument of Console, string.Format/Concat,
        /// StringBuilder, or an interpolation hole).</summary>
        static bool IsFormatted(IConversionOperation c)
        {
            var p = c.Parent;
            while (p is IArrayInitializerOperation or IArrayCreationOperation) p = p.Parent;
            return p is IInterpolationOperation || p is IArgumentOperation { Parameter.ContainingSymbol: IMethodSymbol m }
                && m.ContainingType.ToDisplayString() is "System.Console" or "System.String" or "System.Text.StringBuilder" or "System.IO.TextWriter";
        }

        /// <summary>A T-typed value tested against a type: it is boxed with its T first.</summary>
        static IEnumerable<ITypeParameterSymbol> Input(ITypeSymbol? t) => t is ITypeParameterSymbol { HasReferenceTypeConstraint: false } tp ? new[] { tp } : None;

        static readonly ITypeParameterSymbol[] None = new ITypeParameterSymbol[0];

        IEnumerable<ITypeParameterSymbol> Owner(ISymbol member) =>
            member.ContainingType is { } ct && IsReified(ct.OriginalDefinition) ? Params(ct) : None;

        static bool Same(ITypeSymbol? a, ITypeSymbol? b) => SymbolEqualityComparer.Default.Equals(a, b);

        /// <summary>Type parameters named anywhere inside a type (List&lt;T&gt;, T[], T?).</summary>
        public static IEnumerable<ITypeParameterSymbol> Params(ITypeSymbol? t)
        {
            switch (t)
            {
                case ITypeParameterSymbol tp: yield return tp; break;
                case IArrayTypeSymbol at: foreach (var x in Params(at.ElementType)) yield return x; break;
                case INamedTypeSymbol nt:
                    if (nt.ContainingType != null) foreach (var x in Params(nt.ContainingType)) yield return x;
                    foreach (var a in nt.TypeArguments) foreach (var x in Params(a)) yield return x;
                    break;
            }
        }
    }
}
