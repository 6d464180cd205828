using System;
using System.Collections.Generic;
using System.Linq;
using Cs2Js.Name;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Lower
{
    public sealed partial class Emitter
    {
        Js ObjectCreation(IObjectCreationOperation oc)
        {
            var t = (INamedTypeSymbol)oc.Type!;
            var ctor = oc.Constructor;
            if (IsObjectLiteral(t)) return ObjectLiteral(oc);
            int mark = pendingWriteBacks.Count;
            Js created;
            if (t.TypeKind == TypeKind.Delegate) return Expr(oc.Arguments[0].Value);
            if (IsSource(t))
            {
                UseConstructed(t);
                if (ctor != null) Use(ctor);
                else Use(InstanceCtors(t).FirstOrDefault());
                var args = ctor == null ? "" : CtorCallArgs(ctor, oc.Arguments, false);
                created = new Js($"new {TypeRefNamed(t)}({args})", Js.Call);
            }
            else if (Naming.IsExternal(t))
            {
                var tpl = ctor == null ? null : Attr.String(ctor, "Js.TemplateAttribute");
                created = tpl != null
                    ? new Js(ExpandTemplate(tpl, null, oc.Arguments.ToList(), ctor!, null), TemplatePrec(tpl))
                    : new Js($"new {Naming.ExternalTypeName(t)}({ArgList(oc.Arguments, ctor!, ctor != null && Attr.Has(ctor, "Js.ExpandParamsAttribute"))})", Js.Call);
            }
            else
            {
                if (oc.Initializer != null && TryCollectionLiteral(t, oc, out var lit)) return lit;
                var id = ctor?.OriginalDefinition.GetDocumentationCommentId() ?? "";
                if (ctor != null && Bcl.BclMap.TryGetTemplate(id, out var tpl))
                    created = new Js(ExpandTemplate(tpl, null, oc.Arguments.ToList(), ctor, null), TemplatePrec(tpl));
                else if (ctor == null || t.IsValueType && oc.Arguments.Length == 0)
                    created = Js.P(DefaultValue(t));
                else { Unmapped(oc.Syntax, ctor, id, oc); return Js.P("null"); }
            }
            created = ApplyWriteBacks(created, mark);
            if (oc.Initializer == null || oc.Initializer.Initializers.Length == 0) return created;
            var tmp = NewTemp();
            var parts = new List<string> { $"{tmp} = {created.At(Js.Assign)}" };
            foreach (var init in oc.Initializer.Initializers) parts.Add(InitializerPart(init, tmp));
            parts.Add(tmp);
            return Js.P("(" + string.Join(", ", parts) + ")");
        }

        string InitializerPart(IOperation init, string tmp)
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
                            var parts = new List<string> { $"{t2} = {inner.Text}" };
                            foreach (var i in nested.Initializers) parts.Add(InitializerPart(i, t2));
                            return string.Join(", ", parts);
                        }
                    case IMemberInitializerOperation mi:
                        {
                            var inner = Expr(mi.InitializedMember);
                            var t2 = NewTemp();
                            var parts = new List<string> { $"{t2} = {inner.Text}" };
                            foreach (var i in mi.Initializer.Initializers) parts.Add(InitializerPart(i, t2));
                            return string.Join(", ", parts);
                        }
                    default:
                        return Expr(init, statement: true).At(Js.Assign);
                }
            }
            finally { saveReceiver = outer; }
        }

        string? saveReceiver;

        /// <summary>new List&lt;T&gt; { a, b } → [a, b]; HashSet → new Set([...]); Dictionary → new Map([[k, v]]).</summary>
        bool TryCollectionLiteral(INamedTypeSymbol t, IObjectCreationOperation oc, out Js result)
        {
            result = default;
            var def = t.OriginalDefinition.ToDisplayString();
            var inits = oc.Initializer!.Initializers;
            if (oc.Arguments.Length > 0) return false;
            if (!inits.All(i => i is IInvocationOperation { TargetMethod.Name: "Add" })) return false;
            var calls = inits.Cast<IInvocationOperation>().ToList();
            switch (def)
            {
                case "System.Collections.Generic.List<T>":
                    result = Js.P("[" + string.Join(", ", calls.Select(c => Expr(c.Arguments[0].Value).At(Js.Assign))) + "]");
                    return true;
                case "System.Collections.Generic.HashSet<T>":
                    result = new Js("new Set([" + string.Join(", ", calls.Select(c => Expr(c.Arguments[0].Value).At(Js.Assign))) + "])", Js.Call);
                    return true;
                case "System.Collections.Generic.Dictionary<TKey, TValue>":
                    if (calls.Any(c => c.Arguments.Length != 2)) return false;
                    result = new Js("new Map([" + string.Join(", ", calls.Select(c => $"[{Expr(c.Arguments[0].Value).At(Js.Assign)}, {Expr(c.Arguments[1].Value).At(Js.Assign)}]")) + "])", Js.Call);
                    return true;
            }
            return false;
        }

        Js ObjectLiteral(IObjectCreationOperation oc)
        {
            if (oc.Arguments.Length > 0) Error("CSX2018", oc, "[ObjectLiteral] types are created with an object initialiser only");
            var props = new List<string>();
            if (oc.Initializer != null)
                foreach (var init in oc.Initializer.Initializers)
                {
                    if (init is ISimpleAssignmentOperation sa)
                    {
                        var member = sa.Target switch { IPropertyReferenceOperation p => (ISymbol)p.Property, IFieldReferenceOperation f => f.Field, _ => null };
                        if (member == null) { Error("CSX2018", init, "unsupported object literal member"); continue; }
                        var name = Naming.IsExternal(member) ? Naming.ExternalMemberName(member) : names.MemberName(member);
                        if (sa.Value is IObjectOrCollectionInitializerOperation) { Error("CSX2018", init, "nested initialisers in an object literal: create the inner object explicitly"); continue; }
                        props.Add($"{PropKey(name)}: {Expr(sa.Value).At(Js.Assign)}");
                    }
                    else Error("CSX2018", init, "object literals take member assignments only");
                }
            return Js.P(props.Count == 0 ? "{}" : "{ " + string.Join(", ", props) + " }");
        }

        static string PropKey(string name) => System.Text.RegularExpressions.Regex.IsMatch(name, @"^[A-Za-z_$][\w$]*$") ? name : Str(name);

        Js AnonymousObject(IAnonymousObjectCreationOperation ao)
        {
            var props = new List<string>();
            foreach (var init in ao.Initializers)
                if (init is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation p } sa)
                    props.Add($"{PropKey(p.Property.Name)}: {Expr(sa.Value).At(Js.Assign)}");
            return Js.P("{ " + string.Join(", ", props) + " }");
        }

        Js ArrayCreation(IArrayCreationOperation ac)
        {
            if (ac.DimensionSizes.Length > 1) { Error("CSX2012", ac, "multi-dimensional arrays are not supported; use jagged arrays"); return Js.P("[]"); }
            if (ac.Initializer != null)
                return Js.P("[" + string.Join(", ", ac.Initializer.ElementValues.Select(e => Expr(e).At(Js.Assign))) + "]");
            var elem = ((IArrayTypeSymbol)ac.Type!).ElementType;
            var size = Expr(ac.DimensionSizes[0]);
            if (size.Text == "0") return Js.P("[]");
            return new Js($"new Array({size.Text}).fill({DefaultValue(elem)})", Js.Call);
        }

        Js CollectionExpression(ICollectionExpressionOperation ce)
        {
            var items = ce.Elements.Select(e => e is ISpreadOperation sp ? "..." + Expr(sp.Operand).At(Js.Call) : Expr(e).At(Js.Assign)).ToList();
            var def = ce.Type?.OriginalDefinition.ToDisplayString();
            var arr = "[" + string.Join(", ", items) + "]";
            return def switch
            {
                "System.Collections.Generic.HashSet<T>" => new Js($"new Set({arr})", Js.Call),
                "System.Collections.Generic.Dictionary<TKey, TValue>" => new Js($"new Map({arr})", Js.Call),
                _ => Js.P(arr),
            };
        }

        Js ConditionalAccess(IConditionalAccessOperation ca)
        {
            var recv = Expr(ca.Operation);
            string name;
            if (ca.Operation is ILocalReferenceOperation or IParameterReferenceOperation or IInstanceReferenceOperation) name = recv.Text;
            else name = NewTemp();
            var saved = conditionalReceiver;
            conditionalReceiver = name;
            var whenNotNull = Expr(ca.WhenNotNull);
            conditionalReceiver = saved;
            var test = name == recv.Text ? $"{name} == null" : $"({name} = {recv.At(Js.Assign)}) == null";
            return new Js($"{test} ? null : {whenNotNull.At(Js.Assign)}", Js.Cond);
        }

        // ---------------------------------------------------------------- type tests and patterns

        string TypeTest(string value, ITypeSymbol t, IOperation at, Js? raw = null)
        {
            switch (t.SpecialType)
            {
                case SpecialType.System_String: return $"typeof {value} === \"string\"";
                case SpecialType.System_Boolean: return $"typeof {value} === \"boolean\"";
                case SpecialType.System_Object: return $"{value} != null";
                case SpecialType.System_Double:
                case SpecialType.System_Int32: case SpecialType.System_Int64: case SpecialType.System_Single:
                case SpecialType.System_Char: case SpecialType.System_Byte: case SpecialType.System_Int16:
                    Error("CSX2005", TypeSyntaxOf(at) ?? at.Syntax.GetLocation(), $"'is {t.ToDisplayString()}' cannot be decided at run time (numbers are not boxed); use typed code");
                    return "false";
            }
            if (t.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T) return TypeTest(value, Underlying(t)!, at);
            if (t is INamedTypeSymbol nt)
            {
                if (IsObjectLiteral(nt)) { Error("CSX2018", at, "[ObjectLiteral] types have no run-time type; 'is'/'as' on them cannot work"); return "false"; }
                if (nt.TypeKind == TypeKind.Interface)
                {
                    if (!IsSource(nt)) { Error("CSX2005", at, $"'is {t.ToDisplayString()}': library interfaces cannot be tested at run time"); return "false"; }
                    brandedInterfaces.Add(nt.OriginalDefinition);
                    UseType(nt);
                    return $"{value} != null && {value}.{BrandName(nt.OriginalDefinition)} === true";
                }
                if (nt.TypeKind == TypeKind.Enum || nt.TypeKind == TypeKind.Struct && !IsSource(nt))
                {
                    Error("CSX2005", at, $"'is {t.ToDisplayString()}' cannot be decided at run time; use typed code");
                    return "false";
                }
                if (nt.TypeKind == TypeKind.Delegate) return $"typeof {value} === \"function\"";
                return $"{value} instanceof {TypeRef(nt, at)}";
            }
            if (t is IArrayTypeSymbol) return $"Array.isArray({value})";
            Error("CSX2001", at, $"'is {t.ToDisplayString()}' needs run-time types");
            return "false";
        }

        static Location? TypeSyntaxOf(IOperation at) => at.Syntax switch
        {
            BinaryExpressionSyntax b => b.Right.GetLocation(),
            IsPatternExpressionSyntax ip => ip.Pattern.GetLocation(),
            _ => null,
        };

        /// <summary>A simple expression for the pattern's input (a temp if it has side effects).</summary>
        string PatternInput(IOperation value)
        {
            var v = Expr(value);
            if (value is ILocalReferenceOperation or IParameterReferenceOperation { Parameter.RefKind: RefKind.None } or IInstanceReferenceOperation) return v.Text;
            var t = NewTemp();
            return PrefixInput(t, v);
        }

        /// <summary>The first use of a temp input assigns it; later uses read it.</summary>
        string PrefixInput(string t, Js v)
        {
            firstUse[t] = $"({t} = {v.At(Js.Assign)})";
            return t;
        }

        readonly Dictionary<string, string> firstUse = new();

        string Use1(string input)
        {
            if (firstUse.TryGetValue(input, out var first)) { firstUse.Remove(input); return first; }
            return input;
        }

        string PatternTest(IPatternOperation p, string input, ITypeSymbol? inputType)
        {
            switch (p)
            {
                case IConstantPatternOperation c:
                    {
                        var v = Expr(c.Value);
                        if (v.Text == "null") return $"{Use1(input)} == null";
                        if (IsFloating(c.Value.Type) && v.Text == "NaN") return $"Number.isNaN({Use1(input)})";
                        return $"{Use1(input)} === {v.At(Js.Equality + 1)}";
                    }
                case IRelationalPatternOperation r:
                    {
                        var inp = Use1(input);
                        var rhs = Expr(r.Value).At(Js.Relational + 1);
                        if (inputType != null && (inputType.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T || !inputType.IsValueType))
                            return $"{inp} != null && {input} {RelOp(r.OperatorKind)} {rhs}";
                        return $"{inp} {RelOp(r.OperatorKind)} {rhs}";
                    }
                case IDeclarationPatternOperation d:
                    {
                        var target = d.DeclaredSymbol != null ? LocalName(d.DeclaredSymbol) : null;
                        if (target != null) pending.Add(target);
                        var matched = d.MatchedType ?? d.InputType;
                        bool needsTest = !(d.MatchesNull) && !(SymbolEqualityComparer.Default.Equals(matched, inputType) && inputType!.IsValueType && inputType.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T);
                        var inp = Use1(input);
                        string test = needsTest ? (matched != null && !SymbolEqualityComparer.Default.Equals(matched, inputType) || inputType?.IsReferenceType == true || inputType?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
                            ? (matched != null && !SymbolEqualityComparer.Default.Equals(Underlying(matched), Underlying(inputType)) ? TypeTest(inp, matched, p) : $"{inp} != null")
                            : "true") : (inp == input ? "true" : $"({inp}, true)");
                        if (target == null) return test;
                        return $"{Paren(test, Js.And)} && (({target} = {input}), true)";
                    }
                case ITypePatternOperation tp:
                    return TypeTest(Use1(input), tp.MatchedType, p);
                case IDiscardPatternOperation:
                    { var inp = Use1(input); return inp == input ? "true" : $"({inp}, true)"; }
                case INegatedPatternOperation n:
                    return "!(" + PatternTest(n.Pattern, input, inputType) + ")";
                case IBinaryPatternOperation bp:
                    {
                        var l = PatternTest(bp.LeftPattern, input, inputType);
                        var r = PatternTest(bp.RightPattern, input, bp.LeftPattern.NarrowedType ?? inputType);
                        return bp.OperatorKind == BinaryOperatorKind.Or ? $"{Paren(l, Js.Or)} || {Paren(r, Js.Or)}" : $"{Paren(l, Js.And)} && {Paren(r, Js.And)}";
                    }
                case IRecursivePatternOperation rp:
                    {
                        var conds = new List<string>();
                        var matched = rp.MatchedType;
                        var inp = Use1(input);
                        if (matched != null && !SymbolEqualityComparer.Default.Equals(Underlying(matched), Underlying(inputType)) && matched.SpecialType != SpecialType.System_Object)
                            conds.Add(TypeTest(inp, matched, p));
                        else if (inputType == null || !inputType.IsValueType || inputType.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
                            conds.Add($"{inp} != null");
                        else if (inp != input) conds.Add($"({inp}, true)");
                        if (rp.DeconstructionSubpatterns.Length > 0)
                        {
                            if (rp.DeconstructSymbol != null && !(matched?.IsTupleType ?? false))
                            {
                                // Positional pattern on a record/class: call Deconstruct into boxes.
                                var boxes = rp.DeconstructionSubpatterns.Select(_ => NewTemp()).ToList();
                                var m = (IMethodSymbol)rp.DeconstructSymbol;
                                if (m.ContainingType.IsRecord && IsSource(m.ContainingType)) UseRecordMember(m); else Use(m);
                                conds.Add($"({input}.Deconstruct({string.Join(", ", boxes.Select(b => b + " = { v: null }"))}), true)");
                                for (int i = 0; i < boxes.Count; i++)
                                    conds.Add(Paren(PatternTest(rp.DeconstructionSubpatterns[i], boxes[i] + ".v", m.Parameters[i].Type), Js.And));
                            }
                            else
                            {
                                var elems = (matched as INamedTypeSymbol)?.TupleElements;
                                for (int i = 0; i < rp.DeconstructionSubpatterns.Length; i++)
                                    conds.Add(Paren(PatternTest(rp.DeconstructionSubpatterns[i], $"{input}[{i}]", elems?[i].Type), Js.And));
                            }
                        }
                        foreach (var prop in rp.PropertySubpatterns)
                        {
                            string access;
                            ITypeSymbol? memberType;
                            switch (prop.Member)
                            {
                                case IPropertyReferenceOperation pr:
                                    access = PropertyAccessOn(input, pr.Property); memberType = pr.Property.Type; break;
                                case IFieldReferenceOperation fr:
                                    if (fr.Field.ContainingType.IsTupleType)
                                    { access = $"{input}[{fr.Field.ContainingType.TupleElements.IndexOf(fr.Field.CorrespondingTupleField ?? fr.Field)}]"; }
                                    else { Use(fr.Field); access = IsSource(fr.Field) ? $"{input}.{names.MemberName(fr.Field)}" : $"{input}.{Naming.ExternalMemberName(fr.Field)}"; }
                                    memberType = fr.Field.Type; break;
                                default:
                                    Error("CSX1002", prop, "unsupported property pattern"); access = input; memberType = null; break;
                            }
                            conds.Add(Paren(PatternTest(prop.Pattern, access, memberType), Js.And));
                        }
                        if (rp.DeclaredSymbol != null)
                        {
                            var n = LocalName(rp.DeclaredSymbol);
                            pending.Add(n);
                            conds.Add($"(({n} = {input}), true)");
                        }
                        return conds.Count == 0 ? "true" : string.Join(" && ", conds.Select(c => Paren(c, Js.And)));
                    }
                case IListPatternOperation:
                    Error("CSX1002", p, "list patterns are not supported");
                    return "false";
            }
            Error("CSX1002", p, $"pattern '{p.Kind}' is not supported");
            return "false";
        }

        string PropertyAccessOn(string input, IPropertySymbol prop)
        {
            if (IsSource(prop)) { Use(prop); return $"{input}.{names.MemberName(prop)}"; }
            if (Naming.IsExternal(prop)) return $"{input}.{Naming.ExternalMemberName(prop)}";
            var id = prop.OriginalDefinition.GetDocumentationCommentId() ?? "";
            if (Bcl.BclMap.TryGetTemplate(id, out var tpl)) return "(" + tpl.Replace("{this}", input) + ")";
            Unmapped(null, prop, id);
            return input;
        }

        Js SwitchExpression(ISwitchExpressionOperation se)
        {
            var input = PatternInput(se.Value);
            var arms = new List<string>();
            string? prefix = firstUse.TryGetValue(input, out var fu) ? fu : null;
            if (prefix != null) firstUse.Remove(input);
            foreach (var arm in se.Arms)
            {
                var test = PatternTest(arm.Pattern, input, se.Value.Type);
                if (arm.Guard != null) test = $"{Paren(test, Js.And)} && {Expr(arm.Guard).At(Js.And + 1)}";
                var value = Expr(arm.Value).At(Js.Assign);
                arms.Add(test == "true" ? value : $"{Paren(test, Js.Coalesce)} ? {value} : ");
                if (test == "true") break;
            }
            var text = string.Concat(arms);
            if (arms.Count == 0 || arms[^1].EndsWith(": ", StringComparison.Ordinal)) text += "$throw(new $SwitchExpressionException())";
            if (prefix != null) text = $"({prefix}, {text})";
            return new Js(text, prefix != null ? Js.Primary : Js.Cond);
        }

        // ---------------------------------------------------------------- tuples, deconstruction, records

        string Deconstruction(IDeconstructionAssignmentOperation da, bool statement)
        {
            var value = da.Value;
            string rhs;
            if (value.Type?.IsTupleType == true || value is ITupleOperation) rhs = Expr(value).At(Js.Assign);
            else
            {
                // A type with Deconstruct(out a, out b): fill boxes, then destructure them.
                var target = da.Target is IDeclarationExpressionOperation d0 ? d0.Expression : da.Target;
                int n = target is ITupleOperation tt ? tt.Elements.Length : 0;
                var m = value.Type?.GetMembers("Deconstruct").OfType<IMethodSymbol>().FirstOrDefault(x => x.Parameters.Length == n);
                if (m == null) { Error("CSX1002", da, "deconstruction needs a tuple or a Deconstruct method"); return "null"; }
                if (value.Type is INamedTypeSymbol rt && rt.IsRecord && IsSource(rt)) UseRecordMember(m); else Use(m);
                var tmp = NewTemp();
                var boxes = Enumerable.Range(0, n).Select(_ => NewTemp()).ToList();
                rhs = $"({tmp} = {Expr(value).At(Js.Assign)}, {tmp}.Deconstruct({string.Join(", ", boxes.Select(b => b + " = { v: null }"))}), [{string.Join(", ", boxes.Select(b => b + ".v"))}])";
            }
            if (da.Target is IDeclarationExpressionOperation de)
            {
                var pat = DestructurePattern(de.Expression);
                if (statement) return $"let {pat} = {rhs}";
                DeclareAll(de.Expression);
                return $"{pat} = {rhs}";
            }
            if (da.Target is ITupleOperation tupP && tupP.Elements.Any(e => e is IPropertyReferenceOperation or IArrayElementReferenceOperation))
            {
                // Targets such as list[i] or properties cannot be destructuring targets: assign one by one.
                var tmp = NewTemp();
                var parts = new List<string> { $"{tmp} = {rhs}" };
                for (int i = 0; i < tupP.Elements.Length; i++)
                    if (tupP.Elements[i] is not IDiscardOperation) parts.Add(AssignTo(tupP.Elements[i], Js.P($"{tmp}[{i}]")).Text);
                return "(" + string.Join(", ", parts) + ")";
            }
            if (da.Target is ITupleOperation tup)
            {
                foreach (var e in tup.Elements) if (e is IDeclarationExpressionOperation d) DeclareAll(d);
                var pat = DestructurePattern(tup);
                if (statement && tup.Elements.All(e => e is IDeclarationExpressionOperation)) return $"let {pat} = {rhs}";
                var assign = $"{pat} = {rhs}";
                return statement ? "(" + assign + ")" : assign;
            }
            return $"{Expr(da.Target).Text} = {rhs}";
        }

        Js TupleEquality(ITupleBinaryOperation tb)
        {
            var a = NewTemp(); var b = NewTemp();
            var n = (tb.LeftOperand.Type as INamedTypeSymbol)?.TupleElements.Length ?? 0;
            var eqs = Enumerable.Range(0, n).Select(i => $"$eq({a}[{i}], {b}[{i}])");
            var all = $"({a} = {Expr(tb.LeftOperand).At(Js.Assign)}, {b} = {Expr(tb.RightOperand).At(Js.Assign)}, {string.Join(" && ", eqs)})";
            return tb.OperatorKind == BinaryOperatorKind.NotEquals ? new Js("!" + all, Js.Unary) : Js.P(all);
        }

        Js WithExpression(IWithOperation wo)
        {
            var tmp = NewTemp();
            var parts = new List<string> { $"{tmp} = $clone({Expr(wo.Operand).At(Js.Assign)})" };
            var outerReceiver = saveReceiver;
            foreach (var init in wo.Initializer.Initializers)
            {
                saveReceiver = tmp;
                if (init is ISimpleAssignmentOperation sa && sa.Target is IPropertyReferenceOperation pr)
                    parts.Add($"{PropertyAccessOn(tmp, pr.Property)} = {Expr(sa.Value).At(Js.Assign)}");
                else if (init is ISimpleAssignmentOperation sa2 && sa2.Target is IFieldReferenceOperation fr && fr.Field.ContainingType.IsTupleType)
                    parts.Add($"{tmp}[{fr.Field.ContainingType.TupleElements.IndexOf(fr.Field.CorrespondingTupleField ?? fr.Field)}] = {Expr(sa2.Value).At(Js.Assign)}");
                saveReceiver = outerReceiver;
            }
            parts.Add(tmp);
            return Js.P("(" + string.Join(", ", parts) + ")");
        }
    }
}
