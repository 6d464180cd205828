using System;
using System.Linq;

namespace Cs2Js.Bcl
{
    // Dictionary, HashSet and the keyed LINQ operators pick their representation from the key type
    // (KeyEquality): a native Map/Set when keys compare as JS values do, a $HMap/$HSet keyed by
    // Equals/GetHashCode otherwise, or by the IEqualityComparer the program passes. Keyed LINQ helpers
    // take a maker (`() => new $HSet(c)`) only when they need one, so native keys pay nothing.
    static partial class BclMap
    {
        const string EqCmp0 = "System.Collections.Generic.IEqualityComparer{`0}";
        const string EqCmpM0 = "System.Collections.Generic.IEqualityComparer{``0}";
        const string EqCmpM1 = "System.Collections.Generic.IEqualityComparer{``1}";

        static void RegisterKeyedCollections()
        {
            MapKeyedConstructors();
            MapKeyedLinq();
            MapEqualityComparers();
        }

        /// <summary>The expression that makes an empty keyed collection: "new Map()" for native keys,
        /// "new $HMap()" by value, "new $HMap(cmp)" with a comparer (StringComparer.Ordinal on native
        /// keys is the native collection itself).</summary>
        static string KeyedNew(TemplateContext c, int typeArg, int comparerArg, bool set)
        {
            if (comparerArg >= 0 && !(c.Source(comparerArg) == "$ordinal" && !c.KeyByValue(typeArg) && !c.SlotOrdered))
                return $"new {(set ? "$HSet" : "$HMap")}({(c.Source(comparerArg) == "$ordinal" ? "null" : c.Args[comparerArg])})";
            if (c.KeyAnonymous(typeArg)) return set ? "new $HSet($anonc)" : "new $HMap($anonc)";
            return c.KeyByValue(typeArg) || c.SlotOrdered ? (set ? "new $HSet()" : "new $HMap()") : (set ? "new Set()" : "new Map()");
        }

        /// <summary>", () => new $HSet(...)" for a keyed helper's trailing maker argument, or "" for native keys.</summary>
        static string Maker(TemplateContext c, int typeArg, int comparerArg, bool set)
        {
            var made = KeyedNew(c, typeArg, comparerArg, set);
            return made.StartsWith("new $", StringComparison.Ordinal) ? $", () => {made}" : "";
        }

        /// <summary>A keyed collection filled from a source: `new Set(xs)` or `new $HSet(cmp, xs)`.</summary>
        static string KeyedFrom(TemplateContext c, int typeArg, int comparerArg, bool set, string source)
        {
            var made = KeyedNew(c, typeArg, comparerArg, set);
            if (!made.StartsWith("new $", StringComparison.Ordinal)) return made.Replace("()", $"({source})");
            var cmp = comparerArg >= 0 && c.Source(comparerArg) != "$ordinal" ? c.Args[comparerArg] : c.KeyAnonymous(typeArg) ? "$anonc" : "null";
            return $"new {(set ? "$HSet" : "$HMap")}({cmp}, {source})";
        }

        static void MapKeyedConstructors()
        {
            const string D = "M:System.Collections.Generic.Dictionary`2.#ctor", H = "M:System.Collections.Generic.HashSet`1.#ctor";
            const string IDict = "System.Collections.Generic.IDictionary{`0,`1}";
            const string Pairs = "System.Collections.Generic.IEnumerable{System.Collections.Generic.KeyValuePair{`0,`1}}";
            // What the results below may name (KeyedNew, KeyedFrom, Maker; $toDict where it is called).
            const string Made = "$HMap $HSet $anonc", Filled = Made + " $toDict";
            AddCustom(D, Made, c => KeyedNew(c, 0, -1, false));
            AddCustom($"{D}(System.Int32)", Made, c => KeyedNew(c, 0, -1, false));
            AddCustom($"{D}({EqCmp0})", Made, c => KeyedNew(c, 0, 0, false));
            AddCustom($"{D}(System.Int32,{EqCmp0})", Made, c => KeyedNew(c, 0, 1, false));
            AddCustom($"{D}({IDict})", Made, c => KeyedFrom(c, 0, -1, false, c.Args[0]));
            AddCustom($"{D}({IDict},{EqCmp0})", Made, c => KeyedFrom(c, 0, 1, false, c.Args[0]));
            AddCustom($"{D}({Pairs})", Filled, c => $"$toDict({c.Args[0]}, null, null{Maker(c, 0, -1, false)})");
            AddCustom($"{D}({Pairs},{EqCmp0})", Filled, c => $"$toDict({c.Args[0]}, null, null{Maker(c, 0, 1, false)})");
            AddCustom(H, Made, c => KeyedNew(c, 0, -1, true));
            AddCustom($"{H}(System.Int32)", Made, c => KeyedNew(c, 0, -1, true));
            AddCustom($"{H}({EqCmp0})", Made, c => KeyedNew(c, 0, 0, true));
            AddCustom($"{H}(System.Int32,{EqCmp0})", Made, c => KeyedNew(c, 0, 1, true));
            AddCustom($"{H}(System.Collections.Generic.IEnumerable{{`0}})", Made, c => KeyedFrom(c, 0, -1, true, c.Args[0]));
            AddCustom($"{H}(System.Collections.Generic.IEnumerable{{`0}},{EqCmp0})", Made, c => KeyedFrom(c, 0, 1, true, c.Args[0]));
        }

