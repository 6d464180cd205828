using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Cs2Js.Name;
using Cs2Js.Print;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Lower
{
    public sealed partial class Emitter
    {
        string? conditionalReceiver;

        Js Expr(IOperation op, bool statement = false)
        {
            if (op.ConstantValue.HasValue && op is not (IDefaultValueOperation or IInterpolatedStringOperation) && op.Type?.TypeKind != TypeKind.Enum)
                return Constant(op.ConstantValue.Value, op.Type);
            if (op.ConstantValue.HasValue && op.Type?.TypeKind == TypeKind.Enum) return EnumConstant((INamedTypeSymbol)op.Type, op.ConstantValue.Value);
            switch (op)
            {
                case ILiteralOperation lit: return Constant(lit.ConstantValue.HasValue ? lit.ConstantValue.Value : null, lit.Type);
                case ILocalReferenceOperation l:
                    if (l.Local.IsRef) Error("CSX2009", op, "ref locals are not supported");
                    return Js.P(LocalName(l.Local));
                case IParameterReferenceOperation p:
                    {
                        var n = LocalName(p.Parameter);
                        return p.Parameter.RefKind is RefKind.Ref or RefKind.Out ? Js.P(n + ".v") : new Js(n, n.Contains('.') ? Js.Call : Js.Primary);
                    }
                case IInstanceReferenceOperation ir:
                    return Js.P(ir.ReferenceKind == InstanceReferenceKind.ImplicitReceiver && saveReceiver != null ? saveReceiver : "this");
                case IFieldReferenceOperation f: return FieldRef(f);
                case IPropertyReferenceOperation p: return PropertyGet(p);
                case IEventReferenceOperation e: return Member(e.Instance, e.Event);
                case IMethodReferenceOperation mr: return MethodGroup(mr);
                case IInvocationOperation inv: return Invocation(inv);
                case IObjectCreationOperation oc: return ObjectCreation(oc);
                case IAnonymousObjectCreationOperation ao: return AnonymousObject(ao);
                case IArrayCreationOperation ac: return ArrayCreation(ac);
                case IArrayElementReferenceOperation ae:
                    if (ae.Indices.Length != 1) { Error("CSX2012", op, "multi-dimensional arrays are not supported; use jagged arrays"); return Js.P("null"); }
                    if (ae.Indices[0] is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } hat) return FromEnd(ae.ArrayReference, hat.Operand, "length");
                    return new Js($"$ai({Expr(ae.ArrayReference).At(Js.Assign)}, {Expr(ae.Indices[0]).At(Js.Assign)})", Js.Call);
                case IImplicitIndexerReferenceOperation ii when ii.Argument is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } hat2:
                    if (ii.Instance.Type?.SpecialType == SpecialType.System_String)
                    {
                        var st = FromEnd(ii.Instance, hat2.Operand, "length");
                        return new Js(st.Text.Replace("[", ".charCodeAt(", StringComparison.Ordinal).TrimEnd(']') + ")", Js.Call);
                    }
                    return FromEnd(ii.Instance, hat2.Operand, "length");
                case ISimpleAssignmentOperation sa: return Assignment(sa, statement);
                case ICompoundAssignmentOperation ca: return CompoundAssignment(ca);
                case IIncrementOrDecrementOperation inc: return IncDec(inc, statement);
                case IBinaryOperation b: return Binary(b);
                case IUnaryOperation u: return Unary(u);
                case IConversionOperation c: return Conversion(c);
                case IConditionalOperation c:
                    return new Js($"{Expr(c.Condition).At(Js.Coalesce)} ? {Expr(c.WhenTrue!).At(Js.Assign)} : {Expr(c.WhenFalse!).At(Js.Assign)}", Js.Cond);
                case ICoalesceOperation co:
                    {
                        var left = co.Value;
                        var right = Expr(co.WhenNull);
                        return new Js($"{Expr(left).At(Js.BitOr)} ?? {right.At(Js.BitOr)}", Js.Coalesce);
                    }
                case ICoalesceAssignmentOperation cas:
                    {
                        var target = Expr(cas.Target);
                        return new Js($"{target.At(Js.BitOr)} ?? ({AssignTo(cas.Target, Expr(cas.Value)).Text})", Js.Coalesce);
                    }
                case IConditionalAccessOperation ca: return ConditionalAccess(ca);
                case IConditionalAccessInstanceOperation: return Js.P(conditionalReceiver ?? "null");
                case IInterpolatedStringOperation isop: return Interpolation(isop);
                case IIsTypeOperation it:
                    {
                        var v = Expr(it.ValueOperand);
                        var t = it.TypeOperand;
                        var test = TypeTest(v.At(Js.Relational + 1), t, it, v);
                        return new Js(it.IsNegated ? "!(" + test + ")" : test, it.IsNegated ? Js.Unary : Js.And);
                    }
                case IIsPatternOperation ip:
                    {
                        var input = PatternInput(ip.Value);
                        return new Js(Paren(PatternTest(ip.Pattern, input, ip.Value.Type), Js.Comma), Js.Or);
                    }
                case ISwitchExpressionOperation se: return SwitchExpression(se);
                case IDelegateCreationOperation dc: return DelegateCreation(dc);
                case IAnonymousFunctionOperation af: return Lambda(af);
                case IAwaitOperation aw:
                    if (aw.Operation is IInvocationOperation { TargetMethod.Name: "WhenAny", TargetMethod.ContainingType.Name: "Task" })
                        return new Js("(await " + Expr(aw.Operation).At(Js.Unary) + ")[0]", Js.Call);
                    return new Js("await " + Expr(aw.Operation).At(Js.Unary), Js.Unary);
                case ITupleOperation tup: return Js.P("[" + string.Join(", ", tup.Elements.Select(e => Expr(e).At(Js.Assign))) + "]");
                case IDeconstructionAssignmentOperation da: return new Js(Deconstruction(da, statement), Js.Assign);
                case IDefaultValueOperation dv: return Js.P(DefaultValue(dv.Type));
                case ITypeOfOperation to:
                    Error("CSX2010", op, "typeof(T) needs run-time types, which cs2js does not emit");
                    return Js.P("null");
                case INameOfOperation no: return Constant(no.ConstantValue.Value, no.Type);
                case IThrowOperation th: return new Js($"$throw({(th.Exception == null ? fn.CatchVars.FirstOrDefault() ?? "null" : Expr(StripImplicit(th.Exception)).Text)})", Js.Call);
                case IParenthesizedOperation po: return Expr(po.Operand);
                case IDeclarationExpressionOperation de: return DeclarationExpression(de);
                case IDiscardOperation: return Js.P(NewTemp());
                case IObjectOrCollectionInitializerOperation: Error("CSX1002", op, "initializer outside creation"); return Js.P("null");
                case ITupleBinaryOperation tb: return TupleEquality(tb);
                case IWithOperation wo: return WithExpression(wo);
                case ICollectionExpressionOperation ce: return CollectionExpression(ce);
                case ISizeOfOperation: Error("CSX2009", op, "sizeof is not supported"); return Js.P("0");
                case IEventAssignmentOperation ea: return EventAssignment(ea);
                case IRangeOperation: Error("CSX1002", op, "ranges are not supported"); return Js.P("null");
                case IDynamicInvocationOperation or IDynamicMemberReferenceOperation or IDynamicObjectCreationOperation or IDynamicIndexerAccessOperation:
                    Error("CSX2010", op, "'dynamic' is not supported: declare a binding type instead");
                    return Js.P("null");
                case IExpressionStatementOperation es: return Expr(es.Operation, statement);
                case ITranslatedQueryOperation tq: return Expr(tq.Operation);
                case IInvalidOperation:
                    return Js.P("null");
            }
            Error("CSX1002", op, $"expression '{op.Kind}' is not supported by cs2js");
            return Js.P("null");
        }

        /// <summary>xs[^n]: the receiver is evaluated once.</summary>
        Js FromEnd(IOperation receiver, IOperation n, string lengthProp)
        {
            var r = Expr(receiver);
            string name = receiver is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } ? r.At(Js.Call) : NewTemp();
            var first = name == r.At(Js.Call) ? name : $"({name} = {r.At(Js.Assign)})";
            return new Js($"{first}[{name}.{lengthProp} - {Expr(n).At(Js.Additive + 1)}]", Js.Call);
        }

        static IOperation StripImplicit(IOperation op)
        {
            while (op is IConversionOperation { IsImplicit: true } c) op = c.Operand;
            return op;
        }

        // ---------------------------------------------------------------- constants

        Js Constant(object? value, ITypeSymbol? type)
        {
            switch (value)
            {
                case null: return Js.P("null");
                case string s: return Js.P(Str(s));
                case bool b: return Js.P(b ? "true" : "false");
                case char c: return Js.P(((int)c).ToString(CultureInfo.InvariantCulture));
                case double d: return NumberLiteral(d);
                case float f: return NumberLiteral(f);
                case decimal: Error("CSX2003", (Location?)null, "decimal"); return Js.P("0");
                case ulong ul: return Js.P(ul.ToString(CultureInfo.InvariantCulture));
                case IFormattable i:
                    {
                        var text = i.ToString(null, CultureInfo.InvariantCulture);
                        return text.StartsWith("-", StringComparison.Ordinal) ? new Js(text, Js.Unary) : Js.P(text);
                    }
            }
            return Js.P(value.ToString() ?? "null");
        }

        static Js NumberLiteral(double d)
        {
            if (double.IsNaN(d)) return Js.P("NaN");
            if (double.IsPositiveInfinity(d)) return Js.P("Infinity");
            if (double.IsNegativeInfinity(d)) return new Js("-Infinity", Js.Unary);
            if (d == 0 && double.IsNegative(d)) return new Js("-0", Js.Unary);
            var text = d.ToString("R", CultureInfo.InvariantCulture);
            return text.StartsWith("-", StringComparison.Ordinal) ? new Js(text, Js.Unary) : Js.P(text);
        }

        readonly HashSet<INamedTypeSymbol> enumObjects = new(SymbolEqualityComparer.Default);

        Js EnumConstant(INamedTypeSymbol enumType, object? value)
        {
            var emit = EnumEmit(enumType);
            if (emit != 0)
            {
                var member = enumType.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, value));
                return Js.P(Str(member == null ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "" : EnumMemberString(member, emit)));
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

        string EnumObject(INamedTypeSymbol t)
        {
            var parts = t.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue)
                .Select(f => $"{f.Name}: {Constant(f.ConstantValue, t.EnumUnderlyingType).Text}");
            return "{ " + string.Join(", ", parts) + " }";
        }

        string EnumRef(INamedTypeSymbol t)
        {
            t = t.OriginalDefinition;
            // A library enum (DayOfWeek...) has no declaration in the bundle: spell its names inline.
            if (!IsSource(t)) return EnumObject(t);
            UseType(t);
            enumObjects.Add(t);
            return names.TypeName(t);
        }

        string DefaultValue(ITypeSymbol? t)
        {
            if (t == null) return "null";
            if (t is ITypeParameterSymbol tp)
            {
                if (tp.HasReferenceTypeConstraint || tp.ConstraintTypes.Any(c => c.IsReferenceType)) return "null";
                if (tp.HasValueTypeConstraint) { Error("CSX2001", (Location?)null, "default(T) for a struct-constrained T"); return "null"; }
                return "null";
            }
            if (t.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T) return "null";
            if (t.TypeKind == TypeKind.Enum)
            {
                var nt = (INamedTypeSymbol)t;
                return EnumEmit(nt) != 0 ? EnumConstant(nt, Convert.ChangeType(0, nt.EnumUnderlyingType!.SpecialType == SpecialType.System_Int32 ? typeof(int) : typeof(long), CultureInfo.InvariantCulture)).Text : "0";
            }
            switch (t.SpecialType)
            {
                case SpecialType.System_Boolean: return "false";
                case SpecialType.System_Char:
                case SpecialType.System_SByte: case SpecialType.System_Byte:
                case SpecialType.System_Int16: case SpecialType.System_UInt16:
                case SpecialType.System_Int32: case SpecialType.System_UInt32:
                case SpecialType.System_Int64: case SpecialType.System_UInt64:
                case SpecialType.System_Single: case SpecialType.System_Double:
                    return "0";
            }
            if (t.IsTupleType && t is INamedTypeSymbol tt) return "[" + string.Join(", ", tt.TupleElements.Select(e => DefaultValue(e.Type))) + "]";
            if (t.ToDisplayString() == "System.TimeSpan") return "0";
            if (t.IsValueType && t.TypeKind == TypeKind.Struct && !IsSource(t)) return "null";
            return "null";
        }

        // ---------------------------------------------------------------- members

        Js FieldRef(IFieldReferenceOperation f)
        {
            var field = f.Field;
            if (field.ContainingType.IsTupleType)
            {
                var idx = field.ContainingType.TupleElements.IndexOf((field.CorrespondingTupleField ?? field));
                if (idx < 0) idx = field.ContainingType.TupleElements.ToList().FindIndex(e => e.Name == field.Name || e.CorrespondingTupleField?.Name == field.Name);
                return new Js($"{Expr(f.Instance!).At(Js.Call)}[{idx}]", Js.Call);
            }
            if (field.HasConstantValue) return field.ContainingType.TypeKind == TypeKind.Enum ? EnumConstant(field.ContainingType, field.ConstantValue) : Constant(field.ConstantValue, field.Type);
            if (!IsSource(field) && !Naming.IsExternal(field)) return BclMember(f.Instance, field, null, f);
            return Member(f.Instance, field);
        }

        /// <summary>obj.member / Type.member for source, external and BCL members (fields, events, properties).</summary>
        Js Member(IOperation? instance, ISymbol member)
        {
            if (IsSource(member))
            {
                Use(member);
                if (member.IsStatic) return new Js($"{TypeRefNamed(member.ContainingType)}.{names.MemberName(member)}", Js.Call);
                return new Js($"{Receiver(instance)}.{names.MemberName(member)}", Js.Call);
            }
            if (Naming.IsExternal(member))
            {
                var t = Attr.String(member, "Js.TemplateAttribute");
                if (t != null) return new Js(ExpandTemplate(t, instance, new List<IArgumentOperation>(), member, null), Js.Call);
                var jsName = Naming.ExternalMemberName(member);
                if (member.IsStatic)
                {
                    if (Attr.Has(member.ContainingType, "Js.GlobalMethodsAttribute")) return Js.P(jsName);
                    return new Js($"{Naming.ExternalTypeName(member.ContainingType)}.{jsName}", Js.Call);
                }
                return new Js($"{Receiver(instance)}.{jsName}", Js.Call);
            }
            return BclMember(instance, member, null);
        }

        string Receiver(IOperation? instance) => instance == null ? "this" : Expr(instance).At(Js.Call);

        Js PropertyGet(IPropertyReferenceOperation p)
        {
            var prop = p.Property;
            if (prop.Name is "Name" or "FullName" && prop.ContainingType.ToDisplayString() is "System.Type" or "System.Reflection.MemberInfo"
                && p.Instance is IInvocationOperation { TargetMethod.Name: "GetType", Instance: { } obj })
                return new Js($"{(prop.Name == "Name" ? "$typeName" : "$typeFullName")}({Expr(obj).Text})", Js.Call);
            if (IsSource(prop))
            {
                Use(prop);
                if (prop.IsIndexer)
                    return new Js($"{Receiver(p.Instance)}.get{names.MemberName(prop)}({ArgList(p.Arguments, prop.GetMethod!)})", Js.Call);
                return Member(p.Instance, prop);
            }
            if (Naming.IsExternal(prop))
            {
                var tpl = Attr.String(prop, "Js.TemplateAttribute") ?? (prop.GetMethod != null ? Attr.String(prop.GetMethod, "Js.TemplateAttribute") : null);
                if (tpl != null) return new Js(ExpandTemplate(tpl, p.Instance, p.Arguments.ToList(), prop, null), Js.Call);
                if (prop.IsIndexer) return new Js($"{Receiver(p.Instance)}[{Expr(p.Arguments[0].Value).Text}]", Js.Call);
                return Member(p.Instance, prop);
            }
            return BclMember(p.Instance, prop, p.Arguments.ToList(), p);
        }

        Js BclMember(IOperation? instance, ISymbol member, List<IArgumentOperation>? args, IOperation? at = null)
        {
            var id = member.OriginalDefinition.GetDocumentationCommentId() ?? member.ToDisplayString();
            if (TryBclTemplate(member, out var tpl))
                return new Js(ExpandTemplate(tpl, instance, args ?? new List<IArgumentOperation>(), member, null), TemplatePrec(tpl));
            Unmapped(instance?.Syntax.Parent ?? null, member, id, at);
            return Js.P("null");
        }

        /// <summary>A BCL member's template: its own, an overridden base member's, or the params-array twin
        /// of a `params ReadOnlySpan` overload.</summary>
        static bool TryBclTemplate(ISymbol member, out string tpl)
        {
            for (ISymbol? cur = member; cur != null; cur = cur switch { IMethodSymbol m => m.OverriddenMethod, IPropertySymbol p => p.OverriddenProperty, _ => null })
            {
                var id = cur.OriginalDefinition.GetDocumentationCommentId() ?? "";
                if (Bcl.BclMap.TryGetTemplate(id, out tpl)) return true;
                if (id.Contains("System.ReadOnlySpan{", StringComparison.Ordinal))
                {
                    var alt = System.Text.RegularExpressions.Regex.Replace(id, @"System\.ReadOnlySpan\{([^{}]+)\}", "$1[]");
                    if (Bcl.BclMap.TryGetTemplate(alt, out tpl)) return true;
                }
            }
            tpl = "";
            return false;
        }

        void Unmapped(SyntaxNode? node, ISymbol member, string id, IOperation? op = null)
        {
            var syn = op?.Syntax ?? node;
            // Point at the member's name: Console.Beep() → Beep.
            syn = syn switch
            {
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax ma } => ma.Name,
                MemberAccessExpressionSyntax ma2 => ma2.Name,
                ObjectCreationExpressionSyntax oc => oc.Type,
                _ => syn,
            };
            var loc = syn?.GetLocation();
            Error("CSX1001", loc ?? currentLocation, $"'{member.ToDisplayString()}' is not available in cs2js (no mapping for {id}); use a supported API or a [Template] binding");
        }

        Location? currentLocation;

        Js MethodGroup(IMethodReferenceOperation mr)
        {
            var m = mr.Method;
            if (m.MethodKind == MethodKind.LocalFunction) return Js.P(LocalName(m.OriginalDefinition));
            if (IsSource(m))
            {
                Use(m);
                if (m.IsStatic) return new Js($"{TypeRefNamed(m.ContainingType)}.{names.MemberName(m)}", Js.Call);
                return new Js($"$bind({Receiver(mr.Instance)}, {Receiver(mr.Instance)}.{names.MemberName(m)})", Js.Call);
            }
            if (m.MethodKind == MethodKind.LocalFunction) return Js.P(LocalName(m));
            if (Naming.IsExternal(m) && Attr.String(m, "Js.TemplateAttribute") == null)
            {
                var jsName = Naming.ExternalMemberName(m);
                if (m.IsStatic) return Js.P(Attr.Has(m.ContainingType, "Js.GlobalMethodsAttribute") ? jsName : $"{Naming.ExternalTypeName(m.ContainingType)}.{jsName}");
                return new Js($"$bind({Receiver(mr.Instance)}, {Receiver(mr.Instance)}.{jsName})", Js.Call);
            }
            // A BCL method used as a delegate: wrap the call in an arrow.
            var ps = m.Parameters.Select((p, i) => "a" + i).ToList();
            var id = m.OriginalDefinition.GetDocumentationCommentId() ?? "";
            if (Bcl.BclMap.TryGetTemplate(id, out var tpl))
            {
                var recv = mr.Instance == null ? null : Receiver(mr.Instance);
                var text = ExpandTemplateText(tpl, recv, ps, m.Parameters.Select(p => (ITypeSymbol?)p.Type).ToList(), m);
                return new Js($"({string.Join(", ", ps)}) => {text}", Js.Assign);
            }
            Unmapped(mr.Syntax, m, id, mr);
            return Js.P("null");
        }

        Js DelegateCreation(IDelegateCreationOperation dc) => dc.Target switch
        {
            IAnonymousFunctionOperation af => Lambda(af),
            IMethodReferenceOperation mr => MethodGroup(mr),
            var other => Expr(other),
        };

        Js Lambda(IAnonymousFunctionOperation af)
        {
            var m = af.Symbol;
            var savedFn = fn;
            fn = new Fn { Method = m, Parent = savedFn };
            var ps = "(" + Params(m.Parameters) + ")";
            var savedPending = pending; pending = new List<string>();
            string result;
            var ops = af.Body.Operations;
            bool isExpressionBody = af.Syntax is LambdaExpressionSyntax { ExpressionBody: not null };
            if (isExpressionBody && ops.Length >= 1 && ops[0] is IReturnOperation { ReturnedValue: { } rv } && ops.Length <= 2)
            {
                var e = Expr(rv);
                result = pending.Count == 0
                    ? $"{ps} => {(e.Text.StartsWith("{", StringComparison.Ordinal) ? "(" + e.Text + ")" : e.At(Js.Assign))}"
                    : $"{ps} => {{\n  let {string.Join(", ", pending)};\n  return {e.Text};\n}}";
            }
            else if (isExpressionBody && ops.Length >= 1 && ops[0] is IExpressionStatementOperation es && ops.Length <= 2)
            {
                var e = Expr(es.Operation, statement: true);
                result = pending.Count == 0
                    ? $"{ps} => {(e.Text.StartsWith("{", StringComparison.Ordinal) ? "(" + e.Text + ")" : e.At(Js.Assign))}"
                    : $"{ps} => {{\n  let {string.Join(", ", pending)};\n  {e.Text};\n}}";
                if (pending.Count == 0 && m.ReturnsVoid && e.Prec < Js.Assign) result = $"{ps} => {{ {e.Text}; }}";
            }
            else
            {
                var w = new JsWriter();
                pending = new List<string>();
                EmitStatements(ops, w);
                var body = w.ToString().TrimEnd('\n');
                var indented = string.Join("\n", body.Split('\n').Select(l => l.Length == 0 ? l : "  " + l));
                result = $"{ps} => {{\n{indented}\n}}";
            }
            pending = savedPending;
            fn = savedFn;
            return new Js((m.IsAsync ? "async " : "") + result, Js.Assign);
        }

        Js DeclarationExpression(IDeclarationExpressionOperation de)
        {
            switch (de.Expression)
            {
                case ILocalReferenceOperation l:
                    {
                        var n = LocalName(l.Local);
                        pending.Add(n);
                        return Js.P(n);
                    }
                case ITupleOperation t:
                    foreach (var e in t.Elements) DeclareAll(e);
                    return Js.P(DestructurePattern(t));
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

        Js Assignment(ISimpleAssignmentOperation sa, bool statement = false)
        {
            if (sa.IsRef) { Error("CSX2009", sa, "ref assignment is not supported"); return Js.P("null"); }
            var value = Expr(sa.Value);
            // A library setter (map.set(k, v)) does not yield v: keep the value when it is used.
            if (!statement && sa.Target is IPropertyReferenceOperation { Property: var bp } && !IsSource(bp) && !Naming.IsExternal(bp))
            {
                var t = NewTemp();
                return Js.P($"({t} = {value.At(Js.Assign)}, {AssignTo(sa.Target, Js.P(t)).Text}, {t})");
            }
            return AssignTo(sa.Target, value);
        }

        Js AssignTo(IOperation target, Js value)
        {
            switch (target)
            {
                case IPropertyReferenceOperation p:
                    {
                        var prop = p.Property;
                        if (IsSource(prop))
                        {
                            Use(prop);
                            if (prop.IsIndexer) return new Js($"{Receiver(p.Instance)}.set{names.MemberName(prop)}({ArgList(p.Arguments, prop.SetMethod ?? prop.GetMethod!)}, {value.At(Js.Assign)})", Js.Call);
                            return new Js($"{Member(p.Instance, prop).Text} = {value.At(Js.Assign)}", Js.Assign);
                        }
                        if (Naming.IsExternal(prop))
                        {
                            if (prop.IsIndexer) return new Js($"{Receiver(p.Instance)}[{Expr(p.Arguments[0].Value).Text}] = {value.At(Js.Assign)}", Js.Assign);
                            return new Js($"{Member(p.Instance, prop).Text} = {value.At(Js.Assign)}", Js.Assign);
                        }
                        var id = prop.OriginalDefinition.GetDocumentationCommentId() + "|set";
                        if (Bcl.BclMap.TryGetTemplate(id, out var tpl))
                            return new Js(ExpandTemplate(tpl, p.Instance, p.Arguments.ToList(), prop, value.At(Js.Assign)), Js.Assign);
                        Unmapped(p.Syntax, prop, id, p);
                        return Js.P("null");
                    }
                case IDeclarationExpressionOperation de:
                    return new Js($"{Expr(de).Text} = {value.At(Js.Assign)}", Js.Assign);
                case IArrayElementReferenceOperation ae when ae.Indices.Length == 1 && ae.Indices[0] is not IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat }:
                    return new Js($"$aset({Expr(ae.ArrayReference).At(Js.Assign)}, {Expr(ae.Indices[0]).At(Js.Assign)}, {value.At(Js.Assign)})", Js.Call);
                default:
                    return new Js($"{Expr(target).Text} = {value.At(Js.Assign)}", Js.Assign);
            }
        }

        Js CompoundAssignment(ICompoundAssignmentOperation ca)
        {
            var t = ca.Target.Type;
            if (ca.OperatorMethod != null && !IsSource(ca.OperatorMethod) && ca.Target.Type?.TypeKind != TypeKind.Delegate && !IsString(t))
            {
                var val = Expr(ca.Target);
                var bin = BinaryText(ca.OperatorKind, val, Expr(ca.Value), ca.Target.Type, ca.Value.Type, ca.Type, ca.IsChecked, ca.IsLifted, ca.OperatorMethod, ca);
                return AssignTo(ca.Target, bin);
            }
            if (t?.TypeKind == TypeKind.Delegate)
            {
                var helper = ca.OperatorKind == BinaryOperatorKind.Add ? "$combine" : "$remove";
                var cur = Expr(ca.Target);
                return AssignTo(ca.Target, new Js($"{helper}({cur.Text}, {Expr(ca.Value).At(Js.Assign)})", Js.Call));
            }
            if (IsString(t) && ca.OperatorKind == BinaryOperatorKind.Add)
            {
                if (ca.Target is IArrayElementReferenceOperation)
                    return AssignTo(ca.Target, new Js($"{Expr(ca.Target).At(Js.Additive)} + {ToStr(ca.Value).At(Js.Additive + 1)}", Js.Additive));
                return new Js($"{Expr(ca.Target).Text} += {ToStr(ca.Value).At(Js.Assign)}", Js.Assign);
            }
            var target = Expr(ca.Target);
            var rhs = Expr(ca.Value);
            var opType = ca.Target.Type;
            if (IsNarrowInt(Underlying(opType))) opType = compilation.GetSpecialType(SpecialType.System_Int32);
            var result = BinaryText(ca.OperatorKind, target, rhs, ca.Target.Type, ca.Value.Type, opType, ca.IsChecked, ca.IsLifted, ca.OperatorMethod, ca);
            if (IsNarrowInt(Underlying(t)) && !ca.IsLifted) result = NumericConversion(result, opType, Underlying(t), ca.IsChecked, ca);
            // Plain JS compound operators are exact for doubles/longs: keep them readable.
            if ((IsFloating(t) || IsLong(t)) && ca.Target is not IArrayElementReferenceOperation)
            {
                var op = ca.OperatorKind switch { BinaryOperatorKind.Add => "+=", BinaryOperatorKind.Subtract => "-=", BinaryOperatorKind.Multiply => "*=", BinaryOperatorKind.Divide when IsFloating(t) => "/=", _ => null };
                if (op != null && !ca.IsLifted) return new Js($"{target.Text} {op} {rhs.At(Js.Assign)}", Js.Assign);
            }
            return AssignTo(ca.Target, result);
        }

        Js IncDec(IIncrementOrDecrementOperation inc, bool statement)
        {
            var target = Expr(inc.Target);
            bool isInc = inc.Kind == OperationKind.Increment;
            var t = inc.Target.Type;
            if (inc.OperatorMethod != null) { Error("CSX1002", inc, "user-defined ++/-- is not supported"); return target; }
            bool needsWrap = IsSmallInt(t) || (inc.IsChecked && IsInt32(t)) || t?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
            if (!needsWrap && inc.Target is not IPropertyReferenceOperation { Property.IsIndexer: true } && inc.Target is not IArrayElementReferenceOperation
                && !(inc.Target is IPropertyReferenceOperation pr && !IsSource(pr.Property) && !Naming.IsExternal(pr.Property)))
            {
                var op = isInc ? "++" : "--";
                return inc.IsPostfix ? new Js(target.At(Js.Postfix) + op, Js.Postfix) : new Js(op + target.At(Js.Unary), Js.Unary);
            }
            var one = new Js("1", Js.Primary);
            var next = BinaryText(isInc ? BinaryOperatorKind.Add : BinaryOperatorKind.Subtract, target, one, t, t, t, inc.IsChecked, t?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T, null, inc);
            if (IsNarrowInt(t)) next = NumericConversion(next, compilation.GetSpecialType(SpecialType.System_Int32), t, inc.IsChecked, inc);
            if (statement || !inc.IsPostfix) return AssignTo(inc.Target, next);
            var tmp = NewTemp();
            return new Js($"({tmp} = {target.Text}, {AssignTo(inc.Target, next).Text}, {tmp})", Js.Primary);
        }

        Js EventAssignment(IEventAssignmentOperation ea)
        {
            var target = Expr(ea.EventReference);
            var helper = ea.Adds ? "$combine" : "$remove";
            var ev = (ea.EventReference as IEventReferenceOperation)?.Event;
            if (ev != null && Naming.IsExternal(ev))
            {
                Error("CSX1001", ea, "external events: use AddListener/RemoveListener methods");
                return Js.P("null");
            }
            return new Js($"{target.Text} = {helper}({target.Text}, {Expr(ea.HandlerValue).At(Js.Assign)})", Js.Assign);
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
