using System;
using System.Collections.Generic;

namespace Cs2Js.Bcl
{
    // List<T>, T[] helpers, Dictionary<K,V>, HashSet<T>, Queue<T>, Stack<T>, KeyValuePair<K,V> and the
    // collection interfaces. Representations: List/array/Queue (front at 0)/Stack (top at the end) are
    // Arrays, Dictionary is a Map or a $HMap, HashSet a Set or a $HSet (their constructors: KeyedCollections.cs),
    // KeyValuePair a [key, value] array.
    static partial class BclMap
    {
        const string ListT = "System.Collections.Generic.List`1";
        const string DictT = "System.Collections.Generic.Dictionary`2";
        const string SetT = "System.Collections.Generic.HashSet`1";
        const string QueueT = "System.Collections.Generic.Queue`1";
        const string StackT = "System.Collections.Generic.Stack`1";
        const string Gen = "System.Collections.Generic.";

        static void RegisterCollections()
        {
            MapList();
            MapArray();
            MapDictionary();
            MapHashSet();
            MapQueueStack();
            MapCollectionInterfaces();
        }

        static void MapList()
        {
            var l = ListT;
            Add($"T:{l}", "Array");
            Add($"M:{l}.#ctor", "[]");
            Add($"M:{l}.#ctor(System.Int32)", "[]");
            Add($"M:{l}.#ctor(System.Collections.Generic.IEnumerable{{`0}})", "Array.from({0})");
            Add($"P:{l}.Count", "{this}.length");
            Add($"P:{l}.Item(System.Int32)", "$at({this}, {0})");
            Add($"P:{l}.Item(System.Int32)|set", "$atSet({this}, {0}, {value})");
            Add($"M:{l}.Add(`0)", "{this}.push({0})");
            Add($"M:{l}.AddRange(System.Collections.Generic.IEnumerable{{`0}})", "{this}.push(...{0})");
            Add($"M:{l}.Insert(System.Int32,`0)", "{this}.splice({0}, 0, {1})");
            Add($"M:{l}.InsertRange(System.Int32,System.Collections.Generic.IEnumerable{{`0}})", "{this}.splice({0}, 0, ...{1})");
            Add($"M:{l}.Remove(`0)", "$listRemove({this}, {0})");
            Add($"M:{l}.RemoveAt(System.Int32)", "$removeAt({this}, {0})");
            Add($"M:{l}.RemoveRange(System.Int32,System.Int32)", "{this}.splice({0}, {1})");
            Add($"M:{l}.RemoveAll(System.Predicate{{`0}})", "$removeAll({this}, {0})");
            Add($"M:{l}.Clear", "{this}.length = 0");
            Add($"M:{l}.Contains(`0)", "($idx({this}, {0}) >= 0)");
            Add($"M:{l}.IndexOf(`0)", "$idx({this}, {0})");
            Add($"M:{l}.IndexOf(`0,System.Int32)", "$idx({this}, {0}, {1})");
            Add($"M:{l}.LastIndexOf(`0)", "$idx({this}, {0}, 0, 1)");
            Add($"M:{l}.Sort", "{this}.sort($cmp)");
            Add($"M:{l}.Sort(System.Comparison{{`0}})", "{this}.sort({0})");
            Add($"M:{l}.Sort(System.Collections.Generic.IComparer{{`0}})", "{this}.sort($cmpOf({0}))");
            Add($"M:{l}.Reverse", "{this}.reverse()");
            Add($"M:{l}.ToArray", "{this}.slice()");
            Add($"M:{l}.FindIndex(System.Predicate{{`0}})", "{this}.findIndex({0})");
            Add($"M:{l}.FindAll(System.Predicate{{`0}})", "{this}.filter({0})");
            Add($"M:{l}.Exists(System.Predicate{{`0}})", "{this}.some({0})");
            Add($"M:{l}.TrueForAll(System.Predicate{{`0}})", "{this}.every({0})");
            Add($"M:{l}.ForEach(System.Action{{`0}})", "{this}.forEach({0})");
            Add($"M:{l}.ConvertAll``1(System.Converter{{`0,``0}})", "{this}.map({0})");
            Add($"M:{l}.GetRange(System.Int32,System.Int32)", "$getRange({this}, {0}, {1})");
            AddCustom($"M:{l}.Find(System.Predicate{{`0}})", c => $"$find({c.This}, {c.Args[0]}, {CollDefault(0)})");
            AddCustom($"M:{l}.FindLast(System.Predicate{{`0}})", c => $"$findLast({c.This}, {c.Args[0]}, {CollDefault(0)})");
        }

