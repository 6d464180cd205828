using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Bcl
{
    /// <summary>The System.Numerics generic-math members cs2js lowers on a type parameter (T.Zero, a + b,
    /// T.CreateChecked(n) where T : INumber&lt;T&gt;): through the run-time ops of the number type T is bound to
    /// ($gm). Any other generic-math member stays refused (CSX1001).</summary>
    public static class GenericMath
    {
        public static readonly Dictionary<string, string> Members = new()
        {
            ["Zero"] = "z", ["AdditiveIdentity"] = "z", ["One"] = "o", ["MultiplicativeIdentity"] = "o", ["MinValue"] = "lo", ["MaxValue"] = "hi",
            ["op_Addition"] = "add", ["op_Subtraction"] = "sub", ["op_Multiply"] = "mul", ["op_Division"] = "div", ["op_Modulus"] = "mod",
            ["op_UnaryNegation"] = "neg", ["op_UnaryPlus"] = "",
            ["op_LessThan"] = "<", ["op_GreaterThan"] = ">", ["op_LessThanOrEqual"] = "<=", ["op_GreaterThanOrEqual"] = ">=",
            ["op_Equality"] = "===", ["op_Inequality"] = "!==",
            ["CreateChecked"] = "0", ["CreateSaturating"] = "1", ["CreateTruncating"] = "2",
            ["Abs"] = "abs", ["Max"] = "max", ["Min"] = "min", ["Clamp"] = "clamp",
            ["Sign"] = "sign", ["IsZero"] = "===", ["IsNegative"] = "<", ["IsPositive"] = ">=",
        };

        /// <summary>A static abstract System.Numerics interface member reached through a type parameter, or
        /// int.CreateChecked(x) and its kin on a number type.</summary>
        public static bool Reached(ISymbol? m, IOperation op) =>
            m is { IsStatic: true } && m.ContainingType is { TypeKind: TypeKind.Interface } ct
            && ct.ContainingNamespace?.ToDisplayString() == "System.Numerics" && Reach.Reachability.ConstrainedTo(op) != null
            || Concrete(m) != null;

        /// <summary>The number type of T.CreateChecked/CreateSaturating/CreateTruncating called on it.</summary>
        public static ITypeSymbol? Concrete(ISymbol? m) =>
            m is IMethodSymbol { IsStatic: true, Name: "CreateChecked" or "CreateSaturating" or "CreateTruncating", ContainingType: { } t }
            && t.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16 or SpecialType.System_SByte
                or SpecialType.System_Byte or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_Double
                or SpecialType.System_Single or SpecialType.System_Decimal ? t : null;

        /// <summary>...and one cs2js lowers.</summary>
        public static bool Applies(ISymbol? m, IOperation op) => Reached(m, op) && Members.ContainsKey(m!.Name);
    }
}
