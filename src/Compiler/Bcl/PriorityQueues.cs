namespace Cs2Js.Bcl
{
    // PriorityQueue<TElement,TPriority> is a $PriorityQueue: .NET's quaternary heap step for step, so
    // elements with equal priorities leave in .NET's order; c is the IComparer<TPriority> or null.
    static partial class BclMap
    {
        static void RegisterPriorityQueues()
        {
            const string Q = Gen + "PriorityQueue`2", Cmp1 = "System.Collections.Generic.IComparer{`1}";
            const string Pairs = "System.Collections.Generic.IEnumerable{System.ValueTuple{`0,`1}}";
            Add($"T:{Q}", "$PriorityQueue");
            Add($"M:{Q}.#ctor", "new $PriorityQueue()");
            Add($"M:{Q}.#ctor(System.Int32)", "new $PriorityQueue()");
            Add($"M:{Q}.#ctor({Cmp1})", "new $PriorityQueue({0})");
            Add($"M:{Q}.#ctor(System.Int32,{Cmp1})", "new $PriorityQueue({1})");
            Add($"M:{Q}.#ctor({Pairs})", "new $PriorityQueue(null, {0})");
            Add($"M:{Q}.#ctor({Pairs},{Cmp1})", "new $PriorityQueue({1}, {0})");
            Add($"P:{Q}.Count", "{this}.Count");
            Add($"M:{Q}.Enqueue(`0,`1)", "{this}.enqueue({0}, {1})");
            Add($"M:{Q}.EnqueueRange({Pairs})", "{this}.enqueueRange({0})");
            Add($"M:{Q}.EnqueueRange(System.Collections.Generic.IEnumerable{{`0}},`1)", "{this}.enqueueRange({0}, {1})");
            Add($"M:{Q}.Dequeue", "{this}.dequeue()");
            Add($"M:{Q}.Peek", "{this}.peek()");
            Add($"M:{Q}.EnqueueDequeue(`0,`1)", "{this}.enqueueDequeue({0}, {1})");
            Add($"M:{Q}.DequeueEnqueue(`0,`1)", "{this}.dequeueEnqueue({0}, {1})");
            foreach (var (name, take) in new[] { ("TryDequeue", "true"), ("TryPeek", "false") })
                AddCustom($"M:{Q}.{name}(`0@,`1@)", c => $"{c.This}.tryTake({c.Args[0]}, {c.Args[1]}, {CollDefault(0)}, {CollDefault(1)}, {take})");
            AddCustom($"M:{Q}.Remove(`0,`0@,`1@,System.Collections.Generic.IEqualityComparer{{`0}})",
                c => $"{c.This}.remove({c.Args[0]}, {c.Args[1]}, {c.Args[2]}, {CollDefault(0)}, {CollDefault(1)}, {c.Args[3]})");
            Add($"M:{Q}.Clear", "{this}.clear()");
            Add($"P:{Q}.UnorderedItems", "{this}.items()");
            Add($"P:{Q}.UnorderedItemsCollection.Count", "{this}.length");
            Add($"P:{Q}.Comparer", "({this}.c || { Compare: $cmpT })");
        }
    }
}