        static void MapArray()
        {
            Add("T:System.Array", "Array");
            Add("P:System.Array.Length", "{this}.length");
            // Multi-dimensional arrays are flat row-major arrays with their lengths in $d (runtime $md).
            Add("P:System.Array.Rank", "$rank({this})");
            Add("M:System.Array.Sort``2(``0[],``1[])", "$asort2({0}, {1})");
            Add("M:System.Array.Sort``2(``0[],``1[],System.Collections.Generic.IComparer{``0})", "$asort2({0}, {1}, {2})");
            Add("M:System.Array.CreateInstance(System.Type,System.Int32)", "new Array({1}).fill({0}.d)");
            Add("M:System.Array.GetLength(System.Int32)", "$alen({this}, {0})");
            Add("M:System.Array.GetUpperBound(System.Int32)", "($alen({this}, {0}) - 1)");
            Add("M:System.Array.GetLowerBound(System.Int32)", "($alen({this}, {0}), 0)");
            Add("M:System.Array.Empty``1", "[]");
            Add("M:System.Array.Sort``1(``0[])", "{0}.sort($cmp)");
            Add("M:System.Array.Sort``1(``0[],System.Comparison{``0})", "{0}.sort({1})");
            Add("M:System.Array.Sort``1(``0[],System.Collections.Generic.IComparer{``0})", "{0}.sort($cmpOf({1}))");
            Add("M:System.Array.IndexOf``1(``0[],``0)", "$idx({0}, {1})");
            Add("M:System.Array.LastIndexOf``1(``0[],``0)", "$idx({0}, {1}, 0, 1)");
            // Called directly on elements JavaScript compares as .NET does (strings, integers, enums…; doubles
            // for includes, whose SameValueZero equals NaN to NaN): native search, no $idx/$eq. The templates
            // above stay for every other use (a method group, say).
            AddCustom("M:System.Array.IndexOf``1(``0[],``0)", x => x.ElementsByJsIdentity(false) ? "{0}.indexOf({1})" : "$idx({0}, {1})");
            AddCustom("M:System.Array.LastIndexOf``1(``0[],``0)", x => x.ElementsByJsIdentity(false) ? "{0}.lastIndexOf({1})" : "$idx({0}, {1}, 0, 1)");
            AddCustom($"M:{ListT}.Remove(`0)", x => x.ElementsByJsIdentity(false) ? "$listRemoveId({this}, {0})" : "$listRemove({this}, {0})");
            AddCustom($"M:{ListT}.Contains(`0)", x => x.ElementsByJsIdentity(true) ? "{this}.includes({0})" : "($idx({this}, {0}) >= 0)");
            AddCustom($"M:{ListT}.IndexOf(`0)", x => x.ElementsByJsIdentity(false) ? "{this}.indexOf({0})" : "$idx({this}, {0})");
            AddCustom($"M:{ListT}.LastIndexOf(`0)", x => x.ElementsByJsIdentity(false) ? "{this}.lastIndexOf({0})" : "$idx({this}, {0}, 0, 1)");
            Add("M:System.Array.Reverse``1(``0[])", "{0}.reverse()");
            Add("M:System.Array.Exists``1(``0[],System.Predicate{``0})", "{0}.some({1})");
            Add("M:System.Array.TrueForAll``1(``0[],System.Predicate{``0})", "{0}.every({1})");
            Add("M:System.Array.FindIndex``1(``0[],System.Predicate{``0})", "{0}.findIndex({1})");
            Add("M:System.Array.FindAll``1(``0[],System.Predicate{``0})", "{0}.filter({1})");
            Add("M:System.Array.ForEach``1(``0[],System.Action{``0})", "{0}.forEach({1})");
            Add("M:System.Array.ConvertAll``2(``0[],System.Converter{``0,``1})", "{0}.map({1})");
            Add("M:System.Array.Fill``1(``0[],``0)", "{0}.fill({1})");
            Add("M:System.Array.Fill``1(``0[],``0,System.Int32,System.Int32)", "$afill({0}, {1}, {2}, {3})");
            Add("M:System.Array.Copy(System.Array,System.Array,System.Int32)", "$acopy({0}, 0, {1}, 0, {2})");
            Add("M:System.Array.Copy(System.Array,System.Int32,System.Array,System.Int32,System.Int32)", "$acopy({0}, {1}, {2}, {3}, {4})");
            Add("M:System.Array.CopyTo(System.Array,System.Int32)", "$acopy({this}, 0, {0}, {1})");
            Add("M:System.Array.Reverse``1(``0[],System.Int32,System.Int32)", "$arev({0}, {1}, {2})");
            Add("M:System.Array.IndexOf``1(``0[],``0,System.Int32)", "$idx({0}, {1}, {2})");
            Add("M:System.Array.FindLastIndex``1(``0[],System.Predicate{``0})", "$findLastIdx({0}, {1})");
            Add("M:System.Array.Sort``1(``0[],System.Int32,System.Int32)", "$asort({0}, {1}, {2})");
            AddCustom("M:System.Array.Clear(System.Array,System.Int32,System.Int32)", c => $"$afill({c.Args[0]}, {CollElemDefault(c)}, {c.Args[1]}, {c.Args[2]})");
            AddCustom("M:System.Array.Clear(System.Array)", c => $"$afill({c.Args[0]}, {CollElemDefault(c)})");
            AddCustom("M:System.Array.Resize``1(``0[]@,System.Int32)", c => $"$aresize({c.Args[0]}, {c.Args[1]}, {CollJsDefault(CollFirstTypeArg(CollArgType(c, 0)))})");
            AddCustom("M:System.Array.Find``1(``0[],System.Predicate{``0})", c => $"$find({c.Args[0]}, {c.Args[1]}, {CollDefault(0)})");
            AddCustom("M:System.Array.FindLast``1(``0[],System.Predicate{``0})", c => $"$findLast({c.Args[0]}, {c.Args[1]}, {CollDefault(0)})");
        }

