using System.Collections.Generic;
using System.Linq;
using Cs2Js.Name;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Lower
{
    public sealed partial class Emitter
    {
        /// <summary>String concatenation: each operand becomes a string the way .NET would print it.</summary>
        Js StringConcat(IBinaryOperation b)
        {
            var parts = new List<string>();
            void Collect(IOperation op)
            {
                op = StripImplicit(op);
                if (op is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, OperatorMethod: null } inner && IsString(inner.Type)) { Collect(inner.LeftOperand); Collect(inner.RightOperand); return; }
                if (op is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } inner2 && IsString(inner2.Type) && inner2.OperatorMethod?.ContainingType.SpecialType == SpecialType.System_String) { Collect(inner2.LeftOperand); Collect(inner2.RightOperand); return; }
                parts.Add(ToStr(op).At(Js.Additive + 1));
            }
            Collect(b.LeftOperand);
            Collect(b.RightOperand);
            // Make sure JS sees a string on the left so that `1 + 2 + "a"` stays C#'s "3a".
            if (parts.Count > 0 && !parts[0].StartsWith("\"", System.StringComparison.Ordinal) && !IsString(StripImplicit(b.LeftOperand).Type) && !(StripImplicit(b.LeftOperand) is IBinaryOperation))
                parts.Insert(0, "\"\"");
            return new Js(string.Join(" + ", parts), Js.Additive);
        }

        /// <summary>The .NET string form of a value, using its static type (looking through boxing).</summary>
        Js ToStr(IOperation op)
        {
            op = StripImplicit(op);
            if (op is IConversionOperation box && IsBoxingConv(box)) op = box.Operand;
            var t = op.Type;
            if (op.ConstantValue.HasValue && op.ConstantValue.Value is string s) return Js.P(Str(s));
            if (op.ConstantValue.HasValue && op.ConstantValue.Value == null && t?.TypeKind != TypeKind.Enum) return Js.P("\"\"");
            if (op.ConstantValue.HasValue && t?.TypeKind != TypeKind.Enum && op.ConstantValue.Value is not (double or float or char or bool))
                return Js.P(Str(System.Convert.ToString(op.ConstantValue.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
            return ToStrOf(Expr(op), t, op);
        }

        Js ToStrOf(Js v, ITypeSymbol? t, IOperation? op)
        {
            if (t == null) return new Js($"$str({v.Text})", Js.Call);
            if (t.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                var tmp = NewTemp();
                var inner = ToStrOf(Js.P(tmp), Underlying(t), null);
                return new Js($"({tmp} = {v.At(Js.Assign)}) == null ? \"\" : {inner.At(Js.Assign)}", Js.Cond);
            }
            if (t.TypeKind == TypeKind.Enum)
            {
                var et = (INamedTypeSymbol)t;
                if (EnumEmit(et) != 0) return v;
                var flags = et.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.FlagsAttribute");
                return new Js($"$enumStr({v.At(Js.Assign)}, {EnumRef(et)}, {(flags ? "true" : "false")})", Js.Call);
            }
            switch (t.SpecialType)
            {
                case SpecialType.System_String:
                    return IsKnownNonNull(op) ? v : new Js($"{v.At(Js.Coalesce + 1)} ?? \"\"", Js.Coalesce);
                case SpecialType.System_Boolean:
                    return new Js($"{v.At(Js.Coalesce)} ? \"True\" : \"False\"", Js.Cond);
                case SpecialType.System_Char:
                    return new Js($"String.fromCharCode({v.Text})", Js.Call);
                case SpecialType.System_Double:
                    return new Js($"$dbl({v.Text})", Js.Call);
                case SpecialType.System_Single:
                    return new Js($"$flt({v.Text})", Js.Call);
                case SpecialType.System_Int32: case SpecialType.System_Int64: case SpecialType.System_Int16:
                case SpecialType.System_UInt16: case SpecialType.System_UInt32: case SpecialType.System_Byte: case SpecialType.System_SByte:
                case SpecialType.System_UInt64:
                    return new Js($"String({v.Text})", Js.Call);
            }
            // BCL value types and classes with their own ToString mapping (TimeSpan, DateTime, StringBuilder...).
            if (t is INamedTypeSymbol bt && !IsSource(bt) && !Naming.IsExternal(bt) && t.SpecialType == SpecialType.None && !t.IsTupleType)
            {
                var toString = bt.GetMembers("ToString").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.Length == 0);
                if (toString != null && Bcl.BclMap.TryGetTemplate(toString.GetDocumentationCommentId() ?? "", out var tsTpl))
                {
                    if (t.IsValueType) return new Js(ExpandTemplateText(tsTpl, v.At(Js.Call), new List<string>(), new List<ITypeSymbol?>(), toString), TemplatePrec(tsTpl));
                    var tmp0 = NewTemp();
                    return new Js($"({tmp0} = {v.At(Js.Assign)}) == null ? \"\" : {ExpandTemplateText(tsTpl, tmp0, new List<string>(), new List<ITypeSymbol?>(), toString)}", Js.Cond);
                }
            }
            if (t.IsTupleType && t is INamedTypeSymbol tt)
            {
                var tmp = NewTemp();
                var items = tt.TupleElements.Select((e, i) => ToStrOf(Js.P($"{tmp}[{i}]"), e.Type, null).At(Js.Additive + 1));
                return new Js($"({tmp} = {v.At(Js.Assign)}, \"(\" + {string.Join(" + \", \" + ", items)} + \")\")", Js.Primary);
            }
            if (t is INamedTypeSymbol nt2 && IsSource(nt2) && (nt2.IsRecord || HasToStringOverride(nt2))) UseToString(nt2);
            return new Js($"$str({v.Text})", Js.Call);
        }

        static bool IsBoxingConv(IConversionOperation c) => c.GetConversion().IsBoxing;

        static bool IsKnownNonNull(IOperation? op)
        {
            if (op == null) return false;
            op = StripImplicit(op);
            return op is IInterpolatedStringOperation or ILiteralOperation || op is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } b && IsString(b.Type)
                || op is IInvocationOperation { TargetMethod.Name: "ToString" or "Substring" or "Trim" or "ToUpper" or "ToLower" or "Join" or "Format" or "Replace" or "PadLeft" or "PadRight" or "ToUpperInvariant" or "ToLowerInvariant" };
        }

        static bool HasToStringOverride(INamedTypeSymbol t)
        {
            for (var cur = t; cur != null; cur = cur.BaseType)
                if (cur.GetMembers("ToString").OfType<IMethodSymbol>().Any(m => m.IsOverride && m.Parameters.Length == 0)) return true;
            return false;
        }

        void UseToString(INamedTypeSymbol t)
        {
            for (var cur = t; cur != null && IsSource(cur); cur = cur.BaseType)
                foreach (var m in cur.GetMembers("ToString").OfType<IMethodSymbol>().Where(m => m.Parameters.Length == 0)) Use(m);
        }

        /// <summary>$"..." : literal parts and holes; a hole with a format or alignment goes through $fmtv.</summary>
        Js Interpolation(IInterpolatedStringOperation isop)
        {
            var parts = new List<string>();
            foreach (var p in isop.Parts)
            {
                switch (p)
                {
                    case IInterpolatedStringTextOperation text:
                        var s = text.Text.ConstantValue.Value as string ?? "";
                        if (s.Length > 0) parts.Add(Str(s));
                        break;
                    case IInterpolationOperation hole:
                        if (hole.FormatString == null && hole.Alignment == null) parts.Add(ToStr(hole.Expression).At(Js.Additive + 1));
                        else
                        {
                            var fmt = hole.FormatString == null ? "null" : Expr(hole.FormatString).Text;
                            var align = hole.Alignment == null ? "0" : Expr(hole.Alignment).Text;
                            parts.Add($"$fmtv({FormatArg(hole.Expression).Text}, {fmt}, {align})");
                        }
                        break;
                    default:
                        Error("CSX1002", p, "interpolated string handlers are not supported");
                        break;
                }
            }
            if (parts.Count == 0) return Js.P("\"\"");
            if (parts.Count == 1 && !parts[0].StartsWith("\"", System.StringComparison.Ordinal) && !parts[0].StartsWith("$fmtv", System.StringComparison.Ordinal) && !parts[0].StartsWith("String(", System.StringComparison.Ordinal))
                parts.Insert(0, "\"\"");
            if (parts.Count == 1 && parts[0].StartsWith("$fmtv", System.StringComparison.Ordinal)) return new Js(parts[0], Js.Call);
            return new Js(string.Join(" + ", parts), parts.Count == 1 ? Js.Primary : Js.Additive);
        }

        /// <summary>A value headed for composite formatting: chars become strings, enums their names,
        /// booleans and numbers pass through (the runtime formats them).</summary>
        Js FormatArg(IOperation op)
        {
            op = StripImplicit(op);
            if (op is IConversionOperation box && IsBoxingConv(box)) op = box.Operand;
            var t = op.Type;
            if (t?.SpecialType == SpecialType.System_Char || t?.TypeKind == TypeKind.Enum || t?.IsTupleType == true) return ToStr(op);
            if (t != null && t.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T && Underlying(t)?.TypeKind == TypeKind.Enum) return ToStr(op);
            if (t is INamedTypeSymbol nt && IsSource(nt)) UseToString(nt);
            return Expr(op);
        }
    }
}
