using System.Linq;
using Microsoft.CodeAnalysis;

namespace Cs2Js.Bcl
{
    /// <summary>How a Dictionary/HashSet/LINQ key type compares: by the JS value itself (native Map/Set:
    /// strings, numbers, bools, chars, enums, and classes that keep reference equality) or by
    /// Equals/GetHashCode ($HMap/$HSet: tuples, records, structs, DateTime, classes that override Equals,
    /// and keys whose type is not known until run time: object, interfaces, type parameters).</summary>
    public static class KeyEquality
    {
        public static bool ByValue(ITypeSymbol? t)
        {
            if (t == null) return true;
            if (t is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n) return ByValue(n.TypeArguments[0]);
            switch (t.SpecialType)
            {
                case SpecialType.System_String: case SpecialType.System_Boolean: case SpecialType.System_Char:
                case SpecialType.System_SByte: case SpecialType.System_Byte: case SpecialType.System_Int16: case SpecialType.System_UInt16:
                case SpecialType.System_Int32: case SpecialType.System_UInt32: case SpecialType.System_Int64: case SpecialType.System_UInt64:
                case SpecialType.System_Single: case SpecialType.System_Double:
                    return false;
                case SpecialType.System_Object: return true;
            }
            if (t.TypeKind == TypeKind.Enum) return false;
            if (t.ToDisplayString() == "System.TimeSpan") return false; // a number of ticks
            if (t is ITypeParameterSymbol or IDynamicTypeSymbol) return true;
            if (t.TypeKind is TypeKind.Interface or TypeKind.Struct) return true;
            if (t is IArrayTypeSymbol || t.TypeKind == TypeKind.Delegate) return false;
            if (t is INamedTypeSymbol c)
            {
                if (c.IsRecord || c.IsAnonymousType) return true;
                for (var cur = c; cur != null && cur.SpecialType != SpecialType.System_Object; cur = cur.BaseType)
                    if (cur.GetMembers("Equals").OfType<IMethodSymbol>().Any(m => m.IsOverride && m.Parameters.Length == 1)) return true;
                return c.IsAbstract; // a derived class may override Equals
            }
            return false;
        }

        /// <summary>Whether JavaScript's strict equality (<c>indexOf</c>) agrees with EqualityComparer&lt;T&gt;.Default
        /// for T: strings, bools, chars, integers (a long is one canonical number or BigInt), enums, and their
        /// nullables. With <paramref name="nanEqual"/> (SameValueZero: <c>includes</c>, where NaN equals NaN and
        /// -0 equals 0 as in .NET) doubles and floats too.</summary>
        public static bool ByJsIdentity(ITypeSymbol? t, bool nanEqual)
        {
            if (t is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n) return ByJsIdentity(n.TypeArguments[0], nanEqual);
            switch (t?.SpecialType)
            {
                case SpecialType.System_String: case SpecialType.System_Boolean: case SpecialType.System_Char:
                case SpecialType.System_SByte: case SpecialType.System_Byte: case SpecialType.System_Int16: case SpecialType.System_UInt16:
                case SpecialType.System_Int32: case SpecialType.System_UInt32: case SpecialType.System_Int64: case SpecialType.System_UInt64:
                    return true;
                case SpecialType.System_Single: case SpecialType.System_Double:
                    return nanEqual;
            }
            return t?.TypeKind == TypeKind.Enum;
        }

        /// <summary>Anonymous types are plain objects: keyed collections compare them through $anonc.</summary>
        public static bool IsAnonymous(ITypeSymbol? t) => t is INamedTypeSymbol { IsAnonymousType: true };
    }
}