        static void MapDictionary()
        {
            foreach (var d in new[] { DictT, Gen + "IDictionary`2", Gen + "IReadOnlyDictionary`2" })
            {
                Add($"P:{d}.Item(`0)", "$dictGet({this}, {0})");
                Add($"M:{d}.ContainsKey(`0)", "{this}.has({0})");
                Add($"P:{d}.Keys", "Array.from({this}.keys())");
                Add($"P:{d}.Values", "Array.from({this}.values())");
                AddCustom($"M:{d}.TryGetValue(`0,`1@)", "$tryGet", c => $"$tryGet({c.This}, {c.Args[0]}, {c.Args[1]}, {CollDefault(1)})");
            }
            foreach (var d in new[] { DictT, Gen + "IDictionary`2" })
            {
                Add($"P:{d}.Item(`0)|set", "{this}.set({0}, {value})");
                Add($"M:{d}.Add(`0,`1)", "$dictAdd({this}, {0}, {1})");
                Add($"M:{d}.Remove(`0)", "{this}.delete({0})");
            }
            var t = DictT;
            Add($"T:{t}", "Map");
            Add($"P:{t}.Count", "{this}.size");
            Add($"M:{t}.Clear", "{this}.clear()");
            Add($"M:{t}.ContainsValue(`1)", "$containsValue({this}, {0})");
            Add($"M:{t}.TryAdd(`0,`1)", "$tryAdd({this}, {0}, {1})");
            AddCustom($"M:{t}.Remove(`0,`1@)", c => $"$dictRemove({c.This}, {c.Args[0]}, {c.Args[1]}, {CollDefault(1)})");
            // Keys/Values are array snapshots, not live views.
            Add($"P:{t}.KeyCollection.Count", "{this}.length");
            Add($"P:{t}.ValueCollection.Count", "{this}.length");
            Add($"M:{t}.KeyCollection.Contains(`0)", "{this}.includes({0})");
            Add("M:System.Collections.Generic.CollectionExtensions.TryAdd``2(System.Collections.Generic.IDictionary{``0,``1},``0,``1)", "$tryAdd({0}, {1}, {2})");
            Add("M:System.Collections.Generic.CollectionExtensions.GetValueOrDefault``2(System.Collections.Generic.IReadOnlyDictionary{``0,``1},``0,``1)", "$getOr({0}, {1}, {2})");
            AddCustom("M:System.Collections.Generic.CollectionExtensions.GetValueOrDefault``2(System.Collections.Generic.IReadOnlyDictionary{``0,``1},``0)",
                c => $"$getOr({c.Args[0]}, {c.Args[1]}, {CollDefault(1)})");

            var kv = "System.Collections.Generic.KeyValuePair`2";
            Add($"M:{kv}.#ctor(`0,`1)", "[{0}, {1}]");
            Add($"P:{kv}.Key", "{this}[0]");
            Add($"P:{kv}.Value", "{this}[1]");
            Add($"M:{kv}.ToString", "$kvStr({this})");
            Add("M:System.Collections.Generic.KeyValuePair.Create``2(``0,``1)", "[{0}, {1}]");
        }

