using System;
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
        Js Binary(IBinaryOperation b)
        {
            if (b.OperatorMethod != null && b.OperatorMethod.ContainingType.IsRecord && b.OperatorMethod.IsImplicitlyDeclared && IsSource(b.OperatorMethod.ContainingType))
            {
                var eq = $"$eq({Expr(b.LeftOperand).At(Js.Assign)}, {Expr(b.RightOperand).At(Js.Assign)})";
                UseRecordEquals(b.OperatorMethod.ContainingType);
                return b.OperatorKind == BinaryOperatorKind.NotEquals ? new Js("!" + eq, Js.Unary) : new Js(eq, Js.Call);
            }
            if (b.OperatorMethod != null && IsSource(b.OperatorMethod))
            {
                Use(b.OperatorMethod);
                return new Js($"{TypeRefNamed(b.OperatorMethod.ContainingType)}.{names.MemberName(b.OperatorMethod)}({Expr(b.LeftOperand).At(Js.Assign)}, {Expr(b.RightOperand).At(Js.Assign)})", Js.Call);
            }
            if (b.OperatorKind == BinaryOperatorKind.Add && (IsString(b.Type) || IsString(b.LeftOperand.Type) && IsString(b.RightOperand.Type)))
                return StringConcat(b);
            if (b.Type?.TypeKind == TypeKind.Delegate && b.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract)
                return new Js($"{(b.OperatorKind == BinaryOperatorKind.Add ? "$combine" : "$remove")}({Expr(b.LeftOperand).Text}, {Expr(b.RightOperand).Text})", Js.Call);
            if (b.OperatorMethod != null && !IsString(b.LeftOperand.Type) && b.OperatorKind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals))
            {
                var id = b.OperatorMethod.OriginalDefinition.GetDocumentationCommentId() ?? "";
                if (Bcl.BclMap.TryGetTemplate(id, out var tpl))
                    return new Js(ExpandTemplateText(tpl, null, new List<string> { Expr(b.LeftOperand).At(Js.Assign), Expr(b.RightOperand).At(Js.Assign) }, new List<ITypeSymbol?> { b.LeftOperand.Type, b.RightOperand.Type }, b.OperatorMethod), TemplatePrec(tpl));
                Unmapped(b.Syntax, b.OperatorMethod, id, b);
                return Js.P("null");
            }
            return BinaryText(b.OperatorKind, Expr(b.LeftOperand), Expr(b.RightOperand), b.LeftOperand.Type, b.RightOperand.Type, b.Type, b.IsChecked, b.IsLifted, b.OperatorMethod, b);
        }

        /// <summary>The JS for a built-in binary operator with C# semantics for the operand types.</summary>
        Js BinaryText(BinaryOperatorKind kind, Js l, Js r, ITypeSymbol? lt, ITypeSymbol? rt, ITypeSymbol? resultType, bool isChecked, bool isLifted, IMethodSymbol? opMethod, IOperation at)
        {
            var ut = Underlying(resultType);
            var lut = Underlying(lt);
            if (isLifted && kind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr))
            {
                // null in → null out (arithmetic) or false (comparison).
                var a = NewTemp(); var b2 = NewTemp();
                var inner = BinaryText(kind, Js.P(a), Js.P(b2), Underlying(lt), Underlying(rt), Underlying(resultType), isChecked, false, opMethod, at);
                bool isCompare = kind is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual;
                var nullCheck = $"({a} = {l.At(Js.Assign)}) == null || ({b2} = {r.At(Js.Assign)}) == null";
                if (lut?.SpecialType == SpecialType.System_Boolean && kind is BinaryOperatorKind.And or BinaryOperatorKind.Or)
                    return new Js($"$bool3({l.At(Js.Assign)}, {r.At(Js.Assign)}, {(kind == BinaryOperatorKind.And ? "true" : "false")})", Js.Call);
                return isCompare
                    ? new Js($"!({nullCheck}) && {inner.At(Js.And + 1)}", Js.And)
                    : new Js($"{nullCheck} ? null : {inner.At(Js.Assign)}", Js.Cond);
            }
            if (ut?.SpecialType == SpecialType.System_Single && kind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder)
                return new Js($"Math.fround({BinaryText(kind, l, r, lt, rt, compilation.GetSpecialType(SpecialType.System_Double), isChecked, false, opMethod, at).Text})", Js.Call);
            bool isInt = ut?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int16 or SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_UInt16 or SpecialType.System_Char
                || (ut?.TypeKind == TypeKind.Enum && ((INamedTypeSymbol)ut).EnumUnderlyingType?.SpecialType == SpecialType.System_Int32);
            bool isUInt = ut?.SpecialType == SpecialType.System_UInt32;
            bool isLong = ut?.SpecialType is SpecialType.System_Int64 or SpecialType.System_UInt64;
            bool isBool = ut?.SpecialType == SpecialType.System_Boolean;
            string L(int p) => l.At(p);
            string R(int p) => r.At(p);
            Js Wrap32(string text, int prec) => isUInt ? new Js($"({text}) >>> 0", Js.Shift) : new Js($"({text}) | 0", Js.BitOr);
            switch (kind)
            {
                case BinaryOperatorKind.Add:
                case BinaryOperatorKind.Subtract:
                    {
                        var op = kind == BinaryOperatorKind.Add ? "+" : "-";
                        var text = $"{L(Js.Additive)} {op} {R(Js.Additive + 1)}";
                        if (isInt || isUInt)
                            return isChecked ? new Js($"$ckd({text}{(isUInt ? ", 1" : "")})", Js.Call) : Wrap32(text, Js.Additive);
                        if (isLong && isChecked) return new Js($"$ckl({text})", Js.Call);
                        return new Js(text, Js.Additive);
                    }
                case BinaryOperatorKind.Multiply:
                    if (isInt || isUInt)
                    {
                        if (isChecked) return new Js($"$ckd({L(Js.Multiplicative)} * {R(Js.Multiplicative + 1)}{(isUInt ? ", 1" : "")})", Js.Call);
                        return isUInt ? new Js($"Math.imul({L(Js.Assign)}, {R(Js.Assign)}) >>> 0", Js.Shift) : new Js($"Math.imul({L(Js.Assign)}, {R(Js.Assign)})", Js.Call);
                    }
                    if (isLong && isChecked) return new Js($"$ckl({L(Js.Multiplicative)} * {R(Js.Multiplicative + 1)})", Js.Call);
                    return new Js($"{L(Js.Multiplicative)} * {R(Js.Multiplicative + 1)}", Js.Multiplicative);
                case BinaryOperatorKind.Divide:
                    if (isInt) return new Js($"$idiv({L(Js.Assign)}, {R(Js.Assign)})", Js.Call);
                    if (isUInt || isLong) return new Js($"$ldiv({L(Js.Assign)}, {R(Js.Assign)})", Js.Call);
                    return new Js($"{L(Js.Multiplicative)} / {R(Js.Multiplicative + 1)}", Js.Multiplicative);
                case BinaryOperatorKind.Remainder:
                    if (isInt) return new Js($"$imod({L(Js.Assign)}, {R(Js.Assign)})", Js.Call);
                    if (isUInt || isLong) return new Js($"$lmod({L(Js.Assign)}, {R(Js.Assign)})", Js.Call);
                    return new Js($"{L(Js.Multiplicative)} % {R(Js.Multiplicative + 1)}", Js.Multiplicative);
                case BinaryOperatorKind.And:
                case BinaryOperatorKind.Or:
                case BinaryOperatorKind.ExclusiveOr:
                    {
                        if (isLong) { Error("CSX2004", at, "bitwise operators on long are not supported (long is a 53-bit number); use int or uint"); return Js.P("0"); }
                        if (isBool)
                        {
                            if (kind == BinaryOperatorKind.ExclusiveOr) return new Js($"{L(Js.Equality)} !== {R(Js.Equality + 1)}", Js.Equality);
                            var o = kind == BinaryOperatorKind.And ? "&" : "|";
                            return new Js($"!!({L(Js.BitOr)} {o} {R(Js.BitOr + 1)})", Js.Unary);
                        }
                        var (op, prec) = kind switch { BinaryOperatorKind.And => ("&", Js.BitAnd), BinaryOperatorKind.Or => ("|", Js.BitOr), _ => ("^", Js.BitXor) };
                        var text = $"{L(prec)} {op} {R(prec + 1)}";
                        if (ut?.TypeKind == TypeKind.Enum && EnumEmit((INamedTypeSymbol)ut) != 0) { Error("CSX1002", at, "bitwise operators on string enums"); }
                        return isUInt ? new Js($"({text}) >>> 0", Js.Shift) : new Js(text, prec);
                    }
                case BinaryOperatorKind.LeftShift:
                case BinaryOperatorKind.RightShift:
                case BinaryOperatorKind.UnsignedRightShift:
                    {
                        if (isLong) { Error("CSX2004", at, "shift operators on long are not supported (long is a 53-bit number); use int or uint"); return Js.P("0"); }
                        var op = kind == BinaryOperatorKind.LeftShift ? "<<" : (kind == BinaryOperatorKind.UnsignedRightShift || isUInt ? ">>>" : ">>");
                        var text = $"{L(Js.Shift)} {op} {R(Js.Shift + 1)}";
                        if (isUInt && op == "<<") return new Js($"({text}) >>> 0", Js.Shift);
                        if (ut?.SpecialType is SpecialType.System_UInt16 or SpecialType.System_Byte or SpecialType.System_Char) return new Js(text, Js.Shift);
                        return new Js(text, Js.Shift);
                    }
                case BinaryOperatorKind.ConditionalAnd:
                    if (isLifted) return new Js($"$bool3({L(Js.Assign)}, {R(Js.Assign)}, true)", Js.Call);
                    return new Js($"{L(Js.And)} && {R(Js.And + 1)}", Js.And);
                case BinaryOperatorKind.ConditionalOr:
                    if (isLifted) return new Js($"$bool3({L(Js.Assign)}, {R(Js.Assign)}, false)", Js.Call);
                    return new Js($"{L(Js.Or)} || {R(Js.Or + 1)}", Js.Or);
                case BinaryOperatorKind.Equals:
                case BinaryOperatorKind.NotEquals:
                    {
                        var neg = kind == BinaryOperatorKind.NotEquals;
                        // A comparison with null also catches undefined (members absent from plain objects).
                        if (l.Text == "null" || r.Text == "null")
                            return new Js($"{L(Js.Equality)} {(neg ? "!=" : "==")} {R(Js.Equality + 1)}", Js.Equality);
                        // Reference and value equality on primitives are both === on our representation.
                        return new Js($"{L(Js.Equality)} {(neg ? "!==" : "===")} {R(Js.Equality + 1)}", Js.Equality);
                    }
                case BinaryOperatorKind.LessThan:
                case BinaryOperatorKind.LessThanOrEqual:
                case BinaryOperatorKind.GreaterThan:
                case BinaryOperatorKind.GreaterThanOrEqual:
                    return new Js($"{L(Js.Relational)} {RelOp(kind)} {R(Js.Relational + 1)}", Js.Relational);
            }
            Error("CSX1002", at, $"operator {kind} is not supported");
            return Js.P("null");
        }

        Js Unary(IUnaryOperation u)
        {
            if (u.OperatorMethod != null && IsSource(u.OperatorMethod))
            {
                Use(u.OperatorMethod);
                return new Js($"{TypeRefNamed(u.OperatorMethod.ContainingType)}.{names.MemberName(u.OperatorMethod)}({Expr(u.Operand).At(Js.Assign)})", Js.Call);
            }
            var operand = Expr(u.Operand);
            var ut = Underlying(u.Type);
            if (u.IsLifted)
            {
                var t = NewTemp();
                var inner = UnaryText(u.OperatorKind, Js.P(t), ut, u.IsChecked, u);
                return new Js($"({t} = {operand.At(Js.Assign)}) == null ? null : {inner.At(Js.Assign)}", Js.Cond);
            }
            return UnaryText(u.OperatorKind, operand, ut, u.IsChecked, u);
        }

        Js UnaryText(UnaryOperatorKind kind, Js operand, ITypeSymbol? t, bool isChecked, IOperation at)
        {
            bool isInt = t?.SpecialType is SpecialType.System_Int32;
            switch (kind)
            {
                case UnaryOperatorKind.Not: return new Js("!" + operand.At(Js.Unary), Js.Unary);
                case UnaryOperatorKind.Minus:
                    if (isInt) return isChecked ? new Js($"$ckd(-{operand.At(Js.Unary)})", Js.Call) : new Js($"-{operand.At(Js.Unary)} | 0", Js.BitOr);
                    return new Js("-" + operand.At(Js.Unary), Js.Unary);
                case UnaryOperatorKind.Plus: return operand;
                case UnaryOperatorKind.BitwiseNegation:
                    if (t?.SpecialType == SpecialType.System_Int64) { Error("CSX2004", at, "bitwise operators on long are not supported"); return operand; }
                    if (t?.SpecialType == SpecialType.System_UInt32) return new Js($"~{operand.At(Js.Unary)} >>> 0", Js.Shift);
                    return new Js("~" + operand.At(Js.Unary), Js.Unary);
            }
            Error("CSX1002", at, $"unary operator {kind} is not supported");
            return operand;
        }

        // ---------------------------------------------------------------- conversions

        Js Conversion(IConversionOperation c)
        {
            var from = c.Operand.Type;
            var to = c.Type;
            var inner = Expr(c.Operand);
            if (c.OperatorMethod != null)
            {
                if (IsSource(c.OperatorMethod))
                {
                    Use(c.OperatorMethod);
                    return new Js($"{TypeRefNamed(c.OperatorMethod.ContainingType)}.{names.MemberName(c.OperatorMethod)}({inner.At(Js.Assign)})", Js.Call);
                }
                var id = c.OperatorMethod.OriginalDefinition.GetDocumentationCommentId() ?? "";
                if (Bcl.BclMap.TryGetTemplate(id, out var tpl))
                    return new Js(ExpandTemplateText(tpl, null, new List<string> { inner.At(Js.Assign) }, new List<ITypeSymbol?> { from }, c.OperatorMethod), TemplatePrec(tpl));
                // Lifted/implicit numeric conversions through op_Implicit of BCL structs: treat as identity.
                return inner;
            }
            if (from == null || to == null) return inner;
            // A string seen as IEnumerable<char> yields UTF-16 code units (our chars), not 1-letter strings.
            if (from.SpecialType == SpecialType.System_String && to.SpecialType != SpecialType.System_String && to.SpecialType != SpecialType.System_Object
                && (to.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T || to.SpecialType == SpecialType.System_Collections_IEnumerable))
                return new Js($"$chars({inner.Text})", Js.Call);
            // A Stack<T> enumerates from the top (the end of our array).
            if (from.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.Stack<T>" && to.TypeKind == TypeKind.Interface
                && to.OriginalDefinition.ToDisplayString().StartsWith("System.Collections", StringComparison.Ordinal))
                return new Js($"[...{inner.At(Js.Call)}].reverse()", Js.Call);
            var conv = c.GetConversion();
            // A boxed char keeps its letter (numbers are not boxed, so `object o = 'q'` would print 113).
            if (conv.IsBoxing && Underlying(from)?.SpecialType == SpecialType.System_Char)
                return from.SpecialType == SpecialType.System_Char ? new Js($"String.fromCharCode({inner.Text})", Js.Call) : new Js($"$boxChar({inner.Text})", Js.Call);
            if (conv.IsUnboxing && Underlying(to)?.SpecialType == SpecialType.System_Char)
                return new Js($"$unboxChar({inner.Text})", Js.Call);
            if (conv.IsIdentity || conv.IsReference && conv.IsImplicit || conv.IsBoxing || conv.IsNullLiteral || conv.IsDefaultLiteral) return inner;
            var uf = Underlying(from); var ut = Underlying(to);
            bool fromNullable = !SymbolEqualityComparer.Default.Equals(uf, from);
            bool toNullable = !SymbolEqualityComparer.Default.Equals(ut, to);
            if (conv.IsNullable && fromNullable && !toNullable)
                inner = new Js($"$nv({inner.Text})", Js.Call);
            if (c.IsTryCast)
            {
                if (to is INamedTypeSymbol { TypeKind: TypeKind.Interface } it2 && IsSource(it2))
                {
                    brandedInterfaces.Add(it2.OriginalDefinition);
                    return new Js($"$asi({inner.At(Js.Assign)}, {Str(BrandName(it2.OriginalDefinition))})", Js.Call);
                }
                if (to is INamedTypeSymbol nt0 && IsSource(nt0) && !IsObjectLiteral(nt0)) return new Js($"$as({inner.At(Js.Assign)}, {TypeRef(nt0, c)})", Js.Call);
                if (to.SpecialType == SpecialType.System_String) return new Js($"$as({inner.At(Js.Assign)}, String)", Js.Call);
                Error("CSX2005", c, $"'as {to.ToDisplayString()}' cannot be decided at run time");
                return inner;
            }
            if (conv.IsUnboxing || conv.IsReference && conv.IsExplicit)
            {
                if (conv.IsReference && to is INamedTypeSymbol nt && IsSource(nt) && nt.TypeKind == TypeKind.Class && !IsObjectLiteral(nt))
                    return new Js($"$cast({inner.At(Js.Assign)}, {TypeRef(nt, c)})", Js.Call);
                return inner;
            }
            if (conv.IsNumeric || conv.IsEnumeration || conv.IsNullable && (uf?.SpecialType != ut?.SpecialType))
                return NumericConversion(inner, uf, ut, c.IsChecked, c);
            return inner;
        }

        Js NumericConversion(Js v, ITypeSymbol? from, ITypeSymbol? to, bool isChecked, IOperation at)
        {
            var f = from?.TypeKind == TypeKind.Enum ? ((INamedTypeSymbol)from).EnumUnderlyingType : from;
            var t = to?.TypeKind == TypeKind.Enum ? ((INamedTypeSymbol)to).EnumUnderlyingType : to;
            if (f == null || t == null) return v;
            var fs = f.SpecialType; var ts = t.SpecialType;
            if (fs == ts) return v;
            if (ts is SpecialType.System_Decimal || fs is SpecialType.System_Decimal) { Error("CSX2003", at, "decimal is not supported; use double"); return v; }
            bool fromFloat = fs is SpecialType.System_Double or SpecialType.System_Single;
            switch (ts)
            {
                case SpecialType.System_Double:
                    return v;
                case SpecialType.System_Single:
                    return new Js($"Math.fround({v.At(Js.Assign)})", Js.Call);
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                    return fromFloat ? new Js($"Math.trunc({v.At(Js.Assign)})", Js.Call) : v;
                case SpecialType.System_Int32:
                    if (fromFloat) return new Js(isChecked ? $"$ckd(Math.trunc({v.At(Js.Assign)}))" : $"$toInt({v.At(Js.Assign)})", Js.Call);
                    if (fs is SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64)
                        return isChecked ? new Js($"$ckd({v.At(Js.Assign)})", Js.Call) : new Js($"{v.At(Js.BitOr)} | 0", Js.BitOr);
                    return v;
                case SpecialType.System_UInt32:
                    if (fromFloat) return new Js($"$toInt({v.At(Js.Assign)}) >>> 0", Js.Shift);
                    return new Js($"{v.At(Js.Shift)} >>> 0", Js.Shift);
                case SpecialType.System_Int16:
                    return new Js($"{Trunc(v, fromFloat).At(Js.Shift)} << 16 >> 16", Js.Shift);
                case SpecialType.System_SByte:
                    return new Js($"{Trunc(v, fromFloat).At(Js.Shift)} << 24 >> 24", Js.Shift);
                case SpecialType.System_UInt16:
                case SpecialType.System_Char:
                    if (fs is SpecialType.System_Char or SpecialType.System_Byte or SpecialType.System_UInt16) return v;
                    return new Js($"{Trunc(v, fromFloat).At(Js.BitAnd)} & 65535", Js.BitAnd);
                case SpecialType.System_Byte:
                    return new Js($"{Trunc(v, fromFloat).At(Js.BitAnd)} & 255", Js.BitAnd);
            }
            return v;
        }

        static Js Trunc(Js v, bool fromFloat) => fromFloat ? new Js($"$toInt({v.Text})", Js.Call) : v;
    }
}
