using System;
using System.Collections.Generic;
using System.Linq;
using Cs2Js.Name;
using Cs2Js.Tree;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Lower
{
    public sealed partial class Emitter
    {
        Expr Binary(IBinaryOperation b)
        {
            if (GenericMathOp(b, b.OperatorMethod, () => new[] { Expr(b.LeftOperand), Expr(b.RightOperand) }) is { } gm) return gm;
            if (b.OperatorMethod != null && b.OperatorMethod.ContainingType.IsRecord && b.OperatorMethod.IsImplicitlyDeclared && IsSource(b.OperatorMethod.ContainingType))
            {
                var eq = H("$eq", Expr(b.LeftOperand), Expr(b.RightOperand));
                return b.OperatorKind == BinaryOperatorKind.NotEquals ? Not(eq) : eq;
            }
            if (b.OperatorMethod != null && IsSource(b.OperatorMethod))
            {
                Use(b.OperatorMethod);
                return new Call(Dot(StaticVia(b, b.OperatorMethod) ?? TypeRefNamed(b.OperatorMethod.ContainingType), names.MemberName(b.OperatorMethod)), Expr(b.LeftOperand), Expr(b.RightOperand));
            }
            if (b.OperatorKind == BinaryOperatorKind.Add && (IsString(b.Type) || IsString(b.LeftOperand.Type) && IsString(b.RightOperand.Type)))
                return StringConcat(b);
            if (b.Type?.TypeKind == TypeKind.Delegate && b.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract)
                return H(b.OperatorKind == BinaryOperatorKind.Add ? "$combine" : "$remove", Expr(b.LeftOperand), Expr(b.RightOperand));
            if (NumberObjectBinary(b.OperatorKind, b.LeftOperand.Type, b.RightOperand.Type, () => Expr(b.LeftOperand), () => Expr(b.RightOperand), b.IsChecked) is { } exact) return exact;
            if (b.OperatorMethod != null && !IsString(b.LeftOperand.Type) && b.OperatorKind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals))
            {
                var id = b.OperatorMethod.OriginalDefinition.GetDocumentationCommentId() ?? "";
                if (Bcl.BclMap.TryGetTemplate(id, out var tpl))
                    return ExpandTemplate(tpl, b.OperatorMethod, null, new List<TemplateArg> { TemplateArg.Of(Expr(b.LeftOperand), b.LeftOperand.Type), TemplateArg.Of(Expr(b.RightOperand), b.RightOperand.Type) }, null);
                Unmapped(b.Syntax, b.OperatorMethod, id, b);
                return Kw.Null;
            }
            return BinaryOf(b.OperatorKind, Expr(b.LeftOperand), Expr(b.RightOperand), b.LeftOperand.Type, b.RightOperand.Type, b.Type, b.IsChecked, b.IsLifted, b.OperatorMethod, b);
        }

        /// <summary>An int divisor that is a literal other than 0 and -1: int division by it never throws.</summary>
        static bool SafeDivisor(Expr r) =>
            r is Num n && int.TryParse(n.Raw, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var v) && v != 0 && v != -1;

        /// <summary>The JS for a built-in binary operator with C# semantics for the operand types.</summary>
        /// <summary><c>s.Length - k</c> / <c>list.Count - k</c> (a BCL string, array or collection, never negative) minus a
        /// constant 0..int.MaxValue lies in int's range: no <c>|0</c> is needed to wrap it.</summary>
        static bool LengthMinusConstant(IOperation? at)
        {
            if (at is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } b) return false;
            if (StripImplicit(b.RightOperand).ConstantValue is not { HasValue: true, Value: int k } || k < 0) return false;
            if (StripImplicit(b.LeftOperand) is not IPropertyReferenceOperation { Property: { Name: "Length" or "Count", IsIndexer: false } p }) return false;
            var owner = p.ContainingType.OriginalDefinition.ToDisplayString();
            return owner is "string" or "System.Array" or "System.Text.StringBuilder" or "System.Collections.Generic.List<T>"
                or "System.Collections.Generic.Dictionary<TKey, TValue>" or "System.Collections.Generic.HashSet<T>"
                or "System.Collections.Generic.Queue<T>" or "System.Collections.Generic.Stack<T>";
        }

        Expr BinaryOf(BinaryOperatorKind kind, Expr l, Expr r, ITypeSymbol? lt, ITypeSymbol? rt, ITypeSymbol? resultType, bool isChecked, bool isLifted, IMethodSymbol? opMethod, IOperation at)
        {
            var ut = Underlying(resultType);
            var lut = Underlying(lt);
            if (isLifted && kind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr))
            {
                // null in → null out (arithmetic) or false (comparison).
                if (lut?.SpecialType == SpecialType.System_Boolean && kind is BinaryOperatorKind.And or BinaryOperatorKind.Or)
                    return H("$bool3", l, r, Kw.Bool(kind == BinaryOperatorKind.And));
                var a = NewTemp(); var b2 = NewTemp();
                var inner = BinaryOf(kind, a, b2, Underlying(lt), Underlying(rt), Underlying(resultType), isChecked, false, opMethod, at);
                bool isCompare = kind is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual;
                var nullCheck = Bin("||", Bin("==", new Assign(a, l), Kw.Null), Bin("==", new Assign(b2, r), Kw.Null));
                return isCompare ? Bin("&&", Not(nullCheck), inner) : new Cond(nullCheck, Kw.Null, inner);
            }
            if (ut?.SpecialType == SpecialType.System_Single && kind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder)
                return new Call(Dot(Ident("Math"), "fround"), BinaryOf(kind, l, r, lt, rt, compilation.GetSpecialType(SpecialType.System_Double), isChecked, false, opMethod, at));
            bool isInt = ut?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int16 or SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_UInt16 or SpecialType.System_Char
                || (ut?.TypeKind == TypeKind.Enum && ((INamedTypeSymbol)ut).EnumUnderlyingType?.SpecialType == SpecialType.System_Int32);
            bool isUInt = ut?.SpecialType == SpecialType.System_UInt32;
            bool isLong = ut?.SpecialType is SpecialType.System_Int64 or SpecialType.System_UInt64;
            bool isULong = ut?.SpecialType == SpecialType.System_UInt64;
            bool isBool = ut?.SpecialType == SpecialType.System_Boolean;
            if (isLong && kind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual
                or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr))
                return LongBinary(kind, l, r, isULong, isChecked, at);
            Expr Wrap32(Expr e) => isUInt ? Bin(">>>", e, Int(0)) : Bin("|", e, Int(0));
            Expr Checked(Expr e) => isUInt ? H("$ckd", e, Int(1)) : H("$ckd", e);
            switch (kind)
            {
                case BinaryOperatorKind.Add:
                case BinaryOperatorKind.Subtract:
                    {
                        var e = Bin(kind == BinaryOperatorKind.Add ? "+" : "-", l, r);
                        if (kind == BinaryOperatorKind.Subtract && !isChecked && ut?.SpecialType == SpecialType.System_Int32 && LengthMinusConstant(at)) return e;
                        if (isInt || isUInt) return isChecked ? Checked(e) : Wrap32(e);
                        if (isLong && isChecked) return H("$ckl", e);
                        return e;
                    }
                case BinaryOperatorKind.Multiply:
                    if (isInt || isUInt)
                    {
                        if (isChecked) return Checked(Bin("*", l, r));
                        var imul = new Call(Dot(Ident("Math"), "imul"), l, r);
                        return isUInt ? Bin(">>>", imul, Int(0)) : imul;
                    }
                    if (isLong && isChecked) return H("$ckl", Bin("*", l, r));
                    return Bin("*", l, r);
                case BinaryOperatorKind.Divide:
                    // A constant divisor other than 0 and -1 can neither throw nor overflow: no helper.
                    if (isInt && SafeDivisor(r)) return Bin("|", Bin("/", l, r), Int(0));
                    if (isInt) return H("$idiv", l, r);
                    if (isUInt || isLong) return H("$ldiv", l, r);
                    return Bin("/", l, r);
                case BinaryOperatorKind.Remainder:
                    // |0 also turns -0 (-4 % 2) into the int 0.
                    if (isInt && SafeDivisor(r)) return Bin("|", Bin("%", l, r), Int(0));
                    if (isInt) return H("$imod", l, r);
                    if (isUInt || isLong) return H("$lmod", l, r);
                    return Bin("%", l, r);
                case BinaryOperatorKind.And:
                case BinaryOperatorKind.Or:
                case BinaryOperatorKind.ExclusiveOr:
                    {
                        if (isLong) { Error("CSX2004", at, "bitwise operators on long are not supported (long is a 53-bit number); use int or uint"); return Int(0); }
                        if (isBool)
                        {
                            if (kind == BinaryOperatorKind.ExclusiveOr) return Bin("!==", l, r);
                            return Not(Not(Bin(kind == BinaryOperatorKind.And ? "&" : "|", l, r)));
                        }
                        var op = kind switch { BinaryOperatorKind.And => "&", BinaryOperatorKind.Or => "|", _ => "^" };
                        if (ut?.TypeKind == TypeKind.Enum && EnumEmit((INamedTypeSymbol)ut) != 0) Error("CSX1002", at, "bitwise operators on string enums");
                        return isUInt ? Bin(">>>", Bin(op, l, r), Int(0)) : Bin(op, l, r);
                    }
                case BinaryOperatorKind.LeftShift:
                case BinaryOperatorKind.RightShift:
                case BinaryOperatorKind.UnsignedRightShift:
                    {
                        if (isLong) { Error("CSX2004", at, "shift operators on long are not supported (long is a 53-bit number); use int or uint"); return Int(0); }
                        var op = kind == BinaryOperatorKind.LeftShift ? "<<" : (kind == BinaryOperatorKind.UnsignedRightShift || isUInt ? ">>>" : ">>");
                        var e = Bin(op, l, r);
                        return isUInt && op == "<<" ? Bin(">>>", e, Int(0)) : e;
                    }
                case BinaryOperatorKind.ConditionalAnd:
                    return isLifted ? H("$bool3", l, r, Kw.True) : Bin("&&", l, r);
                case BinaryOperatorKind.ConditionalOr:
                    return isLifted ? H("$bool3", l, r, Kw.False) : Bin("||", l, r);
                case BinaryOperatorKind.Equals:
                case BinaryOperatorKind.NotEquals:
                    {
                        var neg = kind == BinaryOperatorKind.NotEquals;
                        // A comparison with null also catches undefined (members absent from plain objects).
                        if (IsNull(l) || IsNull(r)) return Bin(neg ? "!=" : "==", l, r);
                        // Reference and value equality on primitives are both === on our representation.
                        return Bin(neg ? "!==" : "===", l, r);
                    }
                case BinaryOperatorKind.LessThan:
                case BinaryOperatorKind.LessThanOrEqual:
                case BinaryOperatorKind.GreaterThan:
                case BinaryOperatorKind.GreaterThanOrEqual:
                    return Bin(RelOp(kind), l, r);
            }
            Error("CSX1002", at, $"operator {kind} is not supported");
            return Kw.Null;
        }

        Expr Unary(IUnaryOperation u)
        {
            if (GenericMathOp(u, u.OperatorMethod, () => new[] { Expr(u.Operand) }) is { } gm) return gm;
            if (IsDecimal(u.Operand.Type) && u.OperatorKind == UnaryOperatorKind.Minus) return new Call(Dot(Expr(u.Operand), "neg"));
            if (IsBigInteger(u.Operand.Type))
                return u.OperatorKind switch { UnaryOperatorKind.Minus => new Unary("-", Expr(u.Operand)), UnaryOperatorKind.BitwiseNegation => new Unary("~", Expr(u.Operand)), _ => Expr(u.Operand) };
            if (u.OperatorMethod != null && IsSource(u.OperatorMethod))
            {
                Use(u.OperatorMethod);
                return new Call(Dot(StaticVia(u, u.OperatorMethod) ?? TypeRefNamed(u.OperatorMethod.ContainingType), names.MemberName(u.OperatorMethod)), Expr(u.Operand));
            }
            var operand = Expr(u.Operand);
            var ut = Underlying(u.Type);
            if (u.IsLifted)
            {
                var t = NewTemp();
                var inner = UnaryOf(u.OperatorKind, t, ut, u.IsChecked, u);
                return new Cond(Bin("==", new Assign(t, operand), Kw.Null), Kw.Null, inner);
            }
            return UnaryOf(u.OperatorKind, operand, ut, u.IsChecked, u);
        }

        Expr UnaryOf(UnaryOperatorKind kind, Expr operand, ITypeSymbol? t, bool isChecked, IOperation at)
        {
            bool isInt = t?.SpecialType is SpecialType.System_Int32;
            if (t?.SpecialType is SpecialType.System_Int64 or SpecialType.System_UInt64)
            {
                if (kind == UnaryOperatorKind.Minus) return H(isChecked ? "$lnegc" : "$lneg", operand);
                if (kind == UnaryOperatorKind.BitwiseNegation) return H(t.SpecialType == SpecialType.System_UInt64 ? "$unot" : "$lnot", operand);
            }
            switch (kind)
            {
                case UnaryOperatorKind.Not: return Not(operand);
                case UnaryOperatorKind.Minus:
                    if (isInt) return isChecked ? H("$ckd", new Unary("-", operand)) : Bin("|", new Unary("-", operand), Int(0));
                    return new Unary("-", operand);
                case UnaryOperatorKind.Plus: return operand;
                case UnaryOperatorKind.Hat:
                    // An Index from the end is the number ~n (^0 is -1): one number, from-start indices stay >= 0.
                    return operand is Num nn && int.TryParse(nn.Raw, out var v) ? new Num(-v - 1) : new Unary("~", operand);
                case UnaryOperatorKind.BitwiseNegation:
                    if (t?.SpecialType == SpecialType.System_Int64) { Error("CSX2004", at, "bitwise operators on long are not supported"); return operand; }
                    if (t?.SpecialType == SpecialType.System_UInt32) return Bin(">>>", new Unary("~", operand), Int(0));
                    return new Unary("~", operand);
            }
            Error("CSX1002", at, $"unary operator {kind} is not supported");
            return operand;
        }

        // ---------------------------------------------------------------- conversions

        Expr Conversion(IConversionOperation c)
        {
            var from = c.Operand.Type;
            var to = c.Type;
            var inner = Expr(c.Operand);
            if ((IsDecimal(from) || IsDecimal(to) || IsBigInteger(from) || IsBigInteger(to)) && !SymbolEqualityComparer.Default.Equals(Underlying(from), Underlying(to))
                && c.GetConversion() is { IsBoxing: false, IsUnboxing: false } && NumberObjectConversion(inner, Underlying(from), Underlying(to)) is { } viaObject)
                return viaObject;
            if (c.OperatorMethod != null)
            {
                if (IsSource(c.OperatorMethod))
                {
                    Use(c.OperatorMethod);
                    return new Call(Dot(StaticVia(c, c.OperatorMethod) ?? TypeRefNamed(c.OperatorMethod.ContainingType), names.MemberName(c.OperatorMethod)), inner);
                }
                var id = c.OperatorMethod.OriginalDefinition.GetDocumentationCommentId() ?? "";
                if (Bcl.BclMap.TryGetTemplate(id, out var tpl))
                    return ExpandTemplate(tpl, c.OperatorMethod, null, new List<TemplateArg> { TemplateArg.Of(inner, from) }, null);
                // Lifted/implicit numeric conversions through op_Implicit of BCL structs: treat as identity.
                return inner;
            }
            if (from == null || to == null) return inner;
            // A string seen as IEnumerable<char> yields UTF-16 code units (our chars), not 1-letter strings.
            if (from.SpecialType == SpecialType.System_String && to.SpecialType != SpecialType.System_String && to.SpecialType != SpecialType.System_Object
                && (to.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T || to.SpecialType == SpecialType.System_Collections_IEnumerable))
                return UntypedElementsTag(H("$chars", inner), from, to);
            // A Stack<T> enumerates from the top (the end of our array).
            if (from.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.Stack<T>" && to.TypeKind == TypeKind.Interface
                && to.OriginalDefinition.ToDisplayString().StartsWith("System.Collections", StringComparison.Ordinal))
                return ReversedCopy(inner);
            var conv = c.GetConversion();
            if (BoxConversion(c, inner, from, to) is { } boxed) return boxed;
            // A boxed char keeps its letter (numbers are not boxed, so `object o = 'q'` would print 113).
            if (conv.IsBoxing && Underlying(from)?.SpecialType == SpecialType.System_Char)
                return from.SpecialType == SpecialType.System_Char ? Fold.CharString(inner) : H("$boxChar", inner);
            if (conv.IsUnboxing && Underlying(to)?.SpecialType == SpecialType.System_Char)
                return H("$unboxChar", inner);
            if (conv.IsReference && conv.IsImplicit && collectionTags.Tags(from) && Reach.CollectionTags.Erases(from, to))
                return UntypedElementsTag(CollectionTag(inner, from), from, to);
            if (conv.IsReference && conv.IsImplicit && reified.Boxes) inner = UntypedElementsTag(inner, from, to);
            if (conv.IsIdentity || conv.IsReference && conv.IsImplicit || conv.IsBoxing || conv.IsNullLiteral || conv.IsDefaultLiteral) return inner;
            var uf = Underlying(from); var ut = Underlying(to);
            bool fromNullable = !SymbolEqualityComparer.Default.Equals(uf, from);
            bool toNullable = !SymbolEqualityComparer.Default.Equals(ut, to);
            if (conv.IsNullable && fromNullable && !toNullable && !HasValueHere(c.Operand))
                inner = H("$nv", inner);
            if (c.IsTryCast)
            {
                if (to is INamedTypeSymbol { TypeKind: TypeKind.Interface } it2 && IsSource(it2))
                {
                    return H("$asi", inner, new Str(Brand(it2)));
                }
                if (to is INamedTypeSymbol nt0 && IsSource(nt0) && !IsObjectLiteral(nt0)) return H("$as", inner, TypeRef(nt0, c));
                if (to.SpecialType == SpecialType.System_String) return H("$as", inner, Ident("String"));
                if (collectionTags.Active && Reach.CollectionTags.IsCollection(to) && to.TypeKind != TypeKind.Interface)
                    return H("$asT", inner, TaggedCollectionNames(to), UntaggedAnswer(to, c) ?? (to is IArrayTypeSymbol ? Ident("Array") : TypeRef((INamedTypeSymbol)to, c)));
                Error("CSX2005", c, $"'as {to.ToDisplayString()}' cannot be decided at run time");
                return inner;
            }
            if (conv.IsUnboxing || conv.IsReference && conv.IsExplicit)
            {
                if (conv.IsReference && to is INamedTypeSymbol nt && IsSource(nt) && nt.TypeKind == TypeKind.Class && !IsObjectLiteral(nt))
                    return H("$cast", inner, TypeRef(nt, c));
                return inner;
            }
            if (conv.IsNumeric || conv.IsEnumeration || conv.IsNullable && (uf?.SpecialType != ut?.SpecialType))
                return NumericConversion(inner, uf, ut, c.IsChecked, c);
            return inner;
        }

        /// <summary>Every value of integral type f is one of integral type t.</summary>
        static bool FitsIn(SpecialType f, SpecialType t)
        {
            static (long, long)? R(SpecialType s) => s switch
            {
                SpecialType.System_SByte => (-128, 127), SpecialType.System_Byte => (0, 255), SpecialType.System_Int16 => (-32768, 32767),
                SpecialType.System_UInt16 or SpecialType.System_Char => (0, 65535), SpecialType.System_Int32 => (int.MinValue, int.MaxValue),
                SpecialType.System_UInt32 => (0, uint.MaxValue), _ => null,
            };
            return R(f) is { } a && R(t) is { } b && a.Item1 >= b.Item1 && a.Item2 <= b.Item2;
        }

        Expr NumericConversion(Expr v, ITypeSymbol? from, ITypeSymbol? to, bool isChecked, IOperation at)
        {
            var f = from?.TypeKind == TypeKind.Enum ? ((INamedTypeSymbol)from).EnumUnderlyingType : from;
            var t = to?.TypeKind == TypeKind.Enum ? ((INamedTypeSymbol)to).EnumUnderlyingType : to;
            if (f == null || t == null) return v;
            var fs = f.SpecialType; var ts = t.SpecialType;
            if (fs == ts) return v;
            if (ts is SpecialType.System_Decimal || fs is SpecialType.System_Decimal) return DecimalConversion(v, fs, ts);
            if (LongConversion(v, fs, ts, isChecked, at) is { } viaLong) return viaLong;
            bool fromFloat = fs is SpecialType.System_Double or SpecialType.System_Single;
            Expr Math(string fn, Expr x) => new Call(Dot(Ident("Math"), fn), x);
            Expr Trunc() => fromFloat ? H("$toInt", v) : v;
            switch (ts)
            {
                case SpecialType.System_Double:
                    return v;
                case SpecialType.System_Single:
                    return Math("fround", v);
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                    return fromFloat ? Math("trunc", v) : v;
                case SpecialType.System_Int32:
                    if (fromFloat) return isChecked ? H("$ckd", Math("trunc", v)) : H("$toInt", v);
                    if (fs is SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64)
                        return isChecked ? H("$ckd", v) : Bin("|", v, Int(0));
                    return v;
                case SpecialType.System_UInt32:
                    if (isChecked && fs is not (SpecialType.System_Byte or SpecialType.System_UInt16 or SpecialType.System_Char))
                        return H("$ckd", fromFloat ? Math("trunc", v) : v, Int(1));
                    return fromFloat ? H("$toUint", v) : Bin(">>>", v, Int(0));
                case SpecialType.System_Int16 or SpecialType.System_SByte or SpecialType.System_UInt16 or SpecialType.System_Char or SpecialType.System_Byte
                    when isChecked && !FitsIn(fs, ts):
                    {
                        // checked((byte)x): OverflowException outside the target's range, as .NET's conv.ovf.
                        var (lo, hi) = ts switch
                        {
                            SpecialType.System_Int16 => (-32768, 32767), SpecialType.System_SByte => (-128, 127),
                            SpecialType.System_Byte => (0, 255), _ => (0, 65535),
                        };
                        return H("$lck", fromFloat ? Math("trunc", v) : v, Int(lo), Int(hi));
                    }
                case SpecialType.System_Int16:
                    return Bin(">>", Bin("<<", Trunc(), Int(16)), Int(16));
                case SpecialType.System_SByte:
                    return Bin(">>", Bin("<<", Trunc(), Int(24)), Int(24));
                case SpecialType.System_UInt16:
                case SpecialType.System_Char:
                    if (fs is SpecialType.System_Char or SpecialType.System_Byte or SpecialType.System_UInt16) return v;
                    return Bin("&", Trunc(), Int(65535));
                case SpecialType.System_Byte:
                    return Bin("&", Trunc(), Int(255));
            }
            return v;
        }
    }
}