        static void MapHashSet()
        {
            var s = SetT;
            Add($"T:{s}", "Set");
            Add($"P:{s}.Count", "{this}.size");
            Add($"M:{s}.Add(`0)", "$setAdd({this}, {0})");
            Add($"M:{s}.Remove(`0)", "{this}.delete({0})");
            Add($"M:{s}.Contains(`0)", "{this}.has({0})");
            Add($"M:{s}.Clear", "{this}.clear()");
            Add($"M:{s}.UnionWith(System.Collections.Generic.IEnumerable{{`0}})", "$unionWith({this}, {0})");
            Add($"M:{s}.IntersectWith(System.Collections.Generic.IEnumerable{{`0}})", "$intersectWith({this}, {0})");
            Add($"M:{s}.ExceptWith(System.Collections.Generic.IEnumerable{{`0}})", "$exceptWith({this}, {0})");
            Add($"M:{s}.SymmetricExceptWith(System.Collections.Generic.IEnumerable{{`0}})", "$symExceptWith({this}, {0})");
            Add($"M:{s}.SetEquals(System.Collections.Generic.IEnumerable{{`0}})", "$setCmp({this}, {0}, 0)");
            Add($"M:{s}.IsSubsetOf(System.Collections.Generic.IEnumerable{{`0}})", "$setCmp({this}, {0}, 1)");
            Add($"M:{s}.IsSupersetOf(System.Collections.Generic.IEnumerable{{`0}})", "$setCmp({this}, {0}, 2)");
            Add($"M:{s}.Overlaps(System.Collections.Generic.IEnumerable{{`0}})", "$setCmp({this}, {0}, 3)");
            Add($"M:{s}.RemoveWhere(System.Predicate{{`0}})", "$removeWhere({this}, {0})");
        }

        static void MapQueueStack()
        {
            foreach (var t in new[] { QueueT, StackT })
            {
                bool stack = t == StackT;
                Add($"M:{t}.#ctor", "[]");
                Add($"M:{t}.#ctor(System.Int32)", "[]");
                Add($"M:{t}.#ctor(System.Collections.Generic.IEnumerable{{`0}})", "Array.from({0})");
                Add($"P:{t}.Count", "{this}.length");
                Add($"M:{t}.Clear", "{this}.length = 0");
                Add($"M:{t}.Contains(`0)", "{this}.includes({0})");
                // .NET enumerates a stack from the top, which is our array's end.
                Add($"M:{t}.ToArray", stack ? "{this}.slice().reverse()" : "{this}.slice()");
                Add($"M:{t}.Peek", stack ? "$peek({this}, true)" : "$peek({this}, false)");
                var top = stack ? "true" : "false";
                AddCustom($"M:{t}.TryPeek(`0@)", c => $"$tryTake({c.This}, {c.Args[0]}, {top}, false, {CollDefault(0)})");
            }
            Add($"M:{QueueT}.Enqueue(`0)", "{this}.push({0})");
            Add($"M:{QueueT}.Dequeue", "$dequeue({this})");
            AddCustom($"M:{QueueT}.TryDequeue(`0@)", c => $"$tryTake({c.This}, {c.Args[0]}, false, true, {CollDefault(0)})");
            Add($"M:{StackT}.Push(`0)", "{this}.push({0})");
            Add($"M:{StackT}.Pop", "$pop({this})");
            AddCustom($"M:{StackT}.TryPop(`0@)", c => $"$tryTake({c.This}, {c.Args[0]}, true, true, {CollDefault(0)})");
        }

        static void MapCollectionInterfaces()
        {
            // Seen through an interface the object may be an Array, a Map or a Set.
            Add($"P:{Gen}ICollection`1.Count", "$len({this})");
            Add($"P:{Gen}IReadOnlyCollection`1.Count", "$len({this})");
            Add($"P:{Gen}IList`1.Item(System.Int32)", "$ati({this}, {0})");
            Add($"P:{Gen}IList`1.Item(System.Int32)|set", "$atSet({this}, {0}, {value})");
            Add($"P:{Gen}IReadOnlyList`1.Item(System.Int32)", "$ati({this}, {0})");
            Add($"M:{Gen}IList`1.IndexOf(`0)", "$idx({this}, {0})");
            Add($"M:{Gen}IList`1.Insert(System.Int32,`0)", "{this}.splice({0}, 0, {1})");
            Add($"M:{Gen}IList`1.RemoveAt(System.Int32)", "$removeAt({this}, {0})");
            Add($"M:{Gen}ICollection`1.Contains(`0)", "$containsSeq({this}, {0})");
            Add($"M:{Gen}IComparer`1.Compare(`0,`0)", "{this}.Compare({0}, {1})");
            Add($"M:{Gen}Comparer`1.Compare(`0,`0)", "{this}.Compare({0}, {1})");
            Add($"P:{Gen}Comparer`1.Default", "({ Compare: $cmp })");
            Add($"M:{Gen}Comparer`1.Create(System.Comparison{{`0}})", "({ Compare: {0} })");
        }

