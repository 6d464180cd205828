using System;
using System.Collections.Generic;
using System.Globalization;
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
        Expr? conditionalReceiver;

        /// <summary>Operations already evaluated into temps (the parts of a read-modify-write target).</summary>
        readonly Dictionary<IOperation, Expr> evaluated = new();

        Expr Expr(IOperation op, bool statement = false)
        {
            var e = ExprCore(op, statement);
            return IsUserStruct(op.Type) ? CopyStruct(op, e) : e;
        }

        Expr ExprCore(IOperation op, bool statement)
        {
            if (evaluated.TryGetValue(op, out var done)) return done;
            if (op.ConstantValue.HasValue && op is not (IDefaultValueOperation or IInterpolatedStringOperation) && op.Type?.TypeKind != TypeKind.Enum)
                return Constant(op.ConstantValue.Value, op.Type);
            if (op.ConstantValue.HasValue && op.Type?.TypeKind == TypeKind.Enum) return EnumConstant((INamedTypeSymbol)op.Type, op.ConstantValue.Value);
            switch (op)
            {
                case ILiteralOperation lit: return Constant(lit.ConstantValue.HasValue ? lit.ConstantValue.Value : null, lit.Type);
                case ILocalReferenceOperation l:
                    if (l.Local.IsRef) Error("CSX2009", op, "ref locals are not supported");
                    return Ident(LocalName(l.Local));
                case IParameterReferenceOperation p:
                    {
                        var r = LocalRef(p.Parameter);
                        return p.Parameter.RefKind is RefKind.Ref or RefKind.Out ? Dot(r, "v") : r;
                    }
                case IInstanceReferenceOperation ir:
                    return ir.ReferenceKind == InstanceReferenceKind.ImplicitReceiver && saveReceiver != null ? saveReceiver : Kw.This;
                case IFieldReferenceOperation f: return FieldRef(f);
                case IPropertyReferenceOperation p: return PropertyGet(p);
                case IEventReferenceOperation e: return Member(e.Instance, e.Event);
                case IMethodReferenceOperation mr: return MethodGroup(mr);
                case IInvocationOperation inv: return Invocation(inv);
                case IObjectCreationOperation oc: return ObjectCreation(oc);
                case IAnonymousObjectCreationOperation ao: return AnonymousObject(ao);
                case IArrayCreationOperation ac: return ArrayCreation(ac);
                case IArrayElementReferenceOperation ae:
                    if (ae.Indices.Length != 1) return H("$mdi", new[] { Expr(ae.ArrayReference) }.Concat(ae.Indices.Select(i => Expr(i))).ToArray());
                    if (ae.Indices[0] is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } hat) return FromEnd(ae.ArrayReference, hat.Operand, isString: false);
                    if (ae.Indices[0] is IRangeOperation range) return Slice(ae.ArrayReference, range);
                    if (IsIndexType(ae.Indices[0].Type)) return IndexValueAccess(ae.ArrayReference, ae.Indices[0], null, null);
                    if (IsRangeType(ae.Indices[0].Type)) return H("$rslice", Expr(ae.ArrayReference), Expr(ae.Indices[0]));
                    if (inBounds.Contains(ae)) return new Subscript(Expr(ae.ArrayReference), Expr(ae.Indices[0]));
                    return H("$ai", Expr(ae.ArrayReference), Expr(ae.Indices[0]));
                case IImplicitIndexerReferenceOperation { Argument: IRangeOperation range2 } ii2 when !IsUserIndexable(ii2.Instance.Type):
                    return Slice(ii2.Instance, range2);
                case IImplicitIndexerReferenceOperation ii when ii.Argument is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } hat2 && !IsUserIndexable(ii.Instance.Type):
                    return FromEnd(ii.Instance, hat2.Operand, isString: ii.Instance.Type?.SpecialType == SpecialType.System_String);
                case IImplicitIndexerReferenceOperation ii3 when IsRangeType(ii3.Argument.Type):
                    return H("$rslice", Expr(ii3.Instance), Expr(ii3.Argument), Kw.Bool(IsGenericList(ii3.Instance.Type)));
                case IImplicitIndexerReferenceOperation ii4:
                    return IndexValueAccess(ii4.Instance, ii4.Argument, ii4.LengthSymbol as IPropertySymbol, ii4.IndexerSymbol as IPropertySymbol);
                case ISimpleAssignmentOperation sa: return Assignment(sa, statement);
                case ICompoundAssignmentOperation ca: return CompoundAssignment(ca);
                case IIncrementOrDecrementOperation inc: return IncDec(inc, statement);
                case IBinaryOperation b: return Binary(b);
                case IUnaryOperation u: return Unary(u);
                case IConversionOperation c: return Conversion(c);
                case IConditionalOperation c:
                    return new Cond(Expr(c.Condition), Expr(c.WhenTrue!), Expr(c.WhenFalse!));
                case ICoalesceOperation co:
                    return Bin("??", Expr(co.Value), Expr(co.WhenNull));
                case ICoalesceAssignmentOperation cas:
                    {
                        var target = Expr(cas.Target);
                        return Bin("??", target, AssignTo(cas.Target, Expr(cas.Value)));
                    }
                case IConditionalAccessOperation ca: return ConditionalAccess(ca);
                case IConditionalAccessInstanceOperation: return conditionalReceiver ?? Kw.Null;
                case IInterpolatedStringOperation isop: return Interpolation(isop);
                case IInterpolatedStringHandlerCreationOperation { Content: IInterpolatedStringOperation hcs }: return Interpolation(hcs);
                case IIsTypeOperation it:
                    {
                        var test = TypeTest(Expr(it.ValueOperand), it.TypeOperand, it);
                        return it.IsNegated ? Not(test) : test;
                    }
                case IIsPatternOperation ip:
                    return PatternTest(ip.Pattern, PatternInput(ip.Value), ip.Value.Type);
                case ISwitchExpressionOperation se: return SwitchExpression(se);
                case IDelegateCreationOperation dc: return DelegateCreation(dc);
                case IAnonymousFunctionOperation af: return Lambda(af);
                case IAwaitOperation aw:
                    if (reified.Tasks) return new Yield(Expr(aw.Operation));
                    if (aw.Operation is IInvocationOperation { TargetMethod.Name: "WhenAny", TargetMethod.ContainingType.Name: "Task" })
                        return new Subscript(new Unary("await", Expr(aw.Operation)), Int(0));
                    return new Unary("await", Expr(aw.Operation));
                case ITupleOperation tup: return new ArrayLit(tup.Elements.Select(e => Expr(e)));
                case IDeconstructionAssignmentOperation da: return Deconstruction(da);
                case IDefaultValueOperation dv: return DefaultValue(dv.Type);
                case ITypeOfOperation to: return TypeOf(to.TypeOperand);
                case ITypeParameterObjectCreationOperation tc: return NewOfTypeParam(tc);
                case INameOfOperation no: return Constant(no.ConstantValue.Value, no.Type);
                case IThrowOperation th:
                    return H("$throw", th.Exception == null ? (fn.CatchVars.Count > 0 ? Ident(fn.CatchVars.Peek()) : Kw.Null) : Expr(StripImplicit(th.Exception)));
                case IParenthesizedOperation po: return Expr(po.Operand);
                case IDeclarationExpressionOperation de: return DeclarationExpression(de);
                case IDiscardOperation: return NewTemp();
                case IObjectOrCollectionInitializerOperation: Error("CSX1002", op, "initializer outside creation"); return Kw.Null;
                case ITupleBinaryOperation tb: return TupleEquality(tb);
                case IWithOperation wo: return WithExpression(wo);
                case ICollectionExpressionOperation ce: return CollectionExpression(ce);
                case ISizeOfOperation: Error("CSX2009", op, "sizeof is not supported"); return Int(0);
                case IEventAssignmentOperation ea: return EventAssignment(ea);
                case IRangeOperation ro:
                    // A Range value: [start, end] as encoded Index values (an open start is 0, an open end ^0).
                    return new ArrayLit(new[] { ro.LeftOperand == null ? Int(0) : Expr(ro.LeftOperand), ro.RightOperand == null ? new Num(-1) : Expr(ro.RightOperand) });
                case IDynamicInvocationOperation or IDynamicMemberReferenceOperation or IDynamicObjectCreationOperation or IDynamicIndexerAccessOperation:
                    Error("CSX2010", op, "'dynamic' is not supported: declare a binding type instead");
                    return Kw.Null;
                case IExpressionStatementOperation es: return Expr(es.Operation, statement);
                case ITranslatedQueryOperation tq: return Expr(tq.Operation);
                case IInvalidOperation:
                    return Kw.Null;
            }
            Error("CSX1002", op, $"expression '{op.Kind}' is not supported by cs2js");
            return Kw.Null;
        }

        /// <summary>xs[^n] (s[^n] reads a char code): the receiver is evaluated once.</summary>
        Expr FromEnd(IOperation receiver, IOperation n, bool isString)
        {
            var r = Expr(receiver);
            bool simple = receiver is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation };
            Expr name = simple ? r : NewTemp();
            Expr first = simple ? r : new Assign(name, r);
            var index = Bin("-", Dot(name, "length"), Expr(n));
            return isString ? new Call(Dot(first, "charCodeAt"), index) : new Subscript(first, index);
        }

        static bool IsIndexType(ITypeSymbol? t) => t?.ToDisplayString() == "System.Index";
        static bool IsRangeType(ITypeSymbol? t) => t?.ToDisplayString() == "System.Range";
        static bool IsGenericList(ITypeSymbol? t) => t?.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.List<T>";

        /// <summary>A source type indexed through its own Count/Length and this[int] (ring[^1]).</summary>
        static bool IsUserIndexable(ITypeSymbol? t) => t is INamedTypeSymbol nt && IsSource(nt);

        /// <summary>xs[i] with an Index (^n or an Index value) on an array, string, List or a type with
        /// Count/Length and an int indexer: the receiver is evaluated once, the offset computed from its length.</summary>
        Expr IndexValueAccess(IOperation receiver, IOperation index, IPropertySymbol? length, IPropertySymbol? indexer)
        {
            var r = Expr(receiver);
            bool simple = receiver is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation };
            Expr name = simple ? r : NewTemp();
            Expr first = simple ? r : new Assign(name, r);
            var type = receiver.Type;
            Expr Length(Expr on) => length != null && !(type is IArrayTypeSymbol || type?.SpecialType == SpecialType.System_String || IsGenericList(type)) ? PropertyAccessOn(on, length) : Dot(on, "length");
            var ix = StripImplicit(index);
            Expr offset = ix is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } hat
                ? Bin("-", Length(first), Expr(hat.Operand))
                : H("$ixo", Expr(index), Length(first));
            return ElementAt(name, type, indexer, offset);
        }

        /// <summary>Element `off` of a sequence the program indexes (array, string, List, a source indexer, a BCL indexer).</summary>
        Expr ElementAt(Expr on, ITypeSymbol? type, IPropertySymbol? indexer, Expr off)
        {
            if (type?.SpecialType == SpecialType.System_String) return new Call(Dot(on, "charCodeAt"), off);
            if (type is IArrayTypeSymbol || indexer == null || IsGenericList(type)) return new Subscript(on, off);
            if (IsSource(indexer)) { Use(indexer); return new Call(Dot(on, "get" + names.MemberName(indexer)), off); }
            if (!Naming.IsExternal(indexer) && TryBclTemplate(indexer, out var tpl))
                return ExpandTemplate(tpl, indexer, () => on, new List<TemplateArg> { TemplateArg.Of(off, indexer.Parameters[0].Type) }, null);
            return new Subscript(on, off);
        }

        /// <summary>xs[a..b]: a copy of the slice (a new string, array or List), bounds checked as .NET does.</summary>
        Expr Slice(IOperation receiver, IRangeOperation range)
        {
            var args = new List<Expr> { Expr(receiver) };
            foreach (var end in new[] { range.LeftOperand, range.RightOperand })
            {
                var e = end == null ? null : StripImplicit(end);
                if (e == null) { args.Add(Int(0)); args.Add(Kw.Bool(end != range.LeftOperand)); }
                else if (e is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } hat) { args.Add(Expr(hat.Operand)); args.Add(Kw.True); }
                else { args.Add(Expr(e)); args.Add(Kw.False); }
            }
            // Each bound is (value, fromEnd): an open start is (0, false), an open end (0, true), i.e. ^0.
            // List.Slice reports a slice past the end as ArgumentException, strings and arrays as out of range.
            if (receiver.Type?.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.List<T>") args.Add(Kw.True);
            return H("$slice", args.ToArray());
        }

        static IOperation StripImplicit(IOperation op)
        {
            while (op is IConversionOperation { IsImplicit: true } c) op = c.Operand;
            return op;
        }

        // ---------------------------------------------------------------- constants

        Expr Constant(object? value, ITypeSymbol? type)
        {
            switch (value)
            {
                case null: return Kw.Null;
                case string s: return new Str(s);
                case bool b: return Kw.Bool(b);
                case char c: return Int(c);
                case double d: return NumberLiteral(d);
                case float f: return NumberLiteral(f);
                case decimal m: return DecimalConstant(m);
                case ulong or long: return LongConstant(value);
                case IFormattable i: return new Num(i.ToString(null, CultureInfo.InvariantCulture));
            }
            return new Id(value.ToString() ?? "null");
        }

        static Expr NumberLiteral(double d)
        {
            if (double.IsNaN(d)) return new Id("NaN");
            if (double.IsPositiveInfinity(d)) return new Id("Infinity");
            if (double.IsNegativeInfinity(d)) return new Unary("-", new Id("Infinity"));
            if (d == 0 && double.IsNegative(d)) return new Unary("-", new Num("0"));
            return new Num(d.ToString("R", CultureInfo.InvariantCulture));
        }

        readonly HashSet<INamedTypeSymbol> enumObjects = new(SymbolEqualityComparer.Default);

        Expr EnumConstant(INamedTypeSymbol enumType, object? value)
        {
            var emit = EnumEmit(enumType);
            if (emit != 0)
            {
                var member = enumType.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, value));
                return new Str(member == null ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "" : EnumMemberString(member, emit));
            }
            return Constant(value, enumType.EnumUnderlyingType);
        }

        static int EnumEmit(INamedTypeSymbol enumType)
        {
            var a = Attr.Find(enumType, "Js.EnumAttribute");
            return a == null ? 0 : (int)a.ConstructorArguments[0].Value!;
        }

        static string EnumMemberString(IFieldSymbol f, int emit)
        {
            var n = Attr.String(f, "Js.NameAttribute");
            if (n != null) return n;
            return emit switch
            {
                2 => f.Name.ToLowerInvariant(),
                3 => f.Name.Length > 0 ? char.ToLowerInvariant(f.Name[0]) + f.Name.Substring(1) : f.Name,
                4 => f.Name.ToUpperInvariant(),
                _ => f.Name,
            };
        }

        Expr EnumObject(INamedTypeSymbol t) =>
            new ObjectLit(t.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue)
                .Select(f => Prop.Init(f.Name, Constant(f.ConstantValue, t.EnumUnderlyingType))));

        Expr EnumRef(INamedTypeSymbol t)
        {
            t = t.OriginalDefinition;
            // A library enum (DayOfWeek...) has no declaration in the bundle: spell its names inline.
            if (!IsSource(t)) return EnumObject(t);
            UseType(t);
            enumObjects.Add(t);
            return Ident(names.TypeName(t));
        }

        Expr DefaultValue(ITypeSymbol? t)
        {
            if (t == null) return Kw.Null;
            if (t is ITypeParameterSymbol tp)
            {
                if (tp.HasReferenceTypeConstraint || tp.ConstraintTypes.Any(c => c.IsReferenceType)) return Kw.Null;
                // A reified T knows its default (0, false, null…); an erased one was never observed.
                return IsKnownTypeParam(tp) ? Dot(TypeOf(tp), "d") : Kw.Null;
            }
            if (t.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T) return Kw.Null;
            if (t.TypeKind == TypeKind.Enum)
            {
                var nt = (INamedTypeSymbol)t;
                return EnumEmit(nt) != 0 ? EnumConstant(nt, Convert.ChangeType(0, nt.EnumUnderlyingType!.SpecialType == SpecialType.System_Int32 ? typeof(int) : typeof(long), CultureInfo.InvariantCulture)) : Int(0);
            }
            switch (t.SpecialType)
            {
                case SpecialType.System_Boolean: return Kw.False;
                case SpecialType.System_Char:
                case SpecialType.System_SByte: case SpecialType.System_Byte:
                case SpecialType.System_Int16: case SpecialType.System_UInt16:
                case SpecialType.System_Int32: case SpecialType.System_UInt32:
                case SpecialType.System_Int64: case SpecialType.System_UInt64:
                case SpecialType.System_Single: case SpecialType.System_Double:
                    return Int(0);
                case SpecialType.System_Decimal:
                    return DecimalConstant(0m);
            }
            if (IsBigInteger(t)) return new Num("0n");
            if (t.IsTupleType && t is INamedTypeSymbol tt) return new ArrayLit(tt.TupleElements.Select(e => DefaultValue(e.Type)));
            if (IsUserStruct(t)) return StructDefault((INamedTypeSymbol)t);
            if (t.ToDisplayString() == "System.TimeSpan") return Int(0);
            if (t.SpecialType == SpecialType.System_DateTime && Bcl.BclMap.TryGetTemplate("F:System.DateTime.MinValue", out var minValue))
                return Templates.Parse(minValue, System.Array.Empty<string>()).Tree;
            return Kw.Null;
        }

        // ---------------------------------------------------------------- members

        Expr FieldRef(IFieldReferenceOperation f)
        {
            var field = f.Field;
            if (field.ContainingType.IsTupleType)
            {
                var idx = field.ContainingType.TupleElements.IndexOf((field.CorrespondingTupleField ?? field));
                if (idx < 0) idx = field.ContainingType.TupleElements.ToList().FindIndex(e => e.Name == field.Name || e.CorrespondingTupleField?.Name == field.Name);
                return new Subscript(Expr(f.Instance!), Int(idx));
            }
            if (field.HasConstantValue) return field.ContainingType.TypeKind == TypeKind.Enum ? EnumConstant(field.ContainingType, field.ConstantValue) : Constant(field.ConstantValue, field.Type);
            if (!IsSource(field) && !Naming.IsExternal(field)) return BclMember(f.Instance, field, null, f);
            return Member(f.Instance, field);
        }

        /// <summary>obj.member / Type.member for source, external and BCL members (fields, events, properties).</summary>
        Expr Member(IOperation? instance, ISymbol member, IOperation? at = null)
        {
            if (IsSource(member))
            {
                Use(member);
                if (member.IsStatic) return Dot((at != null ? StaticVia(at, member) : null) ?? StaticOwner(member.ContainingType, member), names.MemberName(member));
                return Dot(Receiver(instance), names.MemberName(member));
            }
            if (Naming.IsExternal(member))
            {
                var t = Attr.String(member, "Js.TemplateAttribute");
                if (t != null) return ExpandTemplate(t, member, ReceiverOf(instance), new List<TemplateArg>(), null);
                var jsName = Naming.ExternalMemberName(member);
                if (member.IsStatic)
                {
                    if (Attr.Has(member.ContainingType, "Js.GlobalMethodsAttribute")) return Ident(jsName);
                    return Dot(ExternalType(member.ContainingType), jsName);
                }
                return Dot(Receiver(instance), jsName);
            }
            return BclMember(instance, member, null);
        }

        /// <summary>The JS expression of an external type's [Name] (which may be dotted: chrome.storage.local).</summary>
        static Expr ExternalType(INamedTypeSymbol t) => JsParser.ParseExpression(Naming.ExternalTypeName(t));

        /// <summary>The receiver of a member access; `base.P` (a property or event of the base class) reads
        /// through `super`, so an override calling its base does not call itself.</summary>
        Expr Receiver(IOperation? instance) =>
            instance == null ? Kw.This
            : instance is IInstanceReferenceOperation { Syntax: BaseExpressionSyntax }
                && (instance.Parent is IPropertyReferenceOperation { Property: var bp } && !IsFieldLikeProperty(bp) || instance.Parent is IEventReferenceOperation { Event: var be } && !IsFieldLikeEvent(be)) ? Kw.Super
            : Expr(instance);

        /// <summary>A receiver lowered on first use only (a template may not mention {this}).</summary>
        Func<Expr>? ReceiverOf(IOperation? instance) => instance == null ? null : () => Expr(instance);

        Expr PropertyGet(IPropertyReferenceOperation p)
        {
            var prop = p.Property;
            if (prop.Name == "Value" && prop.ContainingType.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
                && p.Instance is { } nullable && HasValueHere(nullable))
                return Expr(nullable);
            if (prop.Name is "Name" or "FullName" && prop.ContainingType.ToDisplayString() is "System.Type" or "System.Reflection.MemberInfo"
                && p.Instance is IInvocationOperation { TargetMethod.Name: "GetType", Instance: { } obj })
            {
                var st = StripImplicit(obj).Type;
                // A value type's run-time type is its static type: known here (a double holding 42 is still Double).
                if (st is INamedTypeSymbol { IsValueType: true } vt && vt.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T)
                    return prop.Name == "Name" ? new Str(vt.MetadataName) : FullNameOf(vt);
                var v = BoxOfTypeParam(obj);
                // In a boxing program every other value type is boxed: a raw JS number is a double.
                if (reified.Boxes && st is not ITypeParameterSymbol && (st == null || !st.IsValueType))
                {
                    var tmp = NewTemp();
                    v = new Seq(new Assign(tmp, v), new Cond(TypeOfIs(tmp, "number"), new New(Ident("$Boxed"), new Expr[] { tmp, TypeOf(compilation.GetSpecialType(SpecialType.System_Double)) }), tmp));
                }
                if (collectionTags.Active) return prop.Name == "Name" ? H("$ctName", v) : H("$ctName", v, Kw.True);
                return H(prop.Name == "Name" ? "$typeName" : "$typeFullName", v);
            }
            if (IsSource(prop))
            {
                Use(prop);
                if (prop.IsIndexer)
                    return new Call(Dot(Receiver(p.Instance), "get" + names.MemberName(prop)), ArgList(p.Arguments, prop.GetMethod!));
                return Member(p.Instance, prop, p);
            }
            if (Naming.IsExternal(prop))
            {
                var tpl = Attr.String(prop, "Js.TemplateAttribute") ?? (prop.GetMethod != null ? Attr.String(prop.GetMethod, "Js.TemplateAttribute") : null);
                if (tpl != null) return ExpandTemplate(tpl, prop, ReceiverOf(p.Instance), OpArgs(p.Arguments), null);
                if (prop.IsIndexer) return new Subscript(Receiver(p.Instance), Expr(p.Arguments[0].Value));
                return Member(p.Instance, prop, p);
            }
            return GenericMathOp(p, prop, () => new Expr[0]) ?? BclMember(p.Instance, prop, p.Arguments.ToList(), p);
        }

        Expr BclMember(IOperation? instance, ISymbol member, List<IArgumentOperation>? args, IOperation? at = null)
        {
            var id = member.OriginalDefinition.GetDocumentationCommentId() ?? member.ToDisplayString();
            if (TryBclTemplate(member, out var tpl))
                return ExpandTemplate(tpl, member, ReceiverOf(instance), OpArgs(args ?? new List<IArgumentOperation>()), null);
            Unmapped(instance?.Syntax.Parent ?? null, member, id, at);
            return Kw.Null;
        }

        static bool TryBclTemplate(ISymbol member, out string tpl) => Bcl.Mapping.TryTemplate(member, out tpl);

        void Unmapped(SyntaxNode? node, ISymbol member, string id, IOperation? op = null) =>
            Error("CSX1001", Bcl.Mapping.MemberNameLocation(op?.Syntax ?? node) ?? currentLocation, Bcl.Mapping.UnmappedMessage(member, id));

        Location? currentLocation;

        Expr MethodGroup(IMethodReferenceOperation mr)
        {
            var m = mr.Method;
            if (m.MethodKind == MethodKind.LocalFunction) return Ident(LocalName(m.OriginalDefinition));
            if (IsSource(m))
            {
                Use(m);
                if (reified.IsReified(m) || m.IsStatic && reified.IsReified(m.ContainingType.OriginalDefinition))
                {
                    // A reified method as a delegate: its type arguments (and closed owner) bound now.
                    var owner = m.IsStatic ? StaticOwner(m.ContainingType) : Receiver(mr.Instance);
                    var rest = Ident("$a");
                    return new Arrow(new Expr[] { new Spread(rest) }, new Call(Dot(owner, names.MemberName(m)), TypeArgs(m).Append(new Spread(rest)).ToArray()));
                }
                if (m.IsStatic) return Dot(StaticOwner(m.ContainingType, m), names.MemberName(m));
                var recv = Receiver(mr.Instance);
                return H("$bind", recv, Dot(recv, names.MemberName(m)));
            }
            if (Naming.IsExternal(m) && Attr.String(m, "Js.TemplateAttribute") == null)
            {
                var jsName = Naming.ExternalMemberName(m);
                if (m.IsStatic) return Attr.Has(m.ContainingType, "Js.GlobalMethodsAttribute") ? Ident(jsName) : Dot(ExternalType(m.ContainingType), jsName);
                var recv = Receiver(mr.Instance);
                return H("$bind", recv, Dot(recv, jsName));
            }
            // A BCL method used as a delegate: wrap the call in an arrow.
            var ps = m.Parameters.Select((p, i) => (Expr)Ident("a" + i)).ToList();
            var id = m.OriginalDefinition.GetDocumentationCommentId() ?? "";
            if (Bcl.BclMap.TryGetTemplate(id, out var tpl))
            {
                var body = ExpandTemplate(tpl, m, ReceiverOf(mr.Instance), ps.Select((p, i) => TemplateArg.Of(p, m.Parameters[i].Type)).ToList(), null);
                return new Arrow(ps, body);
            }
            Unmapped(mr.Syntax, m, id, mr);
            return Kw.Null;
        }

        Expr DelegateCreation(IDelegateCreationOperation dc) => dc.Target switch
        {
            IAnonymousFunctionOperation af => Lambda(af),
            IMethodReferenceOperation mr => MethodGroup(mr),
            var other => Expr(other),
        };

        Expr Lambda(IAnonymousFunctionOperation af)
        {
            var m = af.Symbol;
            var savedFn = fn;
            fn = new Fn { Method = m, Parent = savedFn };
            var ps = Params(m.Parameters);
            var savedPending = pending; pending = new List<string>();
            Node body;
            var ops = af.Body.Operations;
            bool isExpressionBody = af.Syntax is LambdaExpressionSyntax { ExpressionBody: not null };
            var bodyPos = PosOf((af.Syntax as LambdaExpressionSyntax)?.ExpressionBody);
            if (isExpressionBody && ops.Length >= 1 && ops[0] is IReturnOperation { ReturnedValue: { } rv } && ops.Length <= 2)
            {
                var e = Expr(rv);
                body = pending.Count == 0 ? At(e, bodyPos) : new Block(LetTemps(pending), At(new Return(e), bodyPos));
            }
            else if (isExpressionBody && ops.Length >= 1 && ops[0] is IExpressionStatementOperation es && ops.Length <= 2)
            {
                var e = Expr(es.Operation, statement: true);
                if (pending.Count > 0) body = new Block(LetTemps(pending), At(new ExprStmt(e), bodyPos));
                // A void lambda whose body is a comma expression gets a block (no value to return).
                else if (m.ReturnsVoid && e.Prec < Prec.Assign) body = new Block(At(new ExprStmt(e), bodyPos));
                else body = At(e, bodyPos);
            }
            else
            {
                var w = new List<Stmt>();
                pending = new List<string>();
                EmitStatements(ops, w);
                body = Blk(w);
            }
            pending = savedPending;
            fn = savedFn;
            if (m.IsAsync && reified.Tasks) return new Arrow(ps, AsyncRun(body));
            return new Arrow(ps, body, m.IsAsync);
        }

        Expr DeclarationExpression(IDeclarationExpressionOperation de)
        {
            switch (de.Expression)
            {
                case ILocalReferenceOperation l:
                    {
                        var n = LocalName(l.Local);
                        pending.Add(n);
                        return Ident(n);
                    }
                case ITupleOperation t:
                    foreach (var e in t.Elements) DeclareAll(e);
                    return DestructurePattern(t);
            }
            return Expr(de.Expression);
        }

        void DeclareAll(IOperation e)
        {
            if (e is ILocalReferenceOperation l) pending.Add(LocalName(l.Local));
            else if (e is ITupleOperation t) foreach (var x in t.Elements) DeclareAll(x);
            else if (e is IDeclarationExpressionOperation d) DeclareAll(d.Expression);
        }

        // ---------------------------------------------------------------- assignment

        Expr Assignment(ISimpleAssignmentOperation sa, bool statement = false)
        {
            if (sa.IsRef) { Error("CSX2009", sa, "ref assignment is not supported"); return Kw.Null; }
            var value = Expr(sa.Value);
            // A library setter (map.set(k, v)) does not yield v: keep the value when it is used.
            if (!statement && sa.Target is IPropertyReferenceOperation { Property: var bp } && !IsSource(bp) && !Naming.IsExternal(bp))
            {
                var t = NewTemp();
                return new Seq(new Assign(t, value), AssignTo(sa.Target, t), t);
            }
            return AssignTo(sa.Target, value);
        }

        Expr AssignTo(IOperation target, Expr value)
        {
            switch (target)
            {
                case IPropertyReferenceOperation p:
                    {
                        var prop = p.Property;
                        if (IsSource(prop))
                        {
                            Use(prop);
                            if (prop.IsIndexer)
                            {
                                var recv = Receiver(p.Instance);
                                var args = ArgList(p.Arguments, prop.SetMethod ?? prop.GetMethod!);
                                args.Add(value);
                                return new Call(Dot(recv, "set" + names.MemberName(prop)), args);
                            }
                            return new Assign(Member(p.Instance, prop, p), value);
                        }
                        if (Naming.IsExternal(prop))
                        {
                            if (prop.IsIndexer) return new Assign(new Subscript(Receiver(p.Instance), Expr(p.Arguments[0].Value)), value);
                            return new Assign(Member(p.Instance, prop, p), value);
                        }
                        var id = prop.OriginalDefinition.GetDocumentationCommentId() + "|set";
                        if (Bcl.BclMap.TryGetTemplate(id, out var tpl))
                            return ExpandTemplate(tpl, prop, ReceiverOf(p.Instance), OpArgs(p.Arguments), value);
                        Unmapped(p.Syntax, prop, id, p);
                        return Kw.Null;
                    }
                case IDeclarationExpressionOperation de:
                    return new Assign(Expr(de), value);
                case IArrayElementReferenceOperation md when md.Indices.Length > 1:
                    return H("$mds", new[] { Expr(md.ArrayReference), value }.Concat(md.Indices.Select(i => Expr(i))).ToArray());
                case IArrayElementReferenceOperation ae when ae.Indices.Length == 1 && ae.Indices[0] is not IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat }:
                    if (inBounds.Contains(ae) && !MayBeCovariantView(ae.ArrayReference.Type)) return new Assign(new Subscript(Expr(ae.ArrayReference), Expr(ae.Indices[0])), value);
                    return H(MayBeCovariantView(ae.ArrayReference.Type) ? "$asetv" : "$aset", Expr(ae.ArrayReference), Expr(ae.Indices[0]), value);
                default:
                    return new Assign(Expr(target), value);
            }
        }

        /// <summary>A store into this array type may hit an array of a narrower element type (a covariant view).</summary>
        bool MayBeCovariantView(ITypeSymbol? arrayType) =>
            arrayType is IArrayTypeSymbol { ElementType: { IsReferenceType: true } e } && reified.CovariantArrays.Any(s => !SymbolEqualityComparer.Default.Equals(s, e) && compilation.ClassifyConversion(s, e).IsImplicit);

        /// <summary>Lowers a read-modify-write of target (x[i]++, o.P += v): the parts of the target that
        /// could have effects (array, index, receiver, indexer arguments) are evaluated once, into temps,
        /// before the read and the write that both name them.</summary>
        Expr OnceEvaluated(IOperation target, Func<Expr> lower)
        {
            var parts = target switch
            {
                IArrayElementReferenceOperation ae => new[] { ae.ArrayReference }.Concat(ae.Indices),
                IPropertyReferenceOperation { Instance: var inst } pr => (inst == null ? Enumerable.Empty<IOperation>() : new[] { inst }).Concat(pr.Arguments.Select(a => a.Value)),
                IFieldReferenceOperation { Instance: { } inst } => new[] { inst },
                _ => Enumerable.Empty<IOperation>(),
            };
            var pre = new List<Expr>();
            var added = new List<IOperation>();
            foreach (var part in parts)
            {
                if (IsPure(part) || part is IInstanceReferenceOperation) continue;
                var t = NewTemp();
                pre.Add(new Assign(t, Expr(part)));
                evaluated[part] = t;
                added.Add(part);
            }
            try
            {
                var result = lower();
                return pre.Count == 0 ? result : new Seq(pre.Append(result).ToList());
            }
            finally { foreach (var part in added) evaluated.Remove(part); }
        }

        Expr CompoundAssignment(ICompoundAssignmentOperation ca) => OnceEvaluated(ca.Target, () => CompoundAssignmentCore(ca));

        Expr CompoundAssignmentCore(ICompoundAssignmentOperation ca)
        {
            var t = ca.Target.Type;
            if (NumberObjectBinary(ca.OperatorKind, ca.Target.Type, ca.Value.Type, () => Expr(ca.Target), () => Expr(ca.Value), ca.IsChecked) is { } exact)
                return AssignTo(ca.Target, exact);
            if (GenericMathOp(ca, ca.OperatorMethod, () => new[] { Expr(ca.Target), Expr(ca.Value) }) is { } gm) return AssignTo(ca.Target, gm);
            // `sum += v` with a user operator: sum = T.op_Addition(sum, v).
            if (ca.OperatorMethod != null && IsSource(ca.OperatorMethod))
            {
                Use(ca.OperatorMethod);
                var cur = Expr(ca.Target);
                return AssignTo(ca.Target, new Call(Dot(StaticVia(ca, ca.OperatorMethod) ?? TypeRefNamed(ca.OperatorMethod.ContainingType), names.MemberName(ca.OperatorMethod)), cur, Expr(ca.Value)));
            }
            if (ca.OperatorMethod != null && !IsSource(ca.OperatorMethod) && ca.Target.Type?.TypeKind != TypeKind.Delegate && !IsString(t))
            {
                // A BCL operator with a template (DateTime += TimeSpan: AddTicks), as the binary operator is.
                if (Bcl.BclMap.TryGetTemplate(ca.OperatorMethod.OriginalDefinition.GetDocumentationCommentId() ?? "", out var tpl))
                    return AssignTo(ca.Target, ExpandTemplate(tpl, ca.OperatorMethod, null,
                        new List<TemplateArg> { TemplateArg.Of(Expr(ca.Target), ca.Target.Type), TemplateArg.Of(Expr(ca.Value), ca.Value.Type) }, null));
                var val = Expr(ca.Target);
                var bin = BinaryOf(ca.OperatorKind, val, Expr(ca.Value), ca.Target.Type, ca.Value.Type, ca.Type, ca.IsChecked, ca.IsLifted, ca.OperatorMethod, ca);
                return AssignTo(ca.Target, bin);
            }
            if (t?.TypeKind == TypeKind.Delegate)
            {
                var helper = ca.OperatorKind == BinaryOperatorKind.Add ? "$combine" : "$remove";
                var cur = Expr(ca.Target);
                return AssignTo(ca.Target, H(helper, cur, Expr(ca.Value)));
            }
            if (IsString(t) && ca.OperatorKind == BinaryOperatorKind.Add)
            {
                // A null string on the left is "" to .NET (JavaScript would write "null", or add a number to it).
                var known = IsKnownNonNull(ca.Target);
                if (known && ca.Target is not IArrayElementReferenceOperation)
                    return new Assign(Expr(ca.Target), ToStr(ca.Value), "+=");
                var left = Expr(ca.Target);
                var sum = Bin("+", known ? left : Bin("??", left, new Str("")), ToStr(ca.Value));
                return ca.Parent is IExpressionStatementOperation ? AssignTo(ca.Target, sum) : AssignKeepingValue(ca.Target, sum);
            }
            var target = Expr(ca.Target);
            var rhs = Expr(ca.Value);
            var opType = ca.Target.Type;
            if (IsNarrowInt(Underlying(opType))) opType = compilation.GetSpecialType(SpecialType.System_Int32);
            var result = BinaryOf(ca.OperatorKind, target, rhs, ca.Target.Type, ca.Value.Type, opType, ca.IsChecked, ca.IsLifted, ca.OperatorMethod, ca);
            if (IsNarrowInt(Underlying(t)) && !ca.IsLifted) result = NumericConversion(result, opType, Underlying(t), ca.IsChecked, ca);
            // Plain JS compound operators are exact for doubles: keep them readable.
            if (IsFloating(t) && ca.Target is not IArrayElementReferenceOperation)
            {
                var op = ca.OperatorKind switch { BinaryOperatorKind.Add => "+=", BinaryOperatorKind.Subtract => "-=", BinaryOperatorKind.Multiply => "*=", BinaryOperatorKind.Divide when IsFloating(t) => "/=", _ => null };
                if (op != null && !ca.IsLifted) return new Assign(target, rhs, op);
            }
            return ca.Parent is IExpressionStatementOperation ? AssignTo(ca.Target, result) : AssignKeepingValue(ca.Target, result);
        }

        Expr IncDec(IIncrementOrDecrementOperation inc, bool statement) => OnceEvaluated(inc.Target, () => IncDecCore(inc, statement));

        Expr IncDecCore(IIncrementOrDecrementOperation inc, bool statement)
        {
            var target = Expr(inc.Target);
            bool isInc = inc.Kind == OperationKind.Increment;
            var t = inc.Target.Type;
            if (IsDecimal(t) || IsBigInteger(t))
            {
                var one = IsDecimal(t) ? DecimalConstant(1m) : new Num("1n");
                var step = NumberObjectBinary(isInc ? BinaryOperatorKind.Add : BinaryOperatorKind.Subtract, t, t, () => target, () => one, false)!;
                if (statement || !inc.IsPostfix) return AssignTo(inc.Target, step);
                var old = NewTemp();
                return new Seq(new Assign(old, target), AssignTo(inc.Target, NumberObjectBinary(isInc ? BinaryOperatorKind.Add : BinaryOperatorKind.Subtract, t, t, () => old, () => one, false)!), old);
            }
            if (inc.OperatorMethod != null) { Error("CSX1002", inc, "user-defined ++/-- is not supported"); return target; }
            bool needsWrap = IsSmallInt(t) || (inc.IsChecked && IsInt32(t)) || t?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
                || Underlying(t)?.SpecialType is SpecialType.System_Int64 or SpecialType.System_UInt64;
            if (!needsWrap && inc.Target is not IPropertyReferenceOperation { Property.IsIndexer: true } && inc.Target is not IArrayElementReferenceOperation
                && !(inc.Target is IPropertyReferenceOperation pr && !IsSource(pr.Property) && !Naming.IsExternal(pr.Property)))
                return new Update(isInc ? "++" : "--", !inc.IsPostfix, target);
            var next = BinaryOf(isInc ? BinaryOperatorKind.Add : BinaryOperatorKind.Subtract, target, Int(1), t, t, t, inc.IsChecked, t?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T, null, inc);
            if (IsNarrowInt(t)) next = NumericConversion(next, compilation.GetSpecialType(SpecialType.System_Int32), t, inc.IsChecked, inc);
            if (statement) return AssignTo(inc.Target, next);
            if (!inc.IsPostfix) return AssignKeepingValue(inc.Target, next);
            var tmp = NewTemp();
            return new Seq(new Assign(tmp, target), AssignTo(inc.Target, next), tmp);
        }

        /// <summary>An assignment whose value is used: a setter call (map.set(k, v), a source indexer's
        /// setItem) does not yield v, so `--counts[k] == 0` keeps it in a temp.</summary>
        Expr AssignKeepingValue(IOperation target, Expr value)
        {
            if (target is not IPropertyReferenceOperation { Property: var p } || Naming.IsExternal(p) || IsSource(p) && !p.IsIndexer)
                return AssignTo(target, value);
            var t = NewTemp();
            return new Seq(new Assign(t, value), AssignTo(target, t), t);
        }

        Expr EventAssignment(IEventAssignmentOperation ea)
        {
            if (ea.EventReference is IEventReferenceOperation { Event: var custom } er && IsSource(custom) && !IsFieldLikeEvent(custom))
            {
                Use(custom);
                var owner = custom.IsStatic ? StaticOwner(custom.ContainingType) : Receiver(er.Instance);
                return new Call(Dot(owner, (ea.Adds ? "$add_" : "$rem_") + names.MemberName(custom)), Expr(ea.HandlerValue));
            }
            var target = Expr(ea.EventReference);
            var helper = ea.Adds ? "$combine" : "$remove";
            var ev = (ea.EventReference as IEventReferenceOperation)?.Event;
            if (ev != null && Naming.IsExternal(ev))
            {
                Error("CSX1001", ea, "external events: use AddListener/RemoveListener methods");
                return Kw.Null;
            }
            return new Assign(target, H(helper, target, Expr(ea.HandlerValue)));
        }

        // ---------------------------------------------------------------- type predicates

        static bool IsString(ITypeSymbol? t) => t?.SpecialType == SpecialType.System_String;
        static bool IsFloating(ITypeSymbol? t) => t?.SpecialType is SpecialType.System_Double or SpecialType.System_Single;
        static bool IsLong(ITypeSymbol? t) => t?.SpecialType is SpecialType.System_Int64;
        static bool IsInt32(ITypeSymbol? t) => t?.SpecialType is SpecialType.System_Int32;
        static bool IsNarrowInt(ITypeSymbol? t) => t?.SpecialType is SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Char;
        static bool IsSmallInt(ITypeSymbol? t) => t?.SpecialType is SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Char or SpecialType.System_UInt32;
        static ITypeSymbol? Underlying(ITypeSymbol? t) =>
            t is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n ? n.TypeArguments[0] : t;
    }
}
