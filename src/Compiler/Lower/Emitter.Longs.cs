using System;
using System.Linq;
using Cs2Js.Tree;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Lower
{
    /// <summary>
    /// long and ulong: a value is a JS number while it is a safe integer (|v| &lt; 2^53), else a BigInt
    /// (one canonical form, so ===, &lt; and Map keys work across both). Arithmetic goes through the
    /// $l*/$u* helpers (numbers on the fast path, BigInt wrapped to 64 bits past it); where the operands'
    /// ranges prove the result fits, the plain JS operator is exact and used instead.
    /// </summary>
    public sealed partial class Emitter
    {
        const double SafeLimit = 9007199254740991;

        Expr LongBinary(BinaryOperatorKind kind, Expr l, Expr r, bool unsigned, bool isChecked, IOperation at)
        {
            switch (kind)
            {
                case BinaryOperatorKind.Add:
                case BinaryOperatorKind.Subtract:
                case BinaryOperatorKind.Multiply:
                    {
                        var op = kind == BinaryOperatorKind.Add ? "+" : kind == BinaryOperatorKind.Subtract ? "-" : "*";
                        // Operands known to be small make an exact JS result (ulong must also stay >= 0).
                        if (at is IBinaryOperation b && Bound(b) is { } bound && bound <= SafeLimit && !(unsigned && kind == BinaryOperatorKind.Subtract))
                            return Bin(op, l, r);
                        var name = (unsigned ? "$u" : "$l") + (kind == BinaryOperatorKind.Add ? "add" : kind == BinaryOperatorKind.Subtract ? "sub" : "mul") + (isChecked ? "c" : "");
                        return H(name, l, r);
                    }
                case BinaryOperatorKind.Divide: return H("$ldiv", l, r);
                case BinaryOperatorKind.Remainder: return H("$lmod", l, r);
                case BinaryOperatorKind.And: return H("$land", l, r);
                case BinaryOperatorKind.Or: return H("$lor", l, r);
                case BinaryOperatorKind.ExclusiveOr: return H("$lxor", l, r);
                case BinaryOperatorKind.LeftShift: return H(unsigned ? "$ushl" : "$lshl", l, r);
                case BinaryOperatorKind.RightShift: return H("$lshr", l, r);
                case BinaryOperatorKind.UnsignedRightShift: return H(unsigned ? "$lshr" : "$lushr", l, r);
            }
            Error("CSX1002", at, $"operator {kind} on long is not supported");
            return Kw.Null;
        }

        /// <summary>An upper bound of |value| for an integer expression, or null when nothing is known
        /// (a long variable may hold anything). Constants, and values of 32-bit (or narrower) types.</summary>
        static double? Bound(IOperation op)
        {
            if (op.ConstantValue.HasValue && op.ConstantValue.Value is IConvertible c && op.Type?.SpecialType is not SpecialType.System_String)
            {
                try { return Math.Abs(c.ToDouble(null)); } catch (Exception e) when (e is FormatException or InvalidCastException) { return null; }
            }
            switch (op)
            {
                case IConversionOperation conv when conv.Operand.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_UInt32
                    or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Char:
                    return 4294967295;
                case IConversionOperation conv when conv.Operand.Type?.SpecialType is SpecialType.System_Int64 or SpecialType.System_UInt64:
                    return Bound(conv.Operand);
                case IParenthesizedOperation p: return Bound(p.Operand);
                // Longs that every valid value keeps within 2^53 (dates are within ±2^53 ms, counts of
                // elements within memory).
                case IInvocationOperation { TargetMethod: { Name: "ToUnixTimeMilliseconds" or "ToUnixTimeSeconds", ContainingType.Name: "DateTimeOffset" } }:
                case IInvocationOperation { TargetMethod: { Name: "LongCount", ContainingType.Name: "Enumerable" } }:
                case IPropertyReferenceOperation { Property: { Name: "ElapsedMilliseconds", ContainingType.Name: "Stopwatch" } }:
                case IPropertyReferenceOperation { Property: { Name: "LongLength" } }:
                    return SafeLimit;
                case IBinaryOperation b when b.OperatorMethod == null:
                    var x = Bound(b.LeftOperand); var y = Bound(b.RightOperand);
                    if (x == null || y == null) return null;
                    return b.OperatorKind switch
                    {
                        BinaryOperatorKind.Add or BinaryOperatorKind.Subtract => x + y,
                        BinaryOperatorKind.Multiply => x * y,
                        BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder => x,
                        _ => null,
                    };
            }
            return null;
        }

        /// <summary>A long/ulong constant: a number while safe, else a BigInt literal.</summary>
        static Expr LongConstant(object value)
        {
            var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;
            var big = System.Numerics.BigInteger.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
            return System.Numerics.BigInteger.Abs(big) <= new System.Numerics.BigInteger(SafeLimit) ? new Num(text) : new Num(text + "n");
        }

        /// <summary>A conversion from or to long/ulong, or null when neither side is one.</summary>
        Expr? LongConversion(Expr v, SpecialType fs, SpecialType ts, bool isChecked, IOperation at)
        {
            bool fromLong = fs is SpecialType.System_Int64 or SpecialType.System_UInt64;
            bool toLong = ts is SpecialType.System_Int64 or SpecialType.System_UInt64;
            bool fromFloat = fs is SpecialType.System_Double or SpecialType.System_Single;
            if (!fromLong && !toLong) return null;
            if (toLong)
            {
                if (fromFloat)
                {
                    // A double proven to be a safe integer range truncates exactly as a number.
                    if (!isChecked && ts == SpecialType.System_Int64 && GuardedBelow(at, SafeLimit)) return new Call(Dot(Ident("Math"), "trunc"), v);
                    return isChecked ? H("$d2l", v, Kw.Bool(ts == SpecialType.System_UInt64), Kw.True) : ts == SpecialType.System_UInt64 ? H("$d2l", v, Kw.True) : H("$d2l", v);
                }
                if (fromLong)
                {
                    if (fs == SpecialType.System_Int64 && ts == SpecialType.System_UInt64)
                        return isChecked ? H("$lck", v, Int(0), new Num("18446744073709551615n")) : H("$l2ul", v);
                    return isChecked ? H("$lck", v, new Num("-9223372036854775808n"), new Num("9223372036854775807n")) : H("$ul2l", v);
                }
                // From a 32-bit (or narrower) integer: the same number; checked negatives cannot be ulongs.
                if (ts == SpecialType.System_UInt64 && fs is SpecialType.System_Int32 or SpecialType.System_Int16 or SpecialType.System_SByte)
                    return isChecked ? H("$lck", v, Int(0), new Num("18446744073709551615n")) : H("$l2ul", v);
                return v;
            }
            // From long/ulong: a value proven to fit is already a number.
            if (at is IConversionOperation { Operand: var source } && Bound(source) is <= SafeLimit && ts is SpecialType.System_Double) return v;
            switch (ts)
            {
                case SpecialType.System_Double: return new Call(Ident("Number"), v);
                case SpecialType.System_Single: return new Call(Dot(Ident("Math"), "fround"), new Call(Ident("Number"), v));
                case SpecialType.System_Int32:
                    return isChecked ? H("$lck", v, Int(-2147483648), Int(2147483647)) : H("$l2i", v);
                case SpecialType.System_UInt32:
                    return isChecked ? H("$lck", v, Int(0), new Num("4294967295")) : H("$l2u", v);
                case SpecialType.System_Int16:
                    return isChecked ? H("$lck", v, Int(-32768), Int(32767)) : Bin(">>", Bin("<<", H("$l2i", v), Int(16)), Int(16));
                case SpecialType.System_SByte:
                    return isChecked ? H("$lck", v, Int(-128), Int(127)) : Bin(">>", Bin("<<", H("$l2i", v), Int(24)), Int(24));
                case SpecialType.System_UInt16:
                case SpecialType.System_Char:
                    return isChecked ? H("$lck", v, Int(0), Int(65535)) : Bin("&", H("$l2i", v), Int(65535));
                case SpecialType.System_Byte:
                    return isChecked ? H("$lck", v, Int(0), Int(255)) : Bin("&", H("$l2i", v), Int(255));
            }
            return v;
        }

        /// <summary>True when the conversion sits where a condition has proven |x| &lt; limit for the
        /// converted variable x (a parameter or local never assigned after its declaration):
        /// `if (... Math.Abs(x) &lt; C ...) { ... (long)x ... }`, the right of `&amp;&amp;`, or `?:`.</summary>
        bool GuardedBelow(IOperation conversion, double limit)
        {
            if (conversion is not IConversionOperation { Operand: var operand }) return false;
            while (operand is IConversionOperation { IsImplicit: true } inner) operand = inner.Operand;
            ISymbol? x = operand switch { IParameterReferenceOperation p => p.Parameter, ILocalReferenceOperation l => l.Local, _ => null };
            if (x == null || IsReassigned(x, conversion)) return false;
            SyntaxNode node = conversion.Syntax;
            for (var parent = node.Parent; parent != null; node = parent, parent = parent.Parent)
            {
                ExpressionSyntax? cond = parent switch
                {
                    IfStatementSyntax ifs when ifs.Statement == node => ifs.Condition,
                    ConditionalExpressionSyntax ce when ce.WhenTrue == node => ce.Condition,
                    BinaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.LogicalAndExpression } be when be.Right == node => be.Left,
                    _ => null,
                };
                if (cond != null && Conjuncts(cond).Any(c => ProvesAbsBelow(c, x, limit))) return true;
                if (parent is MemberDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax) break;
            }
            return false;
        }

        static System.Collections.Generic.IEnumerable<ExpressionSyntax> Conjuncts(ExpressionSyntax e)
        {
            while (e is ParenthesizedExpressionSyntax p) e = p.Expression;
            if (e is BinaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.LogicalAndExpression } be)
                return Conjuncts(be.Left).Concat(Conjuncts(be.Right));
            return new[] { e };
        }

        /// <summary>`Math.Abs(x) &lt; C` (or `&lt;=`) with a constant C ≤ limit.</summary>
        bool ProvesAbsBelow(ExpressionSyntax c, ISymbol x, double limit)
        {
            if (c is not BinaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.LessThanExpression or (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.LessThanOrEqualExpression } be) return false;
            var model = Model(c.SyntaxTree);
            var bound = model.GetConstantValue(be.Right);
            if (!bound.HasValue || bound.Value is not IConvertible bc || bc.ToDouble(null) > limit) return false;
            if (model.GetOperation(be.Left) is not IInvocationOperation { TargetMethod: { Name: "Abs", ContainingType.SpecialType: SpecialType.None } abs } inv
                || abs.ContainingType.ToDisplayString() != "System.Math" || inv.Arguments.Length != 1) return false;
            var arg = inv.Arguments[0].Value;
            while (arg is IConversionOperation { IsImplicit: true } ic) arg = ic.Operand;
            return arg is IParameterReferenceOperation p && SymbolEqualityComparer.Default.Equals(p.Parameter, x)
                || arg is ILocalReferenceOperation l && SymbolEqualityComparer.Default.Equals(l.Local, x);
        }

        /// <summary>Whether x is assigned anywhere in the member that contains `at` (beyond its declaration).</summary>
        bool IsReassigned(ISymbol x, IOperation at)
        {
            var member = at.Syntax.AncestorsAndSelf().OfType<MemberDeclarationSyntax>().FirstOrDefault();
            if (member == null) return true;
            var model = Model(member.SyntaxTree);
            foreach (var n in member.DescendantNodes())
            {
                ExpressionSyntax? target = n switch
                {
                    AssignmentExpressionSyntax a => a.Left,
                    PrefixUnaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.PreIncrementExpression or (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.PreDecrementExpression } pu => pu.Operand,
                    PostfixUnaryExpressionSyntax pu2 => pu2.Operand,
                    ArgumentSyntax { RefKindKeyword.RawKind: not 0 } arg => arg.Expression,
                    _ => null,
                };
                if (target != null && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(target).Symbol, x)) return true;
            }
            return false;
        }
    }
}
