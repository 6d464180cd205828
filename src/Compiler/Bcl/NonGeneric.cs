namespace Cs2Js.Bcl
{
    // System.Collections' non-generic ArrayList and Hashtable: an ArrayList is a List<object> (an Array);
    // a Hashtable is a Dictionary<object, object?> keyed by Equals ($HMap), whose missing keys read as null.
    // (.NET enumerates a Hashtable in hash-bucket order, which no program can rely on; ours is insertion order.)
    static partial class BclMap
    {
        static void RegisterNonGenericCollections()
        {
            const string A = "System.Collections.ArrayList", H = "System.Collections.Hashtable", o = "System.Object", i = "System.Int32",
                coll = "System.Collections.ICollection";
            Add($"T:{A}", "Array");
            Add($"M:{A}.#ctor", "[]");
            Add($"M:{A}.#ctor({i})", "[]");
            Add($"M:{A}.#ctor({coll})", "Array.from({0})");
            Add($"P:{A}.Count", "{this}.length");
            Add($"P:{A}.Item({i})", "$at({this}, {0})");
            Add($"P:{A}.Item({i})|set", "$atSet({this}, {0}, {value})");
            Add($"M:{A}.Add({o})", "({this}.push({0}) - 1)");
            Add($"M:{A}.AddRange({coll})", "{this}.push(...{0})");
            Add($"M:{A}.Insert({i},{o})", "{this}.splice({0}, 0, {1})");
            Add($"M:{A}.Remove({o})", "$listRemove({this}, {0})");
            Add($"M:{A}.RemoveAt({i})", "$removeAt({this}, {0})");
            Add($"M:{A}.RemoveRange({i},{i})", "{this}.splice({0}, {1})");
            Add($"M:{A}.Clear", "{this}.length = 0");
            Add($"M:{A}.Contains({o})", "($idx({this}, {0}) >= 0)");
            Add($"M:{A}.IndexOf({o})", "$idx({this}, {0})");
            Add($"M:{A}.Sort", "{this}.sort($cmp)");
            Add($"M:{A}.Sort(System.Collections.IComparer)", "{this}.sort($cmpOf({0}))");
            Add($"M:{A}.Reverse", "{this}.reverse()");
            Add($"M:{A}.ToArray", "{this}.slice()");
            Add($"M:{A}.GetEnumerator", "$enumr({this})");

            Add($"T:{H}", "$HMap");
            Add($"M:{H}.#ctor", "new $HMap()");
            Add($"P:{H}.Count", "{this}.size");
            Add($"P:{H}.Item({o})", "({this}.get({0}) ?? null)");
            Add($"P:{H}.Item({o})|set", "{this}.set({0}, {value})");
            Add($"M:{H}.Add({o},{o})", "$dictAdd({this}, {0}, {1})");
            Add($"M:{H}.ContainsKey({o})", "{this}.has({0})");
            Add($"M:{H}.Contains({o})", "{this}.has({0})");
            Add($"M:{H}.Remove({o})", "{this}.delete({0})");
            Add($"M:{H}.Clear", "{this}.clear()");
            Add($"P:{H}.Keys", "Array.from({this}.keys())");
            Add($"P:{H}.Values", "Array.from({this}.values())");

            // A Hashtable enumerates its Map's [key, value] entries: a DictionaryEntry is that pair, as a KeyValuePair.
            const string de = "System.Collections.DictionaryEntry";
            Add($"M:{de}.#ctor({o},{o})", "[{0}, {1}]");
            Add($"P:{de}.Key", "{this}[0]");
            Add($"P:{de}.Value", "{this}[1]");
        }
    }
}
