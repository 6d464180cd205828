namespace Cs2Js.Bcl
{
    // LinkedList<T> is a $LinkedList of $LinkedListNode (First/Last/Count and a node's Value/Next/Previous/List
    // are plain properties); methods taking a value wrap it in a new node.
    static partial class BclMap
    {
        static void RegisterLinkedLists()
        {
            const string L = Gen + "LinkedList`1", N = Gen + "LinkedListNode`1", Node = "System.Collections.Generic.LinkedListNode{`0}";
            Add($"T:{L}", "$LinkedList");
            Add($"T:{N}", "$LinkedListNode");
            Add($"M:{L}.#ctor", "new $LinkedList()");
            Add($"M:{L}.#ctor(System.Collections.Generic.IEnumerable{{`0}})", "new $LinkedList({0})");
            Add($"M:{N}.#ctor(`0)", "new $LinkedListNode({0})");
            foreach (var end in new[] { "First", "Last" })
            {
                Add($"M:{L}.Add{end}(`0)", $"{{this}}.add{end}(new $LinkedListNode({{0}}))");
                Add($"M:{L}.Add{end}({Node})", $"{{this}}.add{end}({{0}})");
                Add($"P:{L}.{end}", $"{{this}}.{end}");
            }
            foreach (var side in new[] { "Before", "After" })
            {
                Add($"M:{L}.Add{side}({Node},`0)", $"{{this}}.add{side}({{0}}, new $LinkedListNode({{1}}))");
                Add($"M:{L}.Add{side}({Node},{Node})", $"{{this}}.add{side}({{0}}, {{1}})");
            }
            Add($"M:{L}.Remove(`0)", "{this}.remove({0})");
            Add($"M:{L}.Remove({Node})", "{this}.unlink({0})");
            Add($"M:{L}.RemoveFirst", "{this}.removeEnd(false)");
            Add($"M:{L}.RemoveLast", "{this}.removeEnd(true)");
            Add($"M:{L}.Find(`0)", "{this}.find({0})");
            Add($"M:{L}.FindLast(`0)", "{this}.findLast({0})");
            Add($"M:{L}.Contains(`0)", "({this}.find({0}) !== null)");
            Add($"M:{L}.Clear", "{this}.clear()");
            Add($"P:{L}.Count", "{this}.Count");
            Add($"P:{N}.Value", "{this}.Value");
            Add($"P:{N}.Value|set", "{this}.Value = {value}");
            Add($"P:{N}.Next", "{this}.Next");
            Add($"P:{N}.Previous", "{this}.Previous");
            Add($"P:{N}.List", "{this}.List");
        }
    }
}
