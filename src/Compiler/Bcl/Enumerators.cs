namespace Cs2Js.Bcl
{
    // IEnumerable/IEnumerator used by hand: GetEnumerator() gives a JS iterator, and MoveNext/Current
    // work on both JS iterators and user IEnumerator objects ($mn/$cur keep a JS iterator's current item).
    public static partial class BclMap
    {
        static void RegisterEnumerators()
        {
            const string G = "System.Collections.Generic.";
            foreach (var t in new[] { G + "IEnumerable`1", "System.Collections.IEnumerable", G + "List`1", G + "HashSet`1", G + "Queue`1", G + "LinkedList`1", G + "SortedSet`1", "System.Array" })
                Add($"M:{t}.GetEnumerator", "$enumr({this})");
            Add($"M:{G}Stack`1.GetEnumerator", "$enumr([...{this}].reverse())");
            foreach (var t in new[] { G + "Dictionary`2", G + "SortedDictionary`2", G + "SortedList`2" })
                Add($"M:{t}.GetEnumerator", "{this}.entries()");
            Add("M:System.Collections.IEnumerator.MoveNext", "$mn({this})");
            Add("P:System.Collections.IEnumerator.Current", "$cur({this})");
            Add($"P:{G}IEnumerator`1.Current", "$cur({this})");
            Add("M:System.Collections.IEnumerator.Reset", "{this}.Reset()");
            // `var e = list.GetEnumerator()` is the collection's struct enumerator: the same JS iterator.
            foreach (var t in new[] { "List`1", "HashSet`1", "Queue`1", "Stack`1", "LinkedList`1", "SortedSet`1", "Dictionary`2", "SortedDictionary`2" })
            {
                Add($"M:{G}{t}.Enumerator.MoveNext", "$mn({this})");
                Add($"P:{G}{t}.Enumerator.Current", "$cur({this})");
                Add($"M:{G}{t}.Enumerator.Dispose", "$edispose({this})");
            }
        }
    }
}
