using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace Cs2Js.Reach
{
    /// <summary>
    /// Which native-keyed Dictionary/HashSet types (string, number, enum keys) must enumerate in .NET's
    /// slot order: .NET puts the next key into the slot its last removal freed, where a JS Map/Set
    /// appends. Only a closed type that the reached code both removes from and enumerates can tell; those
    /// are built as $HMap/$HSet (slot order), every other one stays a native Map/Set at no cost.
    /// </summary>
    public sealed class SlotOrder
    {
        readonly HashSet<INamedTypeSymbol> needed = new(SymbolEqualityComparer.Default);

        /// <summary>A collection of this closed type (Dictionary&lt;K,V&gt; or HashSet&lt;T&gt;) keeps slot order.</summary>
        public bool Needs(ITypeSymbol? created) => created is INamedTypeSymbol t && needed.Contains(t);

        public static SlotOrder Run(CSharpCompilation compilation, ReachedSet reached)
        {
            var removed = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            var enumerated = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            var dict = compilation.GetTypeByMetadataName("System.Collections.Generic.Dictionary`2");
            var set = compilation.GetTypeByMetadataName("System.Collections.Generic.HashSet`1");
            foreach (var m in reached.Members)
                foreach (var op in reached.Code(compilation).Of(m)) Classify(op, dict, set, removed, enumerated);
            var r = new SlotOrder();
            foreach (var t in removed)
                if (enumerated.Contains(t)) r.needed.Add(t);
            return r;
        }

        static readonly HashSet<string> Removals = new() { "Remove", "RemoveWhere", "ExceptWith", "IntersectWith", "SymmetricExceptWith" };
        // Members that read or write single entries: they cannot see the order.
        static readonly HashSet<string> PointMembers = new()
        {
            "Add", "TryAdd", "Remove", "RemoveWhere", "ContainsKey", "ContainsValue", "Contains", "TryGetValue", "Clear",
            "Count", "Item", "GetValueOrDefault", "EnsureCapacity", "TrimExcess", "Comparer",
            "UnionWith", "Overlaps", "SetEquals", "IsSubsetOf", "IsSupersetOf", "IsProperSubsetOf", "IsProperSupersetOf",
        };

        static void Classify(IOperation op, INamedTypeSymbol? dict, INamedTypeSymbol? set, HashSet<INamedTypeSymbol> removed, HashSet<INamedTypeSymbol> enumerated)
        {
            switch (op)
            {
                case IInvocationOperation inv when Removals.Contains(inv.TargetMethod.Name):
                    if (Keyed(inv.TargetMethod.ContainingType, dict, set) is { } rt) removed.Add(rt);
                    else if (inv.Instance?.Type is { } it && Keyed(it, dict, set) is { } rt2) removed.Add(rt2);
                    break;
                case IForEachLoopOperation fe:
                    if (Owner(Strip(fe.Collection), dict, set) is { } ft) enumerated.Add(ft);
                    break;
                case IPropertyReferenceOperation { Property.Name: "Keys" or "Values", Instance: { } inst } when Keyed(inst.Type, dict, set) is { } kt:
                    enumerated.Add(kt);
                    break;
                case IInvocationOperation { Instance: { } recv } call when Keyed(recv.Type, dict, set) is { } ct && !PointMembers.Contains(call.TargetMethod.Name):
                    enumerated.Add(ct); // GetEnumerator, CopyTo, SetEquals...
                    break;
                case IConversionOperation conv when !conv.Conversion.IsIdentity && Keyed(conv.Operand.Type, dict, set) is { } vt && !ToPointExtension(conv):
                    enumerated.Add(vt); // handed on as IEnumerable/IDictionary/object: anything may enumerate it
                    break;
            }
        }

        static IOperation Strip(IOperation op) => op is IConversionOperation { IsImplicit: true } c ? Strip(c.Operand) : op;

        /// <summary>The closed Dictionary/HashSet type a foreach walks (directly, or through Keys/Values).</summary>
        static INamedTypeSymbol? Owner(IOperation collection, INamedTypeSymbol? dict, INamedTypeSymbol? set) =>
            Keyed(collection.Type, dict, set)
            ?? (collection is IPropertyReferenceOperation { Property.Name: "Keys" or "Values", Instance: { } i } ? Keyed(i.Type, dict, set) : null);

        static INamedTypeSymbol? Keyed(ITypeSymbol? t, INamedTypeSymbol? dict, INamedTypeSymbol? set) =>
            t is INamedTypeSymbol n && (SymbolEqualityComparer.Default.Equals(n.OriginalDefinition, dict) || SymbolEqualityComparer.Default.Equals(n.OriginalDefinition, set)) ? n : null;

        /// <summary>`dict.GetValueOrDefault(k)`/`TryAdd`/`Remove(k, out v)` convert the receiver to an interface to reach an extension method that reads one entry.</summary>
        static bool ToPointExtension(IConversionOperation conv) =>
            conv.Parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { IsExtensionMethod: true } ext } } a
            && a.Parameter?.Ordinal == 0 && PointMembers.Contains(ext.Name);
    }
}
