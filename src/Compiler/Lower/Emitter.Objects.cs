using System;
using System.Collections.Generic;
using System.Linq;
using Cs2Js.Name;
using Cs2Js.Tree;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Lower
{
    public sealed partial class Emitter
    {
        Expr ObjectCreation(IObjectCreationOperation oc)
        {
            var t = (INamedTypeSymbol)oc.Type!;
            var ctor = oc.Constructor;
            if (IsObjectLiteral(t)) return ObjectLiteral(oc);
            int mark = pendingWriteBacks.Count;
            Expr created;
            if (t.TypeKind == TypeKind.Delegate) return Expr(oc.Arguments[0].Value);
            if (IsSource(t))
            {
                UseConstructed(t);
                if (ctor != null) Use(ctor);
                else Use(InstanceCtors(t).FirstOrDefault());
                var args = ctor == null ? new List<Expr>() : CtorCallArgs(ctor, oc.Arguments, false);
                created = new New(ClassRef(t), args);
                // A type with a static constructor is initialised by its first instance too.
                if (LazyInit(t) == LazyKind.Precise && !InOwnStaticInit(t)) created = new Seq(new Call(Dot(TypeRefNamed(t), "$i")), created);
            }
            else if (Naming.IsExternal(t))
            {
                var tpl = ctor == null ? null : Attr.String(ctor, "Js.TemplateAttribute");
                created = tpl != null
                    ? ExpandTemplate(tpl, ctor!, null, OpArgs(oc.Arguments), null)
                    : new New(ExternalType(t), ArgList(oc.Arguments, ctor!, ctor != null && Attr.Has(ctor, "Js.ExpandParamsAttribute")));
            }
            else
            {
                if (oc.Initializer != null && TryCollectionLiteral(t, oc, out var lit)) return lit;
                var id = ctor?.OriginalDefinition.GetDocumentationCommentId() ?? "";
                if (ctor != null && Bcl.BclMap.TryGetCustom(id, out var custom))
                {
                    var template = Bcl.Mapping.CustomCtor(custom, oc, out var refusal, slotOrder.Needs(oc.Type));
                    if (template == null) { Error("CSX1001", oc, refusal!); return Kw.Null; }
                    created = ExpandTemplate(template, ctor, null, OpArgs(oc.Arguments), null);
                }
                else if (ctor != null && Bcl.BclMap.TryGetTemplate(id, out var tpl))
                    created = ExpandTemplate(tpl, ctor, null, OpArgs(oc.Arguments), null);
                else if (ctor == null || t.IsValueType && oc.Arguments.Length == 0)
                    created = DefaultValue(t);
                else { Unmapped(oc.Syntax, ctor, id, oc); return Kw.Null; }
            }
            created = ApplyWriteBacks(created, mark);
            if (oc.Initializer == null || oc.Initializer.Initializers.Length == 0) return created;
            var tmp = NewTemp();
            var parts = new List<Expr> { new Assign(tmp, created) };
            foreach (var init in oc.Initializer.Initializers) parts.AddRange(InitializerParts(init, tmp));
            parts.Add(tmp);
            return new Seq(parts);
        }

        /// <summary>The comma-separated steps of one object or collection initialiser entry.</summary>
        List<Expr> InitializerParts(IOperation init, Expr tmp)
        {
            var outer = saveReceiver;
            saveReceiver = tmp;
            try
            {
                switch (init)
                {
                    case ISimpleAssignmentOperation sa when sa.Value is IObjectOrCollectionInitializerOperation nested:
                        {
                            var inner = Expr(sa.Target);
                            var t2 = NewTemp();
                            var parts = new List<Expr> { new Assign(t2, inner) };
                            foreach (var i in nested.Initializers) parts.AddRange(InitializerParts(i, t2));
                            return parts;
                        }
                    case IMemberInitializerOperation mi:
                        {
                            var inner = Expr(mi.InitializedMember);
                            var t2 = NewTemp();
                            var parts = new List<Expr> { new Assign(t2, inner) };
                            foreach (var i in mi.Initializer.Initializers) parts.AddRange(InitializerParts(i, t2));
                            return parts;
                        }
                    default:
                        return new List<Expr> { Expr(init, statement: true) };
                }
            }
            finally { saveReceiver = outer; }
        }

        Expr? saveReceiver;

        /// <summary>new List&lt;T&gt; { a, b } → [a, b]; HashSet → new Set([...]); Dictionary → new Map([[k, v]]).</summary>
        bool TryCollectionLiteral(INamedTypeSymbol t, IObjectCreationOperation oc, out Expr result)
        {
            result = Kw.Null;
            var def = t.OriginalDefinition.ToDisplayString();
            var inits = oc.Initializer!.Initializers;
            if (oc.Arguments.Length > 0) return false;
            if (!inits.All(i => i is IInvocationOperation { TargetMethod.Name: "Add" })) return false;
            var calls = inits.Cast<IInvocationOperation>().ToList();
            switch (def)
            {
                case "System.Collections.Generic.List<T>":
                    result = new ArrayLit(calls.Select(c => Expr(c.Arguments[0].Value)));
                    return true;
                case "System.Collections.Generic.HashSet<T>":
                    result = KeyedLiteral(t, set: true, new ArrayLit(calls.Select(c => Expr(c.Arguments[0].Value))));
                    return true;
                case "System.Collections.Generic.Dictionary<TKey, TValue>":
                    if (calls.Any(c => c.Arguments.Length != 2)) return false;
                    result = KeyedLiteral(t, set: false, new ArrayLit(calls.Select(c => (Expr)new ArrayLit(Expr(c.Arguments[0].Value), Expr(c.Arguments[1].Value)))));
                    return true;
            }
            return false;
        }

        Expr ObjectLiteral(IObjectCreationOperation oc)
        {
            if (oc.Arguments.Length > 0) Error("CSX2018", oc, "[ObjectLiteral] types are created with an object initialiser only");
            var props = new List<Prop>();
            if (oc.Initializer != null)
                foreach (var init in oc.Initializer.Initializers)
                {
                    if (init is ISimpleAssignmentOperation sa)
                    {
                        var member = sa.Target switch { IPropertyReferenceOperation p => (ISymbol)p.Property, IFieldReferenceOperation f => f.Field, _ => null };
                        if (member == null) { Error("CSX2018", init, "unsupported object literal member"); continue; }
                        var name = Naming.IsExternal(member) ? Naming.ExternalMemberName(member) : names.MemberName(member);
                        if (sa.Value is IObjectOrCollectionInitializerOperation) { Error("CSX2018", init, "nested initialisers in an object literal: create the inner object explicitly"); continue; }
                        props.Add(Prop.Init(name, Expr(sa.Value)));
                    }
                    else Error("CSX2018", init, "object literals take member assignments only");
                }
            return new ObjectLit(props);
        }

        Expr AnonymousObject(IAnonymousObjectCreationOperation ao)
        {
            var props = new List<Prop>();
            foreach (var init in ao.Initializers)
                if (init is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation p } sa)
                    props.Add(Prop.Init(p.Property.Name, Expr(sa.Value)));
            return AnonymousObjectsEscape ? new New(Ident("$Anon"), new ObjectLit(props)) : new ObjectLit(props);
        }

        bool? anonymousObjectsEscape;

        /// <summary>The program sees an anonymous object as something other than its own type — converted to
        /// object or an interface, Equals/GetHashCode/ToString called on it, joined into a string: then every
        /// anonymous object is a $Anon (C#'s ToString, Equals, GetHashCode at run time). Elsewhere a plain
        /// object literal, printed by its static type.</summary>
        bool AnonymousObjectsEscape => anonymousObjectsEscape ??= reached.Members.Any(m => m.DeclaringSyntaxReferences.Any(sr =>
            sr.GetSyntax().DescendantNodesAndSelf().Any(n => OperationOf(n) is { } op && Escapes(op))));

        static bool Escapes(IOperation op) => op switch
        {
            IConversionOperation c => c.Operand.Type is { IsAnonymousType: true } && c.Type is { IsAnonymousType: false } && !c.Conversion.IsIdentity,
            IInvocationOperation { Instance.Type.IsAnonymousType: true } => true,
            IInvocationOperation { TargetMethod: { Name: "Join" or "Concat", ContainingType.SpecialType: SpecialType.System_String } m } => m.TypeArguments.Any(t => t.IsAnonymousType),
            _ => false,
        };

        /// <summary>new T[n, m] / new T[,] { {..}, {..} }: a flat row-major array with its lengths ($md).</summary>
        Expr MultiDimArray(IArrayCreationOperation ac)
        {
            var elem = ((IArrayTypeSymbol)ac.Type!).ElementType;
            var dims = new ArrayLit(ac.DimensionSizes.Select(d => Expr(d)));
            // A user struct gets one default instance per slot ($mdNew), never one shared value.
            if (ac.Initializer == null)
                return IsUserStruct(elem) ? H("$mdNew", dims, new Arrow(new Expr[0], DefaultValue(elem))) : H("$md", dims, DefaultValue(elem));
            var flat = new List<Expr>();
            void Flatten(IArrayInitializerOperation init)
            {
                foreach (var e in init.ElementValues)
                    if (e is IArrayInitializerOperation inner) Flatten(inner); else flat.Add(Expr(e));
            }
            Flatten(ac.Initializer);
            return H("$md", dims, Kw.Null, new ArrayLit(flat));
        }

        Expr ArrayCreation(IArrayCreationOperation ac)
        {
            if (ac.DimensionSizes.Length > 1) return MultiDimArray(ac);
            var elem = ((IArrayTypeSymbol)ac.Type!).ElementType;
            if (reified.CovariantArrays.Contains(elem))
            {
                // An array the program also views as a wider T[]: it keeps a test of its own element type.
                var v = Ident("$v");
                return H("$atag", PlainArray(ac, elem), new Arrow(new Expr[] { v }, TypeTest(v, elem, ac)));
            }
            return PlainArray(ac, elem);
        }

        Expr PlainArray(IArrayCreationOperation ac, ITypeSymbol elem)
        {
            if (ac.Initializer != null) return new ArrayLit(ac.Initializer.ElementValues.Select(e => Expr(e)));
            var size = Expr(ac.DimensionSizes[0]);
            if (size is Num { Raw: "0" }) return new ArrayLit();
            if (IsUserStruct(elem)) return StructArray(elem, size);
            return new Call(Dot(new New(Ident("Array"), size), "fill"), DefaultValue(elem));
        }

        Expr CollectionExpression(ICollectionExpressionOperation ce)
        {
            var arr = new ArrayLit(ce.Elements.Select(e => e is ISpreadOperation sp ? new Spread(Expr(sp.Operand)) : Expr(e)));
            return ce.Type?.OriginalDefinition.ToDisplayString() switch
            {
                "System.Collections.Generic.HashSet<T>" => KeyedLiteral((INamedTypeSymbol)ce.Type, set: true, arr),
                "System.Collections.Generic.Dictionary<TKey, TValue>" => KeyedLiteral((INamedTypeSymbol)ce.Type, set: false, arr),
                _ => arr,
            };
        }

        /// <summary>A HashSet/Dictionary literal: a native Set/Map, or a $HSet/$HMap when keys compare by Equals.</summary>
        Expr KeyedLiteral(INamedTypeSymbol t, bool set, Expr items) =>
            Bcl.KeyEquality.ByValue(t.TypeArguments[0]) || slotOrder.Needs(t)
                ? new New(Ident(set ? "$HSet" : "$HMap"), Kw.Null, items)
                : new New(Ident(set ? "Set" : "Map"), items);

        Expr ConditionalAccess(IConditionalAccessOperation ca)
        {
            var recv = Expr(ca.Operation);
            bool simple = ca.Operation is ILocalReferenceOperation or IParameterReferenceOperation or IInstanceReferenceOperation;
            var name = simple ? recv : NewTemp();
            var saved = conditionalReceiver;
            conditionalReceiver = name;
            var whenNotNull = Expr(ca.WhenNotNull);
            conditionalReceiver = saved;
            var test = Bin("==", simple ? name : new Assign(name, recv), Kw.Null);
            return new Cond(test, Kw.Null, whenNotNull);
        }

        // ---------------------------------------------------------------- type tests and patterns

        static Expr TypeOfIs(Expr value, string type) => Bin("===", new Unary("typeof", value), new Str(type));

        Expr TypeTest(Expr value, ITypeSymbol t, IOperation at)
        {
            switch (t.SpecialType)
            {
                case SpecialType.System_String: return TypeOfIs(value, "string");
                case SpecialType.System_Boolean: return TypeOfIs(value, "boolean");
                case SpecialType.System_Object: return Bin("!=", value, Kw.Null);
                case SpecialType.System_ValueType: return H("$isValue", value);
                case SpecialType.System_Enum: return H("$isEnum", value);
            }
            if (t.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T) return TypeTest(value, Underlying(t)!, at);
            // Boxes, reified type parameters and library interfaces: the run-time type answers.
            if (NeedsRuntimeTest(t)) return new Call(Dot(TypeOf(t), "i"), TestInput(value, at));
            if (t is INamedTypeSymbol nt)
            {
                if (IsObjectLiteral(nt)) { Error("CSX2018", at, "[ObjectLiteral] types have no run-time type; 'is'/'as' on them cannot work"); return Kw.False; }
                if (nt.TypeKind == TypeKind.Interface)
                {
                    var brand = Brand(nt);
                    UseType(nt);
                    if (!IsSource(nt) && nt.IsGenericType && collectionTags.Active) return TaggedCollectionTest(value, nt, brand);
                    if (!IsSource(nt) && LibraryInterfaceKinds(nt) is { } lib) return H("$isI", value, new Str(brand), new Str(lib.Kinds), new ArrayLit(lib.Boxes.Select(b => (Expr)new Str(b))));
                    return Bin("&&", Bin("!=", value, Kw.Null), Bin("===", Dot(value, brand), Kw.True));
                }
                if (nt.TypeKind == TypeKind.Enum || nt.TypeKind == TypeKind.Struct && !IsSource(nt))
                {
                    Error("CSX2005", at, $"'is {t.ToDisplayString()}' cannot be decided at run time; use typed code");
                    return Kw.False;
                }
                if (nt.TypeKind == TypeKind.Delegate) return TypeOfIs(value, "function");
                if (collectionTags.Active && (Reach.CollectionTags.IsCollection(nt) || nt.SpecialType == SpecialType.System_Array))
                    return TaggedCollectionTypeTest(value, nt, TypeRef(nt, at), at);
                return Bin("instanceof", value, IsSource(nt) ? ClassRef(nt) : TypeRef(nt, at));
            }
            if (t is IArrayTypeSymbol { Rank: 1 } && collectionTags.Active) return TaggedCollectionTypeTest(value, t, Ident("Array"), at);
            if (t is IArrayTypeSymbol) return new Call(Dot(Ident("Array"), "isArray"), value);
            Error("CSX2001", at, $"'is {t.ToDisplayString()}' needs run-time types");
            return Kw.False;
        }

        static Location? TypeSyntaxOf(IOperation at) => at.Syntax switch
        {
            BinaryExpressionSyntax b => b.Right.GetLocation(),
            IsPatternExpressionSyntax ip => ip.Pattern.GetLocation(),
            _ => null,
        };

        /// <summary>A simple expression for the pattern's input (a temp if it has side effects).</summary>
        Expr PatternInput(IOperation value)
        {
            var v = Expr(value);
            if (value is ILocalReferenceOperation or IParameterReferenceOperation { Parameter.RefKind: RefKind.None } or IInstanceReferenceOperation) return v;
            var t = NewTemp();
            // The first use of a temp input assigns it; later uses read it.
            firstUse[t] = new Assign(t, v);
            return t;
        }

        readonly Dictionary<Expr, Expr> firstUse = new(ReferenceEqualityComparer.Instance);

        Expr Use1(Expr input)
        {
            if (firstUse.Remove(input, out var first)) return first;
            return input;
        }

        /// <summary>`(x, true)`: evaluates a temp's first assignment where the test itself is always true.</summary>
        static Expr TrueAfter(Expr inp, Expr input) => ReferenceEquals(inp, input) ? Kw.True : new Seq(inp, Kw.True);

        static Expr AndAll(List<Expr> conds) => conds.Count == 0 ? Kw.True : conds.Aggregate(And);

        /// <summary>a && b, where a test that is always true drops out.</summary>
        static Expr And(Expr a, Expr b) => a is Kw { Word: "true" } ? b : b is Kw { Word: "true" } ? a : Bin("&&", a, b);

        Expr PatternTest(IPatternOperation p, Expr input, ITypeSymbol? inputType)
        {
            switch (p)
            {
                case IConstantPatternOperation c:
                    {
                        var v = Expr(c.Value);
                        if (IsNull(v)) return Bin("==", Use1(input), Kw.Null);
                        // A boxed input matches a constant of its own type only (Color.Red is not 0).
                        var cv = c.Value is IConversionOperation cc && cc.GetConversion().IsBoxing ? cc.Operand : c.Value;
                        if (reified.Boxes && cv.Type is { } ct && NeedsBox(ct) && inputType is { IsValueType: false })
                            return H("$cpat", Use1(input), TypeOf(ct), Expr(cv));
                        if (IsFloating(c.Value.Type) && v is Id { Name: "NaN" }) return new Call(Dot(Ident("Number"), "isNaN"), Use1(input));
                        return Bin("===", Use1(input), v);
                    }
                case IRelationalPatternOperation r:
                    {
                        var inp = Use1(input);
                        var rhs = Expr(r.Value);
                        if (inputType != null && (inputType.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T || !inputType.IsValueType))
                            return Bin("&&", Bin("!=", inp, Kw.Null), Bin(RelOp(r.OperatorKind), input, rhs));
                        return Bin(RelOp(r.OperatorKind), inp, rhs);
                    }
                case IDeclarationPatternOperation d:
                    {
                        var target = d.DeclaredSymbol != null ? LocalName(d.DeclaredSymbol) : null;
                        if (target != null) pending.Add(target);
                        var matched = d.MatchedType ?? d.InputType;
                        bool needsTest = !(d.MatchesNull) && !(SymbolEqualityComparer.Default.Equals(matched, inputType) && inputType!.IsValueType && inputType.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T);
                        var inp = Use1(input);
                        Expr test = needsTest
                            ? (matched != null && !SymbolEqualityComparer.Default.Equals(matched, inputType) || inputType?.IsReferenceType == true || inputType?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
                                ? (matched != null && !SymbolEqualityComparer.Default.Equals(Underlying(matched), Underlying(inputType)) ? TypeTest(inp, matched, p) : Bin("!=", inp, Kw.Null))
                                : Kw.True)
                            : TrueAfter(inp, input);
                        if (target == null) return test;
                        return And(test, new Seq(new Assign(Ident(target), PatternValue(input, matched, inputType)), Kw.True));
                    }
                case ITypePatternOperation tp:
                    return TypeTest(Use1(input), tp.MatchedType, p);
                case IDiscardPatternOperation:
                    return TrueAfter(Use1(input), input);
                case INegatedPatternOperation n:
                    return Not(PatternTest(n.Pattern, input, inputType));
                case IBinaryPatternOperation bp:
                    {
                        var l = PatternTest(bp.LeftPattern, input, inputType);
                        var r = PatternTest(bp.RightPattern, input, bp.LeftPattern.NarrowedType ?? inputType);
                        return bp.OperatorKind == BinaryOperatorKind.Or ? Bin("||", l, r) : And(l, r);
                    }
                case IRecursivePatternOperation rp:
                    {
                        var conds = new List<Expr>();
                        var matched = rp.MatchedType;
                        var inp = Use1(input);
                        if (matched != null && !SymbolEqualityComparer.Default.Equals(Underlying(matched), Underlying(inputType)) && matched.SpecialType != SpecialType.System_Object)
                            conds.Add(TypeTest(inp, matched, p));
                        else if (inputType == null || !inputType.IsValueType || inputType.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
                            conds.Add(Bin("!=", inp, Kw.Null));
                        else if (!ReferenceEquals(inp, input)) conds.Add(new Seq(inp, Kw.True));
                        if (rp.DeconstructionSubpatterns.Length > 0)
                        {
                            if (rp.DeconstructSymbol != null && !(matched?.IsTupleType ?? false))
                            {
                                // Positional pattern on a record/class: call Deconstruct into boxes.
                                var boxes = rp.DeconstructionSubpatterns.Select(_ => NewTemp()).ToList();
                                var m = (IMethodSymbol)rp.DeconstructSymbol;
                                Use(m);
                                conds.Add(new Seq(new Call(Dot(input, "Deconstruct"), boxes.Select(b => (Expr)new Assign(b, EmptyBox()))), Kw.True));
                                for (int i = 0; i < boxes.Count; i++)
                                    conds.Add(PatternTest(rp.DeconstructionSubpatterns[i], Dot(boxes[i], "v"), m.Parameters[i].Type));
                            }
                            else
                            {
                                var elems = (matched as INamedTypeSymbol)?.TupleElements;
                                for (int i = 0; i < rp.DeconstructionSubpatterns.Length; i++)
                                    conds.Add(PatternTest(rp.DeconstructionSubpatterns[i], new Subscript(input, Int(i)), elems?[i].Type));
                            }
                        }
                        foreach (var prop in rp.PropertySubpatterns)
                        {
                            Expr access;
                            ITypeSymbol? memberType;
                            switch (prop.Member)
                            {
                                case IPropertyReferenceOperation pr:
                                    access = PropertyAccessOn(input, pr.Property); memberType = pr.Property.Type; break;
                                case IFieldReferenceOperation fr:
                                    if (fr.Field.ContainingType.IsTupleType)
                                        access = new Subscript(input, Int(fr.Field.ContainingType.TupleElements.IndexOf(fr.Field.CorrespondingTupleField ?? fr.Field)));
                                    else { Use(fr.Field); access = Dot(input, IsSource(fr.Field) ? names.MemberName(fr.Field) : Naming.ExternalMemberName(fr.Field)); }
                                    memberType = fr.Field.Type; break;
                                default:
                                    Error("CSX1002", prop, "unsupported property pattern"); access = input; memberType = null; break;
                            }
                            conds.Add(PatternTest(prop.Pattern, access, memberType));
                        }
                        if (rp.DeclaredSymbol != null)
                        {
                            var n = LocalName(rp.DeclaredSymbol);
                            pending.Add(n);
                            conds.Add(new Seq(new Assign(Ident(n), input), Kw.True));
                        }
                        return AndAll(conds);
                    }
                case IListPatternOperation lp:
                    return ListPattern(lp, input, inputType);
            }
            Error("CSX1002", p, $"pattern '{p.Kind}' is not supported");
            return Kw.False;
        }

        /// <summary>[p0, .., pk]: the input is not null, its length fits (exactly, or at least the fixed
        /// elements with a slice), then each element pattern from the start or the end, the slice last.</summary>
        Expr ListPattern(IListPatternOperation lp, Expr input, ITypeSymbol? inputType)
        {
            var type = lp.InputType;
            var inp = Use1(input);
            var conds = new List<Expr>();
            if (!type.IsValueType) conds.Add(Bin("!=", inp, Kw.Null));
            else if (!ReferenceEquals(inp, input)) conds.Add(new Seq(inp, Kw.True));
            var length = lp.LengthSymbol as IPropertySymbol;
            var indexer = lp.IndexerSymbol as IPropertySymbol;
            bool native = type is IArrayTypeSymbol || type.SpecialType == SpecialType.System_String || IsGenericList(type) || length == null || !IsSource(length);
            Expr Len() => native ? Dot(input, "length") : PropertyAccessOn(input, length!);
            int sliceAt = lp.Patterns.IndexOf(lp.Patterns.FirstOrDefault(q => q is ISlicePatternOperation)!);
            int fixedCount = lp.Patterns.Length - (sliceAt >= 0 ? 1 : 0);
            conds.Add(Bin(sliceAt >= 0 ? ">=" : "===", Len(), Int(fixedCount)));
            var elementType = type is IArrayTypeSymbol at ? at.ElementType : type.SpecialType == SpecialType.System_String ? compilation.GetSpecialType(SpecialType.System_Char) : indexer?.Type;
            for (int i = 0; i < lp.Patterns.Length; i++)
            {
                var q = lp.Patterns[i];
                if (q is ISlicePatternOperation sp)
                {
                    if (sp.Pattern == null) continue;
                    // The slice is a copy (string, array or List), as C# makes it.
                    var sliceType = (sp.Pattern as IPatternOperation)?.InputType ?? type;
                    var rest = lp.Patterns.Length - i - 1;
                    conds.Add(PatternTest(sp.Pattern, new Call(Dot(input, "slice"), Int(i), Bin("-", Len(), Int(rest))), sliceType));
                    continue;
                }
                Expr off = sliceAt >= 0 && i > sliceAt ? Bin("-", Len(), Int(lp.Patterns.Length - i)) : Int(i);
                Expr element = native && type.SpecialType != SpecialType.System_String ? new Subscript(input, off) : ElementAt(input, type, indexer, off);
                conds.Add(PatternTest(q, element, elementType));
            }
            if (lp.DeclaredSymbol != null)
            {
                var n = LocalName(lp.DeclaredSymbol);
                pending.Add(n);
                conds.Add(new Seq(new Assign(Ident(n), input), Kw.True));
            }
            return AndAll(conds);
        }

        static Expr EmptyBox() => new ObjectLit(new[] { Prop.Init("v", Kw.Null) });

        Expr PropertyAccessOn(Expr input, IPropertySymbol prop)
        {
            if (IsSource(prop)) { Use(prop); return Dot(input, names.MemberName(prop)); }
            if (Naming.IsExternal(prop)) return Dot(input, Naming.ExternalMemberName(prop));
            var id = prop.OriginalDefinition.GetDocumentationCommentId() ?? "";
            if (Bcl.BclMap.TryGetTemplate(id, out var tpl)) return ExpandTemplate(tpl, prop, () => input, new List<TemplateArg>(), null);
            Unmapped(null, prop, id);
            return input;
        }

        Expr SwitchExpression(ISwitchExpressionOperation se)
        {
            var input = PatternInput(se.Value);
            // The subject's temp is assigned once, before the first arm: (t = value, arms).
            Expr? prefix = firstUse.Remove(input, out var fu) ? fu : null;
            var arms = new List<(Expr test, Expr value)>();
            Expr? last = null;
            foreach (var arm in se.Arms)
            {
                var test = PatternTest(arm.Pattern, input, se.Value.Type);
                if (arm.Guard != null) test = Bin("&&", test, Expr(arm.Guard));
                var value = Expr(arm.Value);
                if (test is Kw { Word: "true" }) { last = value; break; }
                arms.Add((test, value));
            }
            var result = last ?? H("$throw", new New(Ident("$SwitchExpressionException")));
            for (int i = arms.Count - 1; i >= 0; i--) result = new Cond(arms[i].test, arms[i].value, result);
            return prefix != null ? new Seq(prefix, result) : result;
        }

        // ---------------------------------------------------------------- tuples, deconstruction, records

        /// <summary>The value being deconstructed: a tuple as is, or a Deconstruct(out...) call's boxes as an array.</summary>
        Expr? DeconstructionSource(IDeconstructionAssignmentOperation da)
        {
            var value = da.Value;
            if (value.Type?.IsTupleType == true || value is ITupleOperation) return Expr(value);
            // A KeyValuePair is already its [key, value] array.
            if (value.Type?.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.KeyValuePair<TKey, TValue>") return Expr(value);
            // A type with Deconstruct(out a, out b): fill boxes, then destructure them.
            var target = da.Target is IDeclarationExpressionOperation d0 ? d0.Expression : da.Target;
            int n = target is ITupleOperation tt ? tt.Elements.Length : 0;
            var m = value.Type?.GetMembers("Deconstruct").OfType<IMethodSymbol>().FirstOrDefault(x => x.Parameters.Length == n);
            if (m == null) { Error("CSX1002", da, "deconstruction needs a tuple or a Deconstruct method"); return null; }
            Use(m);
            var tmp = NewTemp();
            var boxes = Enumerable.Range(0, n).Select(_ => NewTemp()).ToList();
            return new Seq(new Assign(tmp, Expr(value)),
                new Call(Dot(tmp, "Deconstruct"), boxes.Select(b => (Expr)new Assign(b, EmptyBox()))),
                new ArrayLit(boxes.Select(b => (Expr)Dot(b, "v"))));
        }

        /// <summary>A deconstruction used as a statement: `let [a, b] = ...` where it declares all its targets.</summary>
        Stmt DeconstructionStatement(IDeconstructionAssignmentOperation da)
        {
            if (da.Target is IDeclarationExpressionOperation de)
            {
                var rhs = DeconstructionSource(da);
                return rhs == null ? new Empty() : new VarDecl("let", DestructurePattern(de.Expression), rhs);
            }
            if (da.Target is ITupleOperation tup && tup.Elements.All(e => e is IDeclarationExpressionOperation)
                && !tup.Elements.Any(e => e is IPropertyReferenceOperation or IArrayElementReferenceOperation))
            {
                var rhs = DeconstructionSource(da);
                return rhs == null ? new Empty() : new VarDecl("let", DestructurePattern(tup), rhs);
            }
            return new ExprStmt(Deconstruction(da));
        }

        Expr Deconstruction(IDeconstructionAssignmentOperation da)
        {
            var rhs = DeconstructionSource(da);
            if (rhs == null) return Kw.Null;
            if (da.Target is IDeclarationExpressionOperation de)
            {
                var pat = DestructurePattern(de.Expression);
                DeclareAll(de.Expression);
                return new Assign(pat, rhs);
            }
            if (da.Target is ITupleOperation tupP && tupP.Elements.Any(e => e is IPropertyReferenceOperation or IArrayElementReferenceOperation))
            {
                // Targets such as list[i] or properties cannot be destructuring targets: assign one by one.
                var tmp = NewTemp();
                var parts = new List<Expr> { new Assign(tmp, rhs) };
                for (int i = 0; i < tupP.Elements.Length; i++)
                    if (tupP.Elements[i] is not IDiscardOperation) parts.Add(AssignTo(tupP.Elements[i], new Subscript(tmp, Int(i))));
                return new Seq(parts);
            }
            if (da.Target is ITupleOperation tup)
            {
                foreach (var e in tup.Elements) if (e is IDeclarationExpressionOperation d) DeclareAll(d);
                return new Assign(DestructurePattern(tup), rhs);
            }
            return new Assign(Expr(da.Target), rhs);
        }

        Expr TupleEquality(ITupleBinaryOperation tb)
        {
            var a = NewTemp(); var b = NewTemp();
            var n = (tb.LeftOperand.Type as INamedTypeSymbol)?.TupleElements.Length ?? 0;
            var eqs = Enumerable.Range(0, n).Select(i => (Expr)H("$eq", new Subscript(a, Int(i)), new Subscript(b, Int(i)))).ToList();
            var all = new Seq(new Assign(a, Expr(tb.LeftOperand)), new Assign(b, Expr(tb.RightOperand)), AndAll(eqs));
            return tb.OperatorKind == BinaryOperatorKind.NotEquals ? Not(all) : all;
        }

        Expr WithExpression(IWithOperation wo)
        {
            var tmp = NewTemp();
            var parts = new List<Expr> { new Assign(tmp, IsUserStruct(wo.Operand.Type) ? new Call(Dot(Expr(wo.Operand), "$copy")) : H("$clone", Expr(wo.Operand))) };
            var outerReceiver = saveReceiver;
            foreach (var init in wo.Initializer.Initializers)
            {
                saveReceiver = tmp;
                if (init is ISimpleAssignmentOperation sa && sa.Target is IPropertyReferenceOperation pr)
                    parts.Add(new Assign(PropertyAccessOn(tmp, pr.Property), Expr(sa.Value)));
                else if (init is ISimpleAssignmentOperation sa2 && sa2.Target is IFieldReferenceOperation fr && fr.Field.ContainingType.IsTupleType)
                    parts.Add(new Assign(new Subscript(tmp, Int(fr.Field.ContainingType.TupleElements.IndexOf(fr.Field.CorrespondingTupleField ?? fr.Field))), Expr(sa2.Value)));
                saveReceiver = outerReceiver;
            }
            parts.Add(tmp);
            return new Seq(parts);
        }
    }
}