        static void MapKeyedLinq()
        {
            // Distinct, DistinctBy, Union, Intersect, Except: a seen-set keyed like the items (or keys).
            AddCustom($"{En}Distinct``1({IE0})", c => $"$distinct({c.Args[0]}, null{Maker(c, 0, -1, true)})");
            AddCustom($"{En}Distinct``1({IE0},{EqCmpM0})", c => $"$distinct({c.Args[0]}, null{Maker(c, 0, 1, true)})");
            AddCustom($"{En}DistinctBy``2({IE0},{Key1})", c => $"$distinct({c.Args[0]}, {c.Args[1]}{Maker(c, 1, -1, true)})");
            AddCustom($"{En}DistinctBy``2({IE0},{Key1},{EqCmpM1})", c => $"$distinct({c.Args[0]}, {c.Args[1]}{Maker(c, 1, 2, true)})");
            AddCustom($"{En}Union``1({IE0},{IE0})", c => $"$distinct($concatSeq({c.Args[0]}, {c.Args[1]}), null{Maker(c, 0, -1, true)})");
            AddCustom($"{En}Union``1({IE0},{IE0},{EqCmpM0})", c => $"$distinct($concatSeq({c.Args[0]}, {c.Args[1]}), null{Maker(c, 0, 2, true)})");
            AddCustom($"{En}Intersect``1({IE0},{IE0})", c => $"$setOp({c.Args[0]}, {c.Args[1]}, true{Maker(c, 0, -1, true)})");
            AddCustom($"{En}Intersect``1({IE0},{IE0},{EqCmpM0})", c => $"$setOp({c.Args[0]}, {c.Args[1]}, true{Maker(c, 0, 2, true)})");
            AddCustom($"{En}Except``1({IE0},{IE0})", c => $"$setOp({c.Args[0]}, {c.Args[1]}, false{Maker(c, 0, -1, true)})");
            AddCustom($"{En}Except``1({IE0},{IE0},{EqCmpM0})", c => $"$setOp({c.Args[0]}, {c.Args[1]}, false{Maker(c, 0, 2, true)})");

            // GroupBy / ToLookup: groups keyed like TKey (type argument 1).
            const string Elem = "System.Func{``0,``2}";
            const string Result = "System.Func{``1,System.Collections.Generic.IEnumerable{``0},``2}";
            const string ResultE = "System.Func{``1,System.Collections.Generic.IEnumerable{``2},``3}";
            AddCustom($"{En}GroupBy``2({IE0},{Key1})", c => $"$groupBy({c.Args[0]}, {c.Args[1]}, null, null{Maker(c, 1, -1, false)})");
            AddCustom($"{En}GroupBy``2({IE0},{Key1},{EqCmpM1})", c => $"$groupBy({c.Args[0]}, {c.Args[1]}, null, null{Maker(c, 1, 2, false)})");
            AddCustom($"{En}GroupBy``3({IE0},{Key1},{Elem})", c => $"$groupBy({c.Args[0]}, {c.Args[1]}, {c.Args[2]}, null{Maker(c, 1, -1, false)})");
            AddCustom($"{En}GroupBy``3({IE0},{Key1},{Elem},{EqCmpM1})", c => $"$groupBy({c.Args[0]}, {c.Args[1]}, {c.Args[2]}, null{Maker(c, 1, 3, false)})");
            AddCustom($"{En}GroupBy``3({IE0},{Key1},{Result})", c => $"$groupBy({c.Args[0]}, {c.Args[1]}, null, {c.Args[2]}{Maker(c, 1, -1, false)})");
            AddCustom($"{En}GroupBy``3({IE0},{Key1},{Result},{EqCmpM1})", c => $"$groupBy({c.Args[0]}, {c.Args[1]}, null, {c.Args[2]}{Maker(c, 1, 3, false)})");
            AddCustom($"{En}GroupBy``4({IE0},{Key1},{Elem},{ResultE})", c => $"$groupBy({c.Args[0]}, {c.Args[1]}, {c.Args[2]}, {c.Args[3]}{Maker(c, 1, -1, false)})");
            AddCustom($"{En}GroupBy``4({IE0},{Key1},{Elem},{ResultE},{EqCmpM1})", c => $"$groupBy({c.Args[0]}, {c.Args[1]}, {c.Args[2]}, {c.Args[3]}{Maker(c, 1, 4, false)})");
            AddCustom($"{En}ToLookup``2({IE0},{Key1})", c => $"$toLookup({c.Args[0]}, {c.Args[1]}, null{Maker(c, 1, -1, false)})");
            AddCustom($"{En}ToLookup``2({IE0},{Key1},{EqCmpM1})", c => $"$toLookup({c.Args[0]}, {c.Args[1]}, null{Maker(c, 1, 2, false)})");
            AddCustom($"{En}ToLookup``3({IE0},{Key1},{Elem})", c => $"$toLookup({c.Args[0]}, {c.Args[1]}, {c.Args[2]}{Maker(c, 1, -1, false)})");
            AddCustom($"{En}ToLookup``3({IE0},{Key1},{Elem},{EqCmpM1})", c => $"$toLookup({c.Args[0]}, {c.Args[1]}, {c.Args[2]}{Maker(c, 1, 3, false)})");
            Add("P:System.Linq.ILookup`2.Item(`0)", "$lookupGet({this}, {0})");
            Add("M:System.Linq.ILookup`2.Contains(`0)", "{this}.m.has({0})");
            Add("P:System.Linq.ILookup`2.Count", "{this}.m.size");

            // Join / GroupJoin (TKey is type argument 2), CountBy / AggregateBy (TKey is 1), ExceptBy / IntersectBy / UnionBy (TKey is 1).
            const string OKey = "System.Func{``0,``2}", IKey = "System.Func{``1,``2}", EqCmpM2 = "System.Collections.Generic.IEqualityComparer{``2}";
            const string JoinR = "System.Func{``0,``1,``3}", GroupR = "System.Func{``0,System.Collections.Generic.IEnumerable{``1},``3}";
            AddCustom($"{En}Join``4({IE0},{IE1},{OKey},{IKey},{JoinR})", c => $"$joinSeq({c.Args[0]}, {c.Args[1]}, {c.Args[2]}, {c.Args[3]}, {c.Args[4]}, false{Maker(c, 2, -1, false)})");
            AddCustom($"{En}Join``4({IE0},{IE1},{OKey},{IKey},{JoinR},{EqCmpM2})", c => $"$joinSeq({c.Args[0]}, {c.Args[1]}, {c.Args[2]}, {c.Args[3]}, {c.Args[4]}, false{Maker(c, 2, 5, false)})");
            AddCustom($"{En}GroupJoin``4({IE0},{IE1},{OKey},{IKey},{GroupR})", c => $"$joinSeq({c.Args[0]}, {c.Args[1]}, {c.Args[2]}, {c.Args[3]}, {c.Args[4]}, true{Maker(c, 2, -1, false)})");
            AddCustom($"{En}GroupJoin``4({IE0},{IE1},{OKey},{IKey},{GroupR},{EqCmpM2})", c => $"$joinSeq({c.Args[0]}, {c.Args[1]}, {c.Args[2]}, {c.Args[3]}, {c.Args[4]}, true{Maker(c, 2, 5, false)})");
            AddCustom($"{En}CountBy``2({IE0},{Key1},{EqCmpM1})", c => $"$aggregateBy({c.Args[0]}, {c.Args[1]}, 0, (n) => n + 1, false{Maker(c, 1, NullArg(c, 2), false)})");
            AddCustom($"{En}AggregateBy``3({IE0},{Key1},``2,System.Func{{``2,``0,``2}},{EqCmpM1})", c => $"$aggregateBy({c.Args[0]}, {c.Args[1]}, {c.Args[2]}, {c.Args[3]}, false{Maker(c, 1, NullArg(c, 4), false)})");
            AddCustom($"{En}AggregateBy``3({IE0},{Key1},System.Func{{``1,``2}},System.Func{{``2,``0,``2}},{EqCmpM1})", c => $"$aggregateBy({c.Args[0]}, {c.Args[1]}, {c.Args[2]}, {c.Args[3]}, true{Maker(c, 1, NullArg(c, 4), false)})");
            AddCustom($"{En}ExceptBy``2({IE0},{IE1},{Key1})", c => $"$byKey({c.Args[0]}, {c.Args[1]}, {c.Args[2]}, false{Maker(c, 1, -1, true)})");
            AddCustom($"{En}ExceptBy``2({IE0},{IE1},{Key1},{EqCmpM1})", c => $"$byKey({c.Args[0]}, {c.Args[1]}, {c.Args[2]}, false{Maker(c, 1, 3, true)})");
            AddCustom($"{En}IntersectBy``2({IE0},{IE1},{Key1})", c => $"$byKey({c.Args[0]}, {c.Args[1]}, {c.Args[2]}, true{Maker(c, 1, -1, true)})");
            AddCustom($"{En}IntersectBy``2({IE0},{IE1},{Key1},{EqCmpM1})", c => $"$byKey({c.Args[0]}, {c.Args[1]}, {c.Args[2]}, true{Maker(c, 1, 3, true)})");
            AddCustom($"{En}UnionBy``2({IE0},{IE0},{Key1})", c => $"$distinct($concatSeq({c.Args[0]}, {c.Args[1]}), {c.Args[2]}{Maker(c, 1, -1, true)})");
            AddCustom($"{En}UnionBy``2({IE0},{IE0},{Key1},{EqCmpM1})", c => $"$distinct($concatSeq({c.Args[0]}, {c.Args[1]}), {c.Args[2]}{Maker(c, 1, 3, true)})");

            // Materialising into keyed collections.
            AddCustom($"{En}ToHashSet``1({IE0})", c => KeyedFrom(c, 0, -1, true, c.Args[0]));
            AddCustom($"{En}ToHashSet``1({IE0},{EqCmpM0})", c => KeyedFrom(c, 0, 1, true, c.Args[0]));
            AddCustom($"{En}ToDictionary``2({IE0},{Key1})", c => $"$toDict({c.Args[0]}, {c.Args[1]}, null{Maker(c, 1, -1, false)})");
            AddCustom($"{En}ToDictionary``2({IE0},{Key1},{EqCmpM1})", c => $"$toDict({c.Args[0]}, {c.Args[1]}, null{Maker(c, 1, 2, false)})");
            AddCustom($"{En}ToDictionary``3({IE0},{Key1},{Elem})", c => $"$toDict({c.Args[0]}, {c.Args[1]}, {c.Args[2]}{Maker(c, 1, -1, false)})");
            AddCustom($"{En}ToDictionary``3({IE0},{Key1},{Elem},{EqCmpM1})", c => $"$toDict({c.Args[0]}, {c.Args[1]}, {c.Args[2]}{Maker(c, 1, 3, false)})");
            AddCustom($"{En}ToDictionary``2(System.Collections.Generic.IEnumerable{{System.Collections.Generic.KeyValuePair{{``0,``1}}}})", c => $"$toDict({c.Args[0]}, null, null{Maker(c, 0, -1, false)})");
            AddCustom($"{En}ToDictionary``2(System.Collections.Generic.IEnumerable{{System.ValueTuple{{``0,``1}}}})", c => $"$toDict({c.Args[0]}, null, null{Maker(c, 0, -1, false)})");
        }

        /// <summary>An optional comparer argument: its index, or -1 when the program left it null (the default).</summary>
        static int NullArg(TemplateContext c, int i) => c.Source(i) == "null" ? -1 : i;

        static void MapEqualityComparers()
        {
            const string G = "System.Collections.Generic.";
            Add($"M:{G}EqualityComparer`1.Create(System.Func{{`0,`0,System.Boolean}},System.Func{{`0,System.Int32}})", "({ Equals: {0}, GetHashCode: {1} })");
            for (int n = 1; n <= 8; n++)
            {
                var ps = string.Join(",", Enumerable.Range(0, n).Select(i => "``" + i));
                var xs = string.Join(", ", Enumerable.Range(0, n).Select(i => "{" + i + "}"));
                Add($"M:System.HashCode.Combine``{n}({ps})", $"$hashAll([{xs}])");
            }
            Add("M:System.StringComparer.Equals(System.String,System.String)", "{this}.Equals({0}, {1})");
            Add("M:System.StringComparer.Compare(System.String,System.String)", "{this}.Compare({0}, {1})");
        }
    }
}