        /// <summary>The JS value of <c>default(T)</c> for a type given as a C# display string: 0 for
        /// numbers, chars and TimeSpan (ticks), false for bool, null for everything else (including
        /// nullable types). Enums cannot be told apart from classes by name and wrongly get null.</summary>
        static string CollJsDefault(string type)
        {
            var t = type.Trim();
            if (t.StartsWith("global::", StringComparison.Ordinal)) t = t.Substring(8);
            if (t.EndsWith("?", StringComparison.Ordinal)) return "null";
            switch (t)
            {
                case "bool": case "System.Boolean": return "false";
                case "int": case "uint": case "long": case "ulong": case "short": case "ushort": case "byte": case "sbyte":
                case "double": case "float": case "decimal": case "char": case "nint": case "nuint":
                case "System.Int32": case "System.Int64": case "System.Double": case "System.Single": case "System.Char":
                case "System.Byte": case "System.UInt32": case "System.Int16": case "System.Decimal":
                case "TimeSpan": case "System.TimeSpan":
                    return "0";
                default: return "null";
            }
        }

        /// <summary>default(T) of the call's type argument i (the method's, else its type's), written by Lower
        /// as <c>default(T)</c> is: 0, false, null, DateTime.MinValue, a tuple of defaults, a new struct...</summary>
        static string CollDefault(int typeArg) => "{T" + typeArg + ":d}";

        /// <summary>The static type of argument i ("" if the core did not say).</summary>
        static string CollArgType(TemplateContext c, int i) => i < c.ArgTypes.Count ? c.ArgTypes[i] : "";

        /// <summary>default(T) for the element type of a call, read from the first argument's static type
        /// (List&lt;T&gt;.Find(Predicate&lt;T&gt;), Enumerable.FirstOrDefault(IEnumerable&lt;T&gt;), Array.Find(T[], ..)).
        /// Display strings are used rather than <c>TypeArgs</c>, which the core gives as JS type references.</summary>
        static string CollElemDefault(TemplateContext c) => CollJsDefault(CollFirstTypeArg(CollArgType(c, 0)));

        /// <summary>"System.Predicate&lt;int&gt;" → "int"; "int[]" → "int"; anything else → "".</summary>
        static string CollFirstTypeArg(string type) => CollTypeArgs(type) is { Count: > 0 } a ? a[0] : "";

        /// <summary>"System.Func&lt;Person, int?&gt;" → "int?": the last generic argument.</summary>
        static string CollLastTypeArg(string type) => CollTypeArgs(type) is { Count: > 0 } a ? a[a.Count - 1] : "";

        /// <summary>The top-level generic arguments of a C# display string ("int[]" counts as one).</summary>
        static List<string> CollTypeArgs(string type)
        {
            var result = new List<string>();
            if (type.EndsWith("[]?", StringComparison.Ordinal)) type = type.Substring(0, type.Length - 1);
            if (type.EndsWith("[]", StringComparison.Ordinal)) { result.Add(type.Substring(0, type.Length - 2)); return result; }
            int lt = type.IndexOf('<');
            if (lt < 0 || !type.EndsWith(">", StringComparison.Ordinal)) return result;
            var inner = type.Substring(lt + 1, type.Length - lt - 2);
            int depth = 0, start = 0;
            for (int i = 0; i < inner.Length; i++)
            {
                if (inner[i] == '<') depth++;
                else if (inner[i] == '>') depth--;
                else if (inner[i] == ',' && depth == 0) { result.Add(inner.Substring(start, i - start).Trim()); start = i + 1; }
            }
            result.Add(inner.Substring(start).Trim());
            return result;
        }

    
        static void RegisterComparersAndSearches()
        {
            Add("M:System.Array.Clone", "$aclone({this})");
            Add("M:System.Collections.Generic.List`1.BinarySearch(`0)", "$bsearch({this}, {0})");
            Add("M:System.Array.BinarySearch``1(``0[],``0)", "$bsearch({0}, {1})");
            // Tuples are arrays; they compare element by element.
            foreach (var arity in new[] { "`2", "`3", "`4" })
            {
                var args = arity switch { "`2" => "`0,`1", "`3" => "`0,`1,`2", _ => "`0,`1,`2,`3" };
                Add($"M:System.ValueTuple{arity}.CompareTo(System.ValueTuple{{{args}}})", "$tcmp({this}, {0})");
            }
        }
    }
}
