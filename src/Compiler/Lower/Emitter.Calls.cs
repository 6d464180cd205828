using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Cs2Js.Name;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Lower
{
    public sealed partial class Emitter
    {
        Js Invocation(IInvocationOperation inv)
        {
            int mark = pendingWriteBacks.Count;
            var call = InvocationCore(inv);
            return ApplyWriteBacks(call, mark);
        }

        /// <summary>After a call with out/ref arguments: copy each box back into its variable.</summary>
        Js ApplyWriteBacks(Js call, int mark)
        {
            if (pendingWriteBacks.Count == mark) return call;
            var wbs = pendingWriteBacks.Skip(mark).ToList();
            pendingWriteBacks.RemoveRange(mark, pendingWriteBacks.Count - mark);
            var result = NewTemp();
            var parts = new List<string> { $"{result} = {call.At(Js.Assign)}" };
            foreach (var (target, box) in wbs) parts.Add(AssignTo(target, Js.P(box + ".v")).Text);
            parts.Add(result);
            return Js.P("(" + string.Join(", ", parts) + ")");
        }

        Js InvocationCore(IInvocationOperation inv)
        {
            var m = inv.TargetMethod;
            currentLocation = inv.Syntax.GetLocation();
            if (m.MethodKind == MethodKind.LocalFunction)
                return new Js($"{LocalName(m.OriginalDefinition)}({ArgList(inv.Arguments, m)})", Js.Call);
            if (m.MethodKind == MethodKind.DelegateInvoke)
            {
                var target = inv.Instance!;
                return new Js($"{Expr(target).At(Js.Call)}({ArgList(inv.Arguments, m)})", Js.Call);
            }
            if (IsSource(m))
            {
                Use(m);
                if (m.ContainingType.IsRecord && m.IsImplicitlyDeclared) UseRecordMember(m);
                var args = ArgList(inv.Arguments, m);
                if (m.IsStatic) return new Js($"{TypeRefNamed(m.ContainingType)}.{names.MemberName(m)}({args})", Js.Call);
                var recv = inv.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } ir && IsBaseCall(inv) ? "super" : Receiver(inv.Instance);
                return new Js($"{recv}.{names.MemberName(m)}({args})", Js.Call);
            }
            if (m.ContainingType.ToDisplayString() == "Js.Script" && m.Name == "Write" && m.Parameters.Length == 2)
                return ScriptWrite(inv);
            if (Naming.IsExternal(m))
            {
                var tpl = Attr.String(m, "Js.TemplateAttribute");
                if (tpl != null) return new Js(ExpandTemplate(tpl, inv.Instance, inv.Arguments.ToList(), m, null), TemplatePrec(tpl));
                var jsName = Naming.ExternalMemberName(m);
                var expand = Attr.Has(m, "Js.ExpandParamsAttribute");
                var args = ArgList(inv.Arguments, m, expand);
                if (m.IsStatic)
                {
                    if (Attr.Has(m.ContainingType, "Js.GlobalMethodsAttribute")) return new Js($"{jsName}({args})", Js.Call);
                    return new Js($"{Naming.ExternalTypeName(m.ContainingType)}.{jsName}({args})", Js.Call);
                }
                return new Js($"{Receiver(inv.Instance)}.{jsName}({args})", Js.Call);
            }
            // enum.ToString() prints the member name (the number is all the value carries).
            if (m.Name == "ToString" && m.Parameters.Length == 0 && inv.Instance != null)
            {
                var recv = StripImplicit(inv.Instance);
                if (recv is IConversionOperation box && IsBoxingConv(box)) recv = box.Operand;
                if (recv.Type is { } et && Underlying(et)?.TypeKind == TypeKind.Enum) return ToStrOf(Expr(recv), et, recv);
            }
            // Virtual object members on source types dispatch to the override.
            if (inv.Instance != null && inv.Instance.Type is INamedTypeSymbol it && IsSource(it) && m.Name is "ToString" or "Equals" or "GetHashCode" && !m.IsStatic)
            {
                if (m.Name == "ToString" && m.Parameters.Length == 0) { UseToString(it); return new Js($"$str({Expr(inv.Instance).Text})", Js.Call); }
                if (m.Name == "Equals" && m.Parameters.Length == 1) { if (it.IsRecord) UseRecordEquals(it); return new Js($"$eq({Expr(inv.Instance).Text}, {Expr(inv.Arguments[0].Value).Text})", Js.Call); }
            }
            var id = m.OriginalDefinition.GetDocumentationCommentId() ?? "";
            if (Bcl.BclMap.TryGetCustom(id, out var custom))
            {
                var ctx = new Bcl.TemplateContext
                {
                    This = inv.Instance == null ? null : Receiver(inv.Instance),
                    Args = inv.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? int.MaxValue).Select(a => a.Parameter?.RefKind is RefKind.Out or RefKind.Ref ? ArgList(new[] { a }, m) : Expr(a.Value).Text).ToList(),
                    ArgTypes = inv.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? int.MaxValue).Select(a => a.Value.Type?.ToDisplayString() ?? "").ToList(),
                    TypeArgs = m.TypeArguments.Select(t => t.ToDisplayString()).ToList(),
                };
                var text = custom(ctx);
                if (text != null) return new Js(text, Js.Call);
                Error("CSX1001", inv, ctx.RefusalReason ?? $"'{m.ToDisplayString()}' is not available in cs2js");
                return Js.P("null");
            }
            if (TryBclTemplate(m, out var template))
                return new Js(ExpandTemplate(template, inv.Instance, inv.Arguments.ToList(), m, null), TemplatePrec(template));
            // Members of library interfaces that user classes implement (IDisposable, IComparable<T>...).
            if (m.ContainingType.TypeKind == TypeKind.Interface && inv.Instance != null && m.Name == "CompareTo" && m.Parameters.Length == 1)
                return new Js($"$cmp({Expr(inv.Instance).At(Js.Assign)}, {Expr(inv.Arguments[0].Value).At(Js.Assign)})", Js.Call);
            if (m.ContainingType.TypeKind == TypeKind.Interface && inv.Instance != null && m.ContainingType.ContainingNamespace?.ToDisplayString() == "System")
                return new Js($"{Receiver(inv.Instance)}.{m.Name}({ArgList(inv.Arguments, m)})", Js.Call);
            if (m.Name == "GetType" && m.Parameters.Length == 0) return new Js($"{Expr(inv.Instance!).At(Js.Call)}.constructor", Js.Call);
            Unmapped(inv.Syntax, m, id, inv);
            return Js.P("null");
        }

        /// <summary>Script.Write&lt;T&gt;("js {0}", args): a compile-time splice; the code must be a constant.</summary>
        Js ScriptWrite(IInvocationOperation inv)
        {
            if (inv.Arguments[0].Value.ConstantValue.Value is not string code) { Error("CSX2022", inv, "Script.Write needs a constant string"); return Js.P("null"); }
            var values = inv.Arguments[1].Value switch
            {
                IArrayCreationOperation { Initializer: { } init } => init.ElementValues.Select(e => Expr(StripImplicit(e)).At(Js.Call)).ToList(),
                ICollectionExpressionOperation ce => ce.Elements.Select(e => Expr(StripImplicit(e)).At(Js.Call)).ToList(),
                _ => new List<string>(),
            };
            var text = Regex.Replace(code, @"\{(\d+)\}", mm => int.Parse(mm.Groups[1].Value) < values.Count ? values[int.Parse(mm.Groups[1].Value)] : "undefined");
            return new Js("(" + text + ")", Js.Primary);
        }

        static bool IsBaseCall(IInvocationOperation inv) =>
            inv.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: BaseExpressionSyntax } };

        /// <summary>JS argument list in parameter order; out/ref arguments become `{ v }` boxes with write-back.</summary>
        string ArgList(IEnumerable<IArgumentOperation> args, IMethodSymbol m, bool expandParams = false)
        {
            // Roslyn lists arguments in evaluation order (named arguments as written); JS needs
            // parameter order.
            var list = args.OrderBy(a => a.Parameter?.Ordinal ?? int.MaxValue).ToList();
            var parts = new List<string>();
            var writeBacks = new List<(IOperation target, string box)>();
            foreach (var a in list)
            {
                if (a.ArgumentKind == ArgumentKind.ParamArray && a.Value is IArrayCreationOperation ac && (expandParams))
                {
                    if (ac.Initializer != null) parts.AddRange(ac.Initializer.ElementValues.Select(e => Expr(e).At(Js.Assign)));
                    continue;
                }
                if (a.Parameter?.RefKind is RefKind.Out or RefKind.Ref)
                {
                    var targetOp = a.Value;
                    if (targetOp is IParameterReferenceOperation pr && pr.Parameter.RefKind is RefKind.Ref or RefKind.Out)
                    {
                        parts.Add(LocalName(pr.Parameter)); // pass our own box through
                        continue;
                    }
                    var box = NewTemp();
                    var init = a.Parameter.RefKind == RefKind.Ref ? Expr(targetOp).At(Js.Assign) : "null";
                    if (targetOp is IDeclarationExpressionOperation or IDiscardOperation) init = "null";
                    parts.Add($"{box} = {{ v: {init} }}");
                    if (targetOp is not IDiscardOperation) writeBacks.Add((targetOp, box));
                    continue;
                }
                parts.Add(Expr(a.Value).At(Js.Assign));
            }
            var text = string.Join(", ", parts);
            if (writeBacks.Count == 0) return text;
            // f(out x) → a call followed by write-back; the call's value survives in a temp.
            pendingWriteBacks.AddRange(writeBacks.Select(w => (w.target, w.box)));
            return text;
        }

        readonly List<(IOperation target, string box)> pendingWriteBacks = new();

        // ---------------------------------------------------------------- templates

        static readonly Regex Placeholder = new(@"\{(\*?)(\w+)(?::(\w+))?\}", RegexOptions.Compiled);

        static int TemplatePrec(string tpl)
        {
            var t = tpl.Trim();
            if (Regex.IsMatch(t, @"^[\w$.]+(\(.*\))?$") && BalancedOuter(t)) return Js.Call;
            if (Regex.IsMatch(t, @"^\{this\}[\w$.]*(\[.*\])?(\(.*\))?$") && BalancedOuter(t)) return Js.Call;
            if (t.StartsWith("(", StringComparison.Ordinal) && t.EndsWith(")", StringComparison.Ordinal) && BalancedOuter(t.Substring(1, t.Length - 2))) return Js.Primary;
            if (t.StartsWith("new ", StringComparison.Ordinal) && !t.Contains(" ", StringComparison.Ordinal)) return Js.Call;
            if (t.StartsWith("new ", StringComparison.Ordinal) && BalancedOuter(t)) return Js.Call;
            if (t.StartsWith("[", StringComparison.Ordinal) && t.EndsWith("]", StringComparison.Ordinal)) return Js.Primary;
            return Js.Assign - 1 >= 0 ? Js.Comma + 1 : Js.Comma;
        }

        /// <summary>True when parentheses/brackets never close back to depth 0 before the end (a single unit).</summary>
        static bool BalancedOuter(string t)
        {
            int depth = 0; bool seenOpen = false; bool inStr = false; char q = '\0';
            for (int i = 0; i < t.Length; i++)
            {
                var c = t[i];
                if (inStr) { if (c == '\\') i++; else if (c == q) inStr = false; continue; }
                if (c is '"' or '\'') { inStr = true; q = c; continue; }
                if (c is '(' or '[') { depth++; seenOpen = true; }
                else if (c is ')' or ']') { depth--; if (depth == 0 && i < t.Length - 1 && seenOpen && t[i + 1] is not ('(' or '[' or '.')) return false; }
                else if (depth == 0 && (c == ' ' || c == '?' || c == '+' || c == '-' || c == '*' || c == '/' || c == '&' || c == '|' || c == '=' || c == '<' || c == '>' || c == '!' || c == ',')) return false;
            }
            return depth == 0;
        }

        string ExpandTemplate(string tpl, IOperation? instance, List<IArgumentOperation> args, ISymbol member, string? value)
        {
            var method = member as IMethodSymbol;
            var ps = method?.Parameters ?? (member as IPropertySymbol)?.Parameters ?? System.Collections.Immutable.ImmutableArray<IParameterSymbol>.Empty;
            // Arguments by parameter ordinal (Roslyn gives them in parameter order already).
            var byIndex = new Dictionary<int, IArgumentOperation>();
            foreach (var a in args) if (a.Parameter != null) byIndex[a.Parameter.Ordinal] = a;
            string? thisText = null;
            return Placeholder.Replace(tpl, match =>
            {
                var spread = match.Groups[1].Value == "*";
                var name = match.Groups[2].Value;
                var mod = match.Groups[3].Success ? match.Groups[3].Value : null;
                if (name == "this")
                {
                    thisText ??= instance == null ? "this" : Expr(instance).At(Js.Call);
                    return thisText;
                }
                if (name == "value" && value != null) return value;
                if (name.StartsWith("T", StringComparison.Ordinal) && (name == "T" || int.TryParse(name.Substring(1), out _)) && method != null)
                {
                    int ti = name == "T" ? 0 : int.Parse(name.Substring(1));
                    var targs = method.TypeArguments.Length > 0 ? method.TypeArguments : method.ContainingType.TypeArguments;
                    return ti < targs.Length ? TypeRef(targs[ti], null) : "undefined";
                }
                int idx = int.TryParse(name, out var n) ? n : ps.IndexOf(ps.FirstOrDefault(p => p.Name == name)!);
                if (idx < 0) return match.Value; // not a placeholder (e.g. a regex \p{L})
                if (!byIndex.TryGetValue(idx, out var arg)) return "undefined";
                var v = arg.Value;
                if (mod == "raw") return v.ConstantValue.Value as string ?? Expr(v).Text;
                if (mod == "str") return ToStr(v).At(Js.Additive + 1);
                if (mod == "fmt") return FormatArg(v).At(Js.Assign);
                if (spread)
                {
                    if (v is IArrayCreationOperation { Initializer: { } init } && arg.ArgumentKind == ArgumentKind.ParamArray)
                        return string.Join(", ", init.ElementValues.Select(e => Expr(e).At(Js.Assign)));
                    return "..." + Expr(v).At(Js.Call);
                }
                if (arg.Parameter?.RefKind is RefKind.Out or RefKind.Ref)
                {
                    var single = ArgList(new[] { arg }, method!);
                    return single;
                }
                return Expr(v).At(Js.Call);
            });
        }

        /// <summary>Template expansion over already-lowered argument texts (method groups, operators).</summary>
        string ExpandTemplateText(string tpl, string? thisText, List<string> args, List<ITypeSymbol?> argTypes, IMethodSymbol m)
        {
            return Placeholder.Replace(tpl, match =>
            {
                var name = match.Groups[2].Value;
                var mod = match.Groups[3].Success ? match.Groups[3].Value : null;
                if (name == "this") return thisText ?? "this";
                int idx = int.TryParse(name, out var n) ? n : m.Parameters.IndexOf(m.Parameters.FirstOrDefault(p => p.Name == name)!);
                if (idx < 0) return match.Value;
                if (idx >= args.Count) return "undefined";
                if (mod == "str") return ToStrOf(new Js(args[idx], Js.Call), argTypes[idx], null).At(Js.Additive + 1);
                return args[idx];
            });
        }

        // ---------------------------------------------------------------- type references

        /// <summary>The JS expression naming a type (for new/instanceof/extends).</summary>
        string TypeRef(ITypeSymbol t, IOperation? at)
        {
            if (t is INamedTypeSymbol nt)
            {
                if (IsSource(nt)) return nt.TypeKind == TypeKind.Enum ? EnumRef(nt) : TypeRefNamed(nt);
                if (Naming.IsExternal(nt)) return Naming.ExternalTypeName(nt);
                var id = nt.OriginalDefinition.GetDocumentationCommentId() ?? "";
                if (Bcl.BclMap.TryGetTemplate(id, out var tpl)) return tpl;
                switch (nt.SpecialType)
                {
                    case SpecialType.System_Object: return "Object";
                    case SpecialType.System_String: return "String";
                }
                Error("CSX1001", at?.Syntax.GetLocation() ?? currentLocation, $"type '{t.ToDisplayString()}' is not available in cs2js");
                return "Object";
            }
            if (t is ITypeParameterSymbol) { Error("CSX2001", at?.Syntax.GetLocation() ?? currentLocation, "a type parameter is erased at run time; pass a value or factory instead"); return "Object"; }
            if (t is IArrayTypeSymbol) return "Array";
            return "Object";
        }

        string TypeRefNamed(INamedTypeSymbol t)
        {
            UseType(t);
            return names.TypeName(t);
        }
    }
}
