namespace Cs2Js.Bcl
{
    // ArraySegment<T> is a $ArraySegment: Array/Offset/Count and an indexer that reads and writes the
    // underlying array (IList<T> sees it through get$item/set$item, as it sees a user list).
    static partial class BclMap
    {
        static void RegisterArraySegments()
        {
            const string S = "System.ArraySegment`1";
            Add($"T:{S}", "$ArraySegment");
            Add($"M:{S}.#ctor(`0[])", "new $ArraySegment({0})");
            Add($"M:{S}.#ctor(`0[],System.Int32,System.Int32)", "new $ArraySegment({0}, {1}, {2})");
            Add($"P:{S}.Array", "{this}.Array");
            Add($"P:{S}.Offset", "{this}.Offset");
            Add($"P:{S}.Count", "{this}.Count");
            Add($"P:{S}.Item(System.Int32)", "{this}.get$item({0})");
            Add($"P:{S}.Item(System.Int32)|set", "{this}.set$item({0}, {value})");
            Add($"M:{S}.ToArray", "{this}.toArray()");
            Add($"M:{S}.Slice(System.Int32)", "{this}.slice({0})");
            Add($"M:{S}.Slice(System.Int32,System.Int32)", "{this}.slice({0}, {1})");
            Add($"M:{S}.GetEnumerator", "{this}[Symbol.iterator]()");
        }
    }
}
