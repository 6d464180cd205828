namespace Cs2Js.Bcl
{
    // System.Type is a run-time type descriptor ($ty, interned by full name): typeof(X), typeof(T).
    // EqualityComparer<T>.Default compares as Equals does on our representation.
    static partial class BclMap
    {
        static void RegisterTypes()
        {
            const string T = "System.Type";
            Add("P:System.Reflection.MemberInfo.Name", "{this}.n");
            Add("M:System.Object.GetHashCode", "$hash({this})");
            Add("M:System.Linq.Enumerable.OfType``1(System.Collections.IEnumerable)", "$ofType({0}, {T:ty})");
            Add($"P:{T}.FullName", "{this}.f");
            Add($"M:{T}.ToString", "{this}.f");
            Add($"M:{T}.op_Equality({T},{T})", "({0} === {1})");
            Add($"M:{T}.op_Inequality({T},{T})", "({0} !== {1})");
            Add($"M:{T}.Equals({T})", "({this} === {0})");
            const string E = "System.Collections.Generic.EqualityComparer`1";
            Add($"P:{E}.Default", "({ Equals: $eq, GetHashCode: $hash })");
            Add($"M:{E}.Equals(`0,`0)", "{this}.Equals({0}, {1})");
            Add($"M:{E}.GetHashCode(`0)", "{this}.GetHashCode({0})");
            Add("M:System.Collections.Generic.IEqualityComparer`1.Equals(`0,`0)", "{this}.Equals({0}, {1})");
            Add("M:System.Collections.Generic.IEqualityComparer`1.GetHashCode(`0)", "{this}.GetHashCode({0})");
        }
    }
}
