namespace Cs2Js.Bcl
{
    // SortedDictionary<K,V> and SortedList<K,V> are a $SortedMap (sorted key and value arrays with Map's
    // API, so the Dictionary helpers work on them); SortedSet<T> is a $SortedSet (a sorted array with Set's
    // API). Both order and match keys by the IComparer the program passes, or Comparer<T>.Default ($cmp,
    // which compares strings and numbers natively).
    static partial class BclMap
    {
        static void RegisterSortedCollections()
        {
            const string Cmp0 = "System.Collections.Generic.IComparer{`0}", IDict = "System.Collections.Generic.IDictionary{`0,`1}";
            foreach (var t in new[] { Gen + "SortedDictionary`2", Gen + "SortedList`2" })
            {
                Add($"T:{t}", "$SortedMap");
                Add($"M:{t}.#ctor", "new $SortedMap()");
                Add($"M:{t}.#ctor({Cmp0})", "new $SortedMap({0})");
                Add($"M:{t}.#ctor({IDict})", "new $SortedMap(null, {0})");
                Add($"M:{t}.#ctor({IDict},{Cmp0})", "new $SortedMap({1}, {0})");
                Add($"P:{t}.Item(`0)", "$dictGet({this}, {0})");
                Add($"P:{t}.Item(`0)|set", "{this}.set({0}, {value})");
                Add($"M:{t}.Add(`0,`1)", "$dictAdd({this}, {0}, {1})");
                Add($"M:{t}.Remove(`0)", "{this}.delete({0})");
                Add($"M:{t}.ContainsKey(`0)", "{this}.has({0})");
                Add($"M:{t}.ContainsValue(`1)", "$containsValue({this}, {0})");
                AddCustom($"M:{t}.TryGetValue(`0,`1@)", c => $"$tryGet({c.This}, {c.Args[0]}, {c.Args[1]}, {CollDefault(1)})");
                Add($"P:{t}.Count", "{this}.size");
                Add($"M:{t}.Clear", "{this}.clear()");
                Add($"P:{t}.Comparer", "({this}.c || { Compare: $cmpT })");
                // Keys/Values are array snapshots, as Dictionary's are.
                Add($"P:{t}.Keys", "{this}.ks.slice()");
                Add($"P:{t}.Values", "{this}.vs.slice()");
            }
            var d = Gen + "SortedDictionary`2";
            Add($"P:{d}.KeyCollection.Count", "{this}.length");
            Add($"P:{d}.ValueCollection.Count", "{this}.length");
            Add($"M:{d}.KeyCollection.Contains(`0)", "$containsSeq({this}, {0})");

            var l = Gen + "SortedList`2";
            Add($"M:{l}.#ctor(System.Int32)", "new $SortedMap()");
            Add($"M:{l}.#ctor(System.Int32,{Cmp0})", "new $SortedMap({1})");
            Add($"M:{l}.IndexOfKey(`0)", "Math.max($bfind({this}.ks, {0}, {this}.c), -1)");
            Add($"M:{l}.IndexOfValue(`1)", "$idx({this}.vs, {0})");
            Add($"M:{l}.GetKeyAtIndex(System.Int32)", "$at({this}.ks, {0})");
            Add($"M:{l}.GetValueAtIndex(System.Int32)", "$at({this}.vs, {0})");
            Add($"M:{l}.SetValueAtIndex(System.Int32,`1)", "$atSet({this}.vs, {0}, {1})");
            Add($"M:{l}.RemoveAt(System.Int32)", "{this}.removeAt({0})");
            Add($"M:{l}.TrimExcess", "void 0");

            var s = Gen + "SortedSet`1";
            Add($"T:{s}", "$SortedSet");
            AddCustom($"M:{s}.#ctor", c => $"new $SortedSet(null, null, {SortedElemDefault(c)})");
            AddCustom($"M:{s}.#ctor({Cmp0})", c => $"new $SortedSet({c.Args[0]}, null, {SortedElemDefault(c)})");
            AddCustom($"M:{s}.#ctor(System.Collections.Generic.IEnumerable{{`0}})", c => $"new $SortedSet(null, {c.Args[0]}, {SortedElemDefault(c)})");
            AddCustom($"M:{s}.#ctor(System.Collections.Generic.IEnumerable{{`0}},{Cmp0})", c => $"new $SortedSet({c.Args[1]}, {c.Args[0]}, {SortedElemDefault(c)})");
            Add($"P:{s}.Count", "{this}.size");
            Add($"M:{s}.Add(`0)", "{this}.add({0})");
            Add($"M:{s}.Remove(`0)", "{this}.delete({0})");
            Add($"M:{s}.Contains(`0)", "{this}.has({0})");
            Add($"M:{s}.Clear", "{this}.clear()");
            Add($"P:{s}.Min", "{this}.min()");
            Add($"P:{s}.Max", "{this}.max()");
            Add($"P:{s}.Comparer", "({this}.c || { Compare: $cmpT })");
            Add($"M:{s}.GetViewBetween(`0,`0)", "{this}.view({0}, {1})");
            Add($"M:{s}.Reverse", "$reverseSeq({this}.xs)");
            Add($"M:{s}.TryGetValue(`0,`0@)", "{this}.tryGet({0}, {1})");
            const string IE = "System.Collections.Generic.IEnumerable{`0}";
            Add($"M:{s}.UnionWith({IE})", "$unionWith({this}, {0})");
            Add($"M:{s}.IntersectWith({IE})", "$intersectWith({this}, {0})");
            Add($"M:{s}.ExceptWith({IE})", "$exceptWith({this}, {0})");
            Add($"M:{s}.SymmetricExceptWith({IE})", "$symExceptWith({this}, {0})");
            Add($"M:{s}.SetEquals({IE})", "$setCmp({this}, {0}, 0)");
            Add($"M:{s}.IsSubsetOf({IE})", "$setCmp({this}, {0}, 1)");
            Add($"M:{s}.IsSupersetOf({IE})", "$setCmp({this}, {0}, 2)");
            Add($"M:{s}.Overlaps({IE})", "$setCmp({this}, {0}, 3)");
            Add($"M:{s}.RemoveWhere(System.Predicate{{`0}})", "$removeWhere({this}, {0})");
        }

        /// <summary>default(T) of a SortedSet's element type (what Min/Max give on an empty set).</summary>
        static string SortedElemDefault(TemplateContext c) => c.TypeArgs.Count > 0 ? CollJsDefault(c.TypeArgs[0]) : "null";
    }
}
