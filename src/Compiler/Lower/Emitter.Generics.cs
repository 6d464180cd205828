using System.Collections.Generic;
using System.Linq;
using Cs2Js.Tree;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Lower
{
    /// <summary>
    /// Run-time types for the generics Reach found observable (see <see cref="Reach.Reified"/>): a
    /// reified method takes a `$T` descriptor per type parameter; a reified type is used as a closed
    /// subclass (`$close(C, [T…])`) carrying `$ta` and its own statics. Everything else stays erased.
    /// </summary>
    public sealed partial class Emitter
    {
        Reach.Reified reified = null!;
        /// <summary>The member being lowered (its static-ness decides how a reified type's statics are reached).</summary>
        ISymbol? currentMember;

        static string TypeParamName(ITypeParameterSymbol tp) => "$" + tp.Name;

        /// <summary>The leading `$T` parameters of a reified method.</summary>
        List<Expr> TypeParams(IMethodSymbol m) =>
            reified.IsReified(m) ? m.TypeParameters.Select(tp => (Expr)Ident(TypeParamName(tp))).ToList() : new List<Expr>();

        /// <summary>The leading type-argument descriptors of a call to a reified method.</summary>
        List<Expr> TypeArgs(IMethodSymbol m) =>
            reified.IsReified(m) ? m.TypeArguments.Select(TypeOf).ToList() : new List<Expr>();

        bool InStaticContext => currentMember is { IsStatic: true } || fn.Root.Method is { IsStatic: true };

        /// <summary>`$ta`, the type arguments of the closed type whose code is running.</summary>
        Expr OwnTypeArgs() => InStaticContext ? Dot(Kw.This, "$ta") : Dot(Dot(Kw.This, "constructor"), "$ta");

        /// <summary>The JS expression for a run-time type (typeof(T), a type argument, a box's type).</summary>
        Expr TypeOf(ITypeSymbol t)
        {
            Expr Ty(Expr fullName, Expr? d = null, Expr? k = null, Expr? c = null, Expr? e = null, Expr? fl = null, Expr? u = null, Expr? s = null)
            {
                var args = new List<Expr> { fullName, d ?? Kw.Null, k ?? Int(0), c ?? Int(0), e ?? Int(0), fl ?? Int(0), u ?? Int(0), s ?? Int(0) };
                while (args.Count > 2 && args[^1] is Num { Raw: "0" }) args.RemoveAt(args.Count - 1);
                return H("$ty", args.ToArray());
            }
            switch (t)
            {
                case ITypeParameterSymbol tp:
                    if (tp.DeclaringMethod is { } dm && reified.IsReified(dm)) return Ident(TypeParamName(tp));
                    if (tp.DeclaringType is { } dt && reified.IsReified(dt) && InOwnCode(dt)) return new Subscript(OwnTypeArgs(), Int(tp.Ordinal));
                    return Ty(new Str("System.Object"), k: new Str("any"));
                case IArrayTypeSymbol:
                    return Ty(FullNameOf(t), c: Ident("Array"));
                case INamedTypeSymbol nt:
                    if (nt.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
                        return Ty(FullNameOf(t), u: TypeOf(nt.TypeArguments[0]));
                    switch (nt.SpecialType)
                    {
                        case SpecialType.System_Object: return Ty(new Str("System.Object"), k: new Str("any"));
                        case SpecialType.System_String: return Ty(new Str("System.String"), k: new Str("string"));
                        case SpecialType.System_Boolean: return Ty(new Str("System.Boolean"), Kw.False, new Str("boolean"));
                        case SpecialType.System_Double: return Ty(new Str("System.Double"), Int(0), new Str("number"));
                    }
                    if (nt.TypeKind == TypeKind.Delegate) return Ty(FullNameOf(t), k: new Str("function"));
                    // A BCL enum (DayOfWeek) spells its names inline (EnumRef), so a box of one prints its name.
                    if (nt.TypeKind == TypeKind.Enum && (IsSource(nt) || nt.ContainingAssembly?.Name is "System.Runtime" or "mscorlib" or "netstandard" or "System.Private.CoreLib"))
                    {
                        var flags = nt.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.FlagsAttribute");
                        return EnumEmit(nt) != 0 ? Ty(FullNameOf(t), DefaultValue(nt), new Str("string")) : Ty(FullNameOf(t), Int(0), e: EnumRef(nt), fl: flags ? Kw.True : null);
                    }
                    // A library interface (OfType<IComparable>, a T = IFormattable): its test is $isI's answer.
                    if (!IsSource(nt) && nt.TypeKind == TypeKind.Interface && !Cs2Js.Name.Naming.IsExternal(nt) && LibraryInterfaceKinds(nt) is var lib && lib != null)
                    {
                        var (kinds, boxes) = lib.Value;
                        var brand = Brand(nt);
                        UseType(nt);
                        return H("$tyI", Ty(FullNameOf(t), c: new Str(brand)), new Str(brand), new Str(kinds), new ArrayLit(boxes.Select(b => (Expr)new Str(b))));
                    }
                    if (IsSource(nt) && nt.TypeKind == TypeKind.Interface)
                    {
                        return Ty(FullNameOf(t), c: new Str(Brand(nt)));
                    }
                    if (IsSource(nt) && !IsObjectLiteral(nt))
                    {
                        // A class the bundle never reaches has no instances: its test is false.
                        if (!reached.ContainsType(nt)) return Ty(FullNameOf(t), c: new Str("$never"));
                        if (reified.IsReified(nt)) return nt.IsValueType ? H("$tyV", ClosedRef(nt)) : Dot(ClosedRef(nt), "$t");
                        return Ty(FullNameOf(t), nt.IsValueType ? DefaultValue(nt) : null, c: TypeRefNamed(nt));
                    }
                    if (SelfTypedValue(nt) is { } cls) return Ty(FullNameOf(t), DefaultValue(nt), c: cls);
                    // A KeyValuePair or tuple prints its parts as their types print ("[Inbound, 3]").
                    if (nt.IsValueType && (nt.IsTupleType || nt.OriginalDefinition.SpecialType == SpecialType.None && nt.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.KeyValuePair<TKey, TValue>")
                        && ItemFormatter(nt) is { } show)
                        return Ty(FullNameOf(t), DefaultValue(nt), s: show);
                    if (nt.IsValueType) return Ty(FullNameOf(t), DefaultValue(nt));
                    if (nt.TypeKind == TypeKind.Interface && !IsSource(nt))
                    {
                        return Ty(FullNameOf(t), c: new Str(Brand(nt)));
                    }
                    var id = nt.OriginalDefinition.GetDocumentationCommentId() ?? "";
                    if (Bcl.BclMap.TryGetTemplate(id, out var tpl)) return Ty(FullNameOf(t), c: Templates.Parse(tpl, System.Array.Empty<string>()).Tree);
                    return Ty(FullNameOf(t));
            }
            return Ty(new Str("System.Object"), k: new Str("any"));
        }

        /// <summary>A library value type whose values are instances of a runtime class (decimal: $Dec,
        /// DateTime: $DateTime): they carry their type, so they are never boxed and `is` is instanceof.</summary>
        static Expr? SelfTypedValue(ITypeSymbol t) =>
            t.IsValueType && t is INamedTypeSymbol && !IsSource(t) && Bcl.BclMap.TryGetTemplate(t.OriginalDefinition.GetDocumentationCommentId() ?? "", out var tpl)
                && tpl.StartsWith("$", System.StringComparison.Ordinal) && tpl.Skip(1).All(char.IsLetterOrDigit) ? new Id(tpl) : null;

        /// <summary>A type's .NET full name as Type.ToString() prints it ("System.Collections.Generic.List`1[System.Int32]"),
        /// built at run time from the `$T` descriptors it names.</summary>
        Expr FullNameOf(ITypeSymbol t)
        {
            var parts = new List<Expr>();
            var sb = new System.Text.StringBuilder();
            void Flush() { if (sb.Length > 0) { parts.Add(new Str(sb.ToString())); sb.Clear(); } }
            void Walk(ITypeSymbol x)
            {
                switch (x)
                {
                    case ITypeParameterSymbol:
                        Flush();
                        parts.Add(Dot(TypeOf(x), "f"));
                        return;
                    case IArrayTypeSymbol at:
                        Walk(at.ElementType);
                        sb.Append('[').Append(new string(',', at.Rank - 1)).Append(']');
                        return;
                    case INamedTypeSymbol nt:
                        var def = nt.OriginalDefinition;
                        sb.Append(TypeFullName(def));
                        var args = nt.TypeArguments;
                        if (args.Length > 0 && !SymbolEqualityComparer.Default.Equals(nt, def))
                        {
                            sb.Append('[');
                            for (int i = 0; i < args.Length; i++) { if (i > 0) sb.Append(','); Walk(args[i]); }
                            sb.Append(']');
                        }
                        return;
                }
                sb.Append("System.Object");
            }
            Walk(t);
            Flush();
            return parts.Count == 0 ? new Str("") : Concat(parts);
        }

        /// <summary>`$close(C, [T…], "Ns.C`1")`: the closed type (its statics, `new`, instanceof).</summary>
        Expr ClosedRef(INamedTypeSymbol t)
        {
            var def = t.OriginalDefinition;
            UseType(def);
            return H("$close", Ident(names.TypeName(def)), new ArrayLit(AllTypeArgs(t).Select(TypeOf)), new Str(TypeFullName(def)));
        }

        static IEnumerable<ITypeSymbol> AllTypeArgs(INamedTypeSymbol t) => t.TypeArguments;

        /// <summary>True when t is its own definition seen from inside (C&lt;T&gt; within C&lt;T&gt;).</summary>
        static bool IsSelfReference(INamedTypeSymbol t) =>
            t.TypeArguments.Select((a, i) => a is ITypeParameterSymbol tp && tp.Ordinal == i && SymbolEqualityComparer.Default.Equals(tp.DeclaringType, t.OriginalDefinition)).All(x => x);

        /// <summary>What a static member of <paramref name="owner"/> is reached through: the class, or for a
        /// reified type the closed type (`this` inside its own static code).</summary>
        Expr StaticOwner(INamedTypeSymbol owner, ISymbol? member = null)
        {
            if (!reified.IsReified(owner.OriginalDefinition)) return LazyInitTrigger(owner, member) ?? TypeRefNamed(owner);
            if (IsSelfReference(owner) && currentMember?.ContainingType is { } ct && SymbolEqualityComparer.Default.Equals(ct.OriginalDefinition, owner.OriginalDefinition))
            {
                if (InStaticContext) return Kw.This;
                UseType(owner);
                return H("$close", Ident(names.TypeName(owner.OriginalDefinition)), OwnTypeArgs(), new Str(TypeFullName(owner.OriginalDefinition)));
            }
            return ClosedRef(owner);
        }

        /// <summary>The class a `new` creates or an `instanceof`/`extends` names.</summary>
        Expr ClassRef(INamedTypeSymbol t)
        {
            if (!reified.IsReified(t.OriginalDefinition)) return TypeRefNamed(t);
            if (IsSelfReference(t) && currentMember?.ContainingType is { } ct && SymbolEqualityComparer.Default.Equals(ct.OriginalDefinition, t.OriginalDefinition))
                return StaticOwner(t);
            return ClosedRef(t);
        }

        /// <summary>A base class to extend: a reified base closed over concrete arguments is its closed type;
        /// over the subclass's own parameters it is the erased class (the subclass is reified too).</summary>
        Expr BaseRef(INamedTypeSymbol b)
        {
            if (IsSource(b) && reified.IsReified(b.OriginalDefinition) && !Reach.Reified.Params(b).Any()) return ClosedRef(b);
            return TypeRef(b, null);
        }
    
        /// <summary>The type parameter has a run-time descriptor here (its method or type is reified).</summary>
        bool IsKnownTypeParam(ITypeParameterSymbol tp) =>
            tp.DeclaringMethod is { } dm ? reified.IsReified(dm) : tp.DeclaringType is { } dt && reified.IsReified(dt) && InOwnCode(dt);

        /// <summary>Code of the type itself (a nested type's code cannot see its outer type's arguments).</summary>
        bool InOwnCode(INamedTypeSymbol t) => SymbolEqualityComparer.Default.Equals(currentMember?.ContainingType?.OriginalDefinition, t.OriginalDefinition);

        /// <summary>new T(): the descriptor's class, or its default for a value type.</summary>
        Expr NewOfTypeParam(ITypeParameterObjectCreationOperation tc)
        {
            var t = NewTemp();
            return new Seq(new Assign(t, TypeOf(tc.Type!)), new Cond(Dot(t, "c"), new New(Dot(t, "c"), new Expr[0]), Dot(t, "d")));
        }
}
}
