using System;
using System.Numerics;
using Cs2Js.Tree;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Lower
{
    /// <summary>
    /// decimal is a `$Dec` (a BigInt mantissa below 2^96 and a scale, as .NET stores it) and
    /// BigInteger a JS BigInt. Their operators lower here; their members map in Bcl/Decimals.cs and
    /// Bcl/BigIntegers.cs.
    /// </summary>
    public sealed partial class Emitter
    {
        static bool IsDecimal(ITypeSymbol? t) => Underlying(t)?.SpecialType == SpecialType.System_Decimal;
        static bool IsBigInteger(ITypeSymbol? t) => Underlying(t)?.ToDisplayString() == "System.Numerics.BigInteger";

        static Expr DecimalConstant(decimal m)
        {
            var bits = decimal.GetBits(m);
            var mant = (new BigInteger((uint)bits[2]) << 64) | (new BigInteger((uint)bits[1]) << 32) | new BigInteger((uint)bits[0]);
            if (bits[3] < 0) mant = -mant;
            int scale = (bits[3] >> 16) & 0xFF;
            return new New(Ident("$Dec"), new Num(mant.ToString(System.Globalization.CultureInfo.InvariantCulture) + "n"), Int(scale));
        }

        /// <summary>An operator on decimal or BigInteger operands, or null for other types.</summary>
        Expr? NumberObjectBinary(BinaryOperatorKind kind, ITypeSymbol? lt, ITypeSymbol? rt, Func<Expr> l, Func<Expr> r, bool isChecked)
        {
            if (IsDecimal(lt) && IsDecimal(rt))
            {
                Expr Cmp(string op) => Bin(op, new Call(Dot(l(), "cmp"), r()), Int(0));
                switch (kind)
                {
                    case BinaryOperatorKind.Add: return new Call(Dot(l(), "add"), r());
                    case BinaryOperatorKind.Subtract: return new Call(Dot(l(), "sub"), r());
                    case BinaryOperatorKind.Multiply: return new Call(Dot(l(), "mul"), r());
                    case BinaryOperatorKind.Divide: return new Call(Dot(l(), "div"), r());
                    case BinaryOperatorKind.Remainder: return new Call(Dot(l(), "mod"), r());
                    case BinaryOperatorKind.Equals: return H("$eq", l(), r());
                    case BinaryOperatorKind.NotEquals: return Not(H("$eq", l(), r()));
                    case BinaryOperatorKind.LessThan: return Cmp("<");
                    case BinaryOperatorKind.LessThanOrEqual: return Cmp("<=");
                    case BinaryOperatorKind.GreaterThan: return Cmp(">");
                    case BinaryOperatorKind.GreaterThanOrEqual: return Cmp(">=");
                }
            }
            if (IsBigInteger(lt) || IsBigInteger(rt))
            {
                // BigInteger's operators also take long/ulong operands as they are: make them BigInts.
                if (!IsBigInteger(lt) && kind is not (BinaryOperatorKind.LeftShift or BinaryOperatorKind.RightShift)) { var l0 = l; l = () => new Call(Ident("BigInt"), l0()); }
                if (!IsBigInteger(rt) && kind is not (BinaryOperatorKind.LeftShift or BinaryOperatorKind.RightShift)) { var r0 = r; r = () => new Call(Ident("BigInt"), r0()); }
                switch (kind)
                {
                    case BinaryOperatorKind.Add: return Bin("+", l(), r());
                    case BinaryOperatorKind.Subtract: return Bin("-", l(), r());
                    case BinaryOperatorKind.Multiply: return Bin("*", l(), r());
                    case BinaryOperatorKind.Divide: return H("$bdiv", l(), r());
                    case BinaryOperatorKind.Remainder: return H("$bdiv", l(), r(), Kw.True);
                    case BinaryOperatorKind.And: return Bin("&", l(), r());
                    case BinaryOperatorKind.Or: return Bin("|", l(), r());
                    case BinaryOperatorKind.ExclusiveOr: return Bin("^", l(), r());
                    case BinaryOperatorKind.LeftShift: return Bin("<<", l(), new Call(Ident("BigInt"), r()));
                    case BinaryOperatorKind.RightShift: return Bin(">>", l(), new Call(Ident("BigInt"), r()));
                    case BinaryOperatorKind.Equals: return Bin("===", l(), r());
                    case BinaryOperatorKind.NotEquals: return Bin("!==", l(), r());
                    case BinaryOperatorKind.LessThan: return Bin("<", l(), r());
                    case BinaryOperatorKind.LessThanOrEqual: return Bin("<=", l(), r());
                    case BinaryOperatorKind.GreaterThan: return Bin(">", l(), r());
                    case BinaryOperatorKind.GreaterThanOrEqual: return Bin(">=", l(), r());
                }
            }
            return null;
        }

        /// <summary>A conversion between decimal or BigInteger and a number type (null: not one).</summary>
        Expr? NumberObjectConversion(Expr v, ITypeSymbol? from, ITypeSymbol? to)
        {
            if (from == null || to == null) return null;
            var fs = from.TypeKind == TypeKind.Enum ? ((INamedTypeSymbol)from).EnumUnderlyingType!.SpecialType : from.SpecialType;
            var ts = to.TypeKind == TypeKind.Enum ? ((INamedTypeSymbol)to).EnumUnderlyingType!.SpecialType : to.SpecialType;
            if (IsBigInteger(to))
            {
                if (fs is SpecialType.System_Double or SpecialType.System_Single) return H("$bfromd", v);
                if (fs == SpecialType.System_Decimal) return new Member(new Call(Dot(v, "trunc")), "m");
                return fs == SpecialType.None ? null : new Call(Ident("BigInt"), v);
            }
            if (IsBigInteger(from))
            {
                return ts switch
                {
                    SpecialType.System_Double => new Call(Ident("Number"), v),
                    SpecialType.System_Single => new Call(Dot(Ident("Math"), "fround"), new Call(Ident("Number"), v)),
                    SpecialType.System_Decimal => new Call(Dot(Ident("$Dec"), "from"), v),
                    SpecialType.System_Int64 => H("$i64c", v),
                    SpecialType.System_UInt64 => H("$u64c", v),
                    SpecialType.System_Int32 => H("$lck", v, Int(-2147483648), Int(2147483647)),
                    SpecialType.System_UInt32 => H("$lck", v, Int(0), new Num("4294967295")),
                    SpecialType.System_Int16 => H("$lck", v, Int(-32768), Int(32767)),
                    SpecialType.System_UInt16 or SpecialType.System_Char => H("$lck", v, Int(0), Int(65535)),
                    SpecialType.System_Byte => H("$lck", v, Int(0), Int(255)),
                    SpecialType.System_SByte => H("$lck", v, Int(-128), Int(127)),
                    _ => null,
                };
            }
            if (fs == SpecialType.System_Decimal || ts == SpecialType.System_Decimal)
                return fs == SpecialType.None || ts == SpecialType.None ? null : DecimalConversion(v, fs, ts);
            return null;
        }

        /// <summary>A numeric conversion to or from decimal.</summary>
        Expr DecimalConversion(Expr v, SpecialType fs, SpecialType ts)
        {
            if (ts == SpecialType.System_Decimal) return new Call(Dot(Ident("$Dec"), "from"), v);
            return ts switch
            {
                SpecialType.System_Double => new Call(Dot(v, "num")),
                SpecialType.System_Single => new Call(Dot(Ident("Math"), "fround"), new Call(Dot(v, "num"))),
                SpecialType.System_Int32 => new Call(Dot(v, "int"), Int(-2147483648), Int(2147483647)),
                SpecialType.System_UInt32 => new Call(Dot(v, "int"), Int(0), new Num("4294967295")),
                SpecialType.System_Int16 => new Call(Dot(v, "int"), Int(-32768), Int(32767)),
                SpecialType.System_UInt16 or SpecialType.System_Char => new Call(Dot(v, "int"), Int(0), Int(65535)),
                SpecialType.System_Byte => new Call(Dot(v, "int"), Int(0), Int(255)),
                SpecialType.System_SByte => new Call(Dot(v, "int"), Int(-128), Int(127)),
                SpecialType.System_Int64 => new Call(Dot(v, "int"), new Num("-9223372036854775808n"), new Num("9223372036854775807n")),
                SpecialType.System_UInt64 => new Call(Dot(v, "int"), Int(0), new Num("18446744073709551615n")),
                _ => v,
            };
        }
    }
}
