using System;
using System.Collections.Generic;
using System.Linq;
using Cs2Js.Name;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using Cs2Js.Tree;

namespace Cs2Js.Lower
{
    public sealed partial class Emitter
    {
        /// <summary>String concatenation: each operand becomes a string the way .NET would print it.</summary>
        Expr StringConcat(IBinaryOperation b)
        {
            var parts = new List<Expr>();
            void Collect(IOperation op)
            {
                op = StripImplicit(op);
                if (op is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, OperatorMethod: null } inner && IsString(inner.Type)) { Collect(inner.LeftOperand); Collect(inner.RightOperand); return; }
                if (op is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } inner2 && IsString(inner2.Type) && inner2.OperatorMethod?.ContainingType.SpecialType == SpecialType.System_String) { Collect(inner2.LeftOperand); Collect(inner2.RightOperand); return; }
                parts.Add(ToStr(op));
            }
            Collect(b.LeftOperand);
            Collect(b.RightOperand);
            // Make sure JS sees a string on the left so that `1 + 2 + "a"` stays C#'s "3a".
            if (parts.Count > 0 && parts[0] is not Str && !IsString(StripImplicit(b.LeftOperand).Type) && !(StripImplicit(b.LeftOperand) is IBinaryOperation))
                parts.Insert(0, new Str(""));
            return Concat(parts);
        }

        /// <summary>a + b + c, left-associative (each part is already a string); adjacent literals are joined
        /// ("a" + '"' + "b" is one literal).</summary>
        Expr Concat(List<Expr> parts)
        {
            var joined = new List<Expr>();
            foreach (var p in parts)
            {
                if (p is Str s && joined.Count > 0 && joined[^1] is Str prev) joined[^1] = new Str(prev.Value + s.Value) { Pos = prev.Pos };
                else joined.Add(p);
            }
            // After the first part the sum is a string, and string + number is the number's String(): `"n=" + n`.
            for (int i = 1; i < joined.Count; i++)
                if (joined[i] is Call { Args.Count: 1 } c && numberStrings.Contains(c)) joined[i] = c.Args[0];
            return joined.Aggregate((a, b) => Bin("+", a, b));
        }

        /// <summary>The String(v) calls <see cref="ToStrOf"/> made of integral values (a number or a BigInt).</summary>
        readonly HashSet<Expr> numberStrings = new(ReferenceEqualityComparer.Instance);

        /// <summary>The .NET string form of a value, using its static type (looking through boxing).</summary>
        Expr ToStr(IOperation op)
        {
            op = StripImplicit(op);
            if (op is IConversionOperation box && IsBoxingConv(box)) op = box.Operand;
            var t = op.Type;
            if (op.ConstantValue.HasValue && op.ConstantValue.Value is string s) return new Str(s);
            if (op.ConstantValue.HasValue && op.ConstantValue.Value == null && t?.TypeKind != TypeKind.Enum) return new Str("");
            if (op.ConstantValue.HasValue && t?.TypeKind != TypeKind.Enum && op.ConstantValue.Value is not (double or float or char or bool))
                return new Str(System.Convert.ToString(op.ConstantValue.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "");
            return ToStrOf(Expr(op), t, op);
        }

        Expr ToStrOf(Expr v, ITypeSymbol? t, IOperation? op)
        {
            if (t == null) return H("$str", v);
            // A reified T printed: through its box, so an enum T prints its name.
            if (t is ITypeParameterSymbol tp && IsKnownTypeParam(tp)) return H("$str", H("$box", v, TypeOf(tp)));
            // KeyValuePair<K, V>: "[key, value]", each printed as its type prints.
            if (t.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.KeyValuePair<TKey, TValue>" && t is INamedTypeSymbol kv
                && kv.TypeArguments.Any(a => a is ITypeParameterSymbol || ItemFormatter(a) != null))
            {
                var tmp = NewTemp();
                return new Seq(new Assign(tmp, v), Concat(new List<Expr> { new Str("["), ToStrOf(new Subscript(tmp, Int(0)), kv.TypeArguments[0], null), new Str(", "), ToStrOf(new Subscript(tmp, Int(1)), kv.TypeArguments[1], null), new Str("]") }));
            }
            if (t.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                var tmp = NewTemp();
                var inner = ToStrOf(tmp, Underlying(t), null);
                return new Cond(Bin("==", new Assign(tmp, v), Kw.Null), new Str(""), inner);
            }
            if (t.TypeKind == TypeKind.Enum)
            {
                var et = (INamedTypeSymbol)t;
                if (EnumEmit(et) != 0) return v;
                var flags = et.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.FlagsAttribute");
                return H("$enumStr", v, EnumRef(et), Kw.Bool(flags));
            }
            switch (t.SpecialType)
            {
                case SpecialType.System_String:
                    return IsKnownNonNull(op) || Fold.NonNull(v) ? v : Bin("??", v, new Str(""));
                case SpecialType.System_Boolean:
                    return new Cond(v, new Str("True"), new Str("False"));
                case SpecialType.System_Char:
                    return Fold.CharString(v);
                case SpecialType.System_Double:
                    return H("$dbl", v);
                case SpecialType.System_Single:
                    return H("$flt", v);
                case SpecialType.System_Int32: case SpecialType.System_Int64: case SpecialType.System_Int16:
                case SpecialType.System_UInt16: case SpecialType.System_UInt32: case SpecialType.System_Byte: case SpecialType.System_SByte:
                case SpecialType.System_UInt64:
                    {
                        var call = new Call(Ident("String"), v);
                        numberStrings.Add(call);
                        return call;
                    }
            }
            // An anonymous object prints as C#'s "{ Name = ana, N = 2 }", each member by its own type.
            if (t is INamedTypeSymbol { IsAnonymousType: true } anon)
            {
                var tmpA = NewTemp();
                var members = anon.GetMembers().OfType<IPropertySymbol>().ToList();
                var parts = new List<Expr> { new Str(members.Count == 0 ? "{ }" : "{ ") };
                for (int i = 0; i < members.Count; i++)
                {
                    parts.Add(new Str((i > 0 ? ", " : "") + members[i].Name + " = "));
                    parts.Add(ToStrOf(Dot(tmpA, members[i].Name), members[i].Type, null));
                }
                if (members.Count > 0) parts.Add(new Str(" }"));
                return new Cond(Bin("==", new Assign(tmpA, v), Kw.Null), new Str(""), Concat(parts));
            }
            // BCL value types and classes with their own ToString mapping (TimeSpan, DateTime, StringBuilder...).
            if (t is INamedTypeSymbol bt && !IsSource(bt) && !Naming.IsExternal(bt) && t.SpecialType == SpecialType.None && !t.IsTupleType)
            {
                var toString = bt.GetMembers("ToString").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.Length == 0);
                if (toString != null && Bcl.BclMap.TryGetTemplate(toString.OriginalDefinition.GetDocumentationCommentId() ?? "", out var tsTpl))
                {
                    if (t.IsValueType) return ExpandTemplate(tsTpl, toString, () => v, new List<TemplateArg>(), null);
                    var tmp0 = NewTemp();
                    return new Cond(Bin("==", new Assign(tmp0, v), Kw.Null), new Str(""), ExpandTemplate(tsTpl, toString, () => tmp0, new List<TemplateArg>(), null));
                }
            }
            // Arrays and library collections do not override ToString: .NET prints the type's full name.
            if (IsPlainCollection(t))
            {
                var tmp = NewTemp();
                return new Cond(Bin("==", new Assign(tmp, v), Kw.Null), new Str(""), FullNameOf(t));
            }
            if (t.IsTupleType && t is INamedTypeSymbol tt)
            {
                var tmp = NewTemp();
                var parts = new List<Expr> { new Str("(") };
                for (int i = 0; i < tt.TupleElements.Length; i++)
                {
                    if (i > 0) parts.Add(new Str(", "));
                    parts.Add(ToStrOf(new Subscript(tmp, Int(i)), tt.TupleElements[i].Type, null));
                }
                parts.Add(new Str(")"));
                return new Seq(new Assign(tmp, v), Concat(parts));
            }
            return H("$str", v);
        }

        /// <summary>An array, List, Dictionary, HashSet… (a JS Array, Map or Set): no ToString of its own.</summary>
        static bool IsPlainCollection(ITypeSymbol t) =>
            t is IArrayTypeSymbol || t is INamedTypeSymbol { IsReferenceType: true, TypeKind: TypeKind.Class } nt && !IsSource(nt) && !Naming.IsExternal(nt)
                && Bcl.BclMap.TryGetTemplate(nt.OriginalDefinition.GetDocumentationCommentId() ?? "", out var tpl) && tpl is "Array" or "Map" or "Set";

        static bool IsBoxingConv(IConversionOperation c) => c.GetConversion().IsBoxing;

        /// <summary>$"..." : literal parts and holes; a hole with a format or alignment goes through $fmtv.</summary>
        Expr Interpolation(IInterpolatedStringOperation isop)
        {
            var parts = new List<Expr>();
            foreach (var p in isop.Parts)
            {
                switch (p)
                {
                    case IInterpolatedStringTextOperation text:
                        var s = text.Text.ConstantValue.Value as string ?? "";
                        if (s.Length > 0) parts.Add(new Str(s));
                        break;
                    case IInterpolationOperation hole:
                        if (hole.FormatString == null && hole.Alignment == null) parts.Add(ToStr(hole.Expression));
                        else
                        {
                            var fmt = hole.FormatString == null ? Kw.Null : Expr(hole.FormatString);
                            var align = hole.Alignment == null ? Int(0) : Expr(hole.Alignment);
                            parts.Add(H("$fmtv", FormatArg(hole.Expression), fmt, align));
                        }
                        break;
                    case IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation call }:
                        {
                            // A handler's AppendLiteral(s) / AppendFormatted(value[, alignment][, format]).
                            Expr? Arg(string name) => call.Arguments.FirstOrDefault(a => a.Parameter?.Name == name && a.ArgumentKind == ArgumentKind.Explicit)?.Value is { } v ? Expr(v) : null;
                            var value = call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value;
                            if (call.TargetMethod.Name == "AppendLiteral") { if (value?.ConstantValue.Value is string lit && lit.Length > 0) parts.Add(new Str(lit)); else if (value != null) parts.Add(Expr(value)); }
                            else if (value != null)
                            {
                                var fmt = Arg("format"); var align = Arg("alignment");
                                parts.Add(fmt == null && align == null ? ToStr(value) : H("$fmtv", FormatArg(value), fmt ?? Kw.Null, align ?? Int(0)));
                            }
                            break;
                        }
                    default:
                        Error("CSX1002", p, "interpolated string handlers are not supported");
                        break;
                }
            }
            if (parts.Count == 0) return new Str("");
            // A lone hole must still be a string: `${x}` of a string that may be null is "".
            if (parts.Count == 1 && parts[0] is not Str && !(parts[0] is Call { Callee: Id { Name: "$fmtv" or "String" } }))
                parts.Insert(0, new Str(""));
            return Concat(parts);
        }

        /// <summary>A value headed for composite formatting: chars become strings, enums their names,
        /// booleans and numbers pass through (the runtime formats them).</summary>
        Expr FormatArg(IOperation op)
        {
            op = StripImplicit(op);
            if (op is IConversionOperation box && IsBoxingConv(box)) op = box.Operand;
            var t = op.Type;
            if (t?.SpecialType == SpecialType.System_Char || t?.TypeKind == TypeKind.Enum || t?.IsTupleType == true) return ToStr(op);
            if (t != null && t.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T && Underlying(t)?.TypeKind == TypeKind.Enum) return ToStr(op);
            if (Underlying(t)?.SpecialType is SpecialType.System_Int64 or SpecialType.System_UInt64) return H("$lfv", Expr(op));
            // A BCL value held as a JS primitive (TimeSpan, DateTimeOffset) formats through its own template.
            if (Underlying(t) is INamedTypeSymbol bt && !IsSource(bt) && bt.IsValueType && bt.SpecialType == SpecialType.None && !bt.IsTupleType
                && bt.GetMembers("ToString").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.Length == 1 && m.Parameters[0].Type.SpecialType == SpecialType.System_String) is { } withFormat
                && Bcl.BclMap.TryGetTemplate(withFormat.GetDocumentationCommentId() ?? "", out var ftpl))
            {
                var x = new Id("$x"); var f = new Id("$f");
                var formatted = ExpandTemplate(ftpl, withFormat, () => x, new List<TemplateArg> { TemplateArg.Of(f, compilation.GetSpecialType(SpecialType.System_String)) }, null);
                return H("$fwrap", Expr(op), new Arrow(new Expr[] { x, f }, new Cond(f, formatted, ToStrOf(x, bt, null))));
            }
            return Expr(op);
        }
    }
}
