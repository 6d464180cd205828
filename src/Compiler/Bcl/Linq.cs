using System;
using System.Collections.Generic;

namespace Cs2Js.Bcl
{
    // System.Linq.Enumerable over JS iterables. Lazy operators return re-enumerable $seq objects;
    // groupings are Arrays with a Key property; ordered sequences carry their keys for ThenBy.
    static partial class BclMap
    {
        const string En = "M:System.Linq.Enumerable.";
        const string IE0 = "System.Collections.Generic.IEnumerable{``0}";
        const string IE1 = "System.Collections.Generic.IEnumerable{``1}";
        const string Pred = "System.Func{``0,System.Boolean}";
        const string PredI = "System.Func{``0,System.Int32,System.Boolean}";
        const string Key1 = "System.Func{``0,``1}";
        const string Cmp1 = "System.Collections.Generic.IComparer{``1}";

        static void RegisterLinq()
        {
            // Lazy operators.
            Add($"{En}Where``1({IE0},{Pred})", "$where({0}, {1})");
            Add($"{En}Where``1({IE0},{PredI})", "$where({0}, {1})");
            Add($"{En}Select``2({IE0},{Key1})", "$select({0}, {1})");
            Add($"{En}Select``2({IE0},System.Func{{``0,System.Int32,``1}})", "$select({0}, {1})");
            // .NET 9's Index(): (int Index, T Item) tuples, which are arrays.
            Add($"{En}Index``1({IE0})", "$select({0}, (x, i) => [i, x])");
            Add($"{En}SelectMany``2({IE0},System.Func{{``0,{IE1}}})", "$selectMany({0}, {1})");
            Add($"{En}SelectMany``2({IE0},System.Func{{``0,System.Int32,{IE1}}})", "$selectMany({0}, {1})");
            Add($"{En}SelectMany``3({IE0},System.Func{{``0,{IE1}}},System.Func{{``0,``1,``2}})", "$selectMany({0}, {1}, {2})");
            Add($"{En}Skip``1({IE0},System.Int32)", "$skip({0}, {1})");
            Add($"{En}Take``1({IE0},System.Int32)", "$take({0}, {1})");
            Add($"{En}SkipWhile``1({IE0},{Pred})", "$skipWhile({0}, {1})");
            Add($"{En}SkipWhile``1({IE0},{PredI})", "$skipWhile({0}, {1})");
            Add($"{En}TakeWhile``1({IE0},{Pred})", "$takeWhile({0}, {1})");
            Add($"{En}TakeWhile``1({IE0},{PredI})", "$takeWhile({0}, {1})");
            Add($"{En}Concat``1({IE0},{IE0})", "$concatSeq({0}, {1})");
            Add($"{En}Append``1({IE0},``0)", "$concatSeq({0}, [{1}])");
            Add($"{En}Prepend``1({IE0},``0)", "$concatSeq([{1}], {0})");
            Add($"{En}Zip``2({IE0},{IE1})", "$zip({0}, {1})");
            Add($"{En}Zip``3({IE0},{IE1},System.Func{{``0,``1,``2}})", "$zip({0}, {1}, {2})");
            Add($"{En}Reverse``1({IE0})", "$reverseSeq({0})");
            Add($"{En}Reverse``1(``0[])", "$reverseSeq({0})");
            Add($"{En}Range(System.Int32,System.Int32)", "$range({0}, {1})");
            Add($"{En}Repeat``1(``0,System.Int32)", "$repeat({0}, {1})");
            Add($"{En}Empty``1", "[]");
            Add($"{En}DefaultIfEmpty``1({IE0},``0)", "$defaultIfEmpty({0}, {1})");
            AddCustom($"{En}DefaultIfEmpty``1({IE0})", c => $"$defaultIfEmpty({c.Args[0]}, {CollElemDefault(c)})");
            Add($"{En}Chunk``1({IE0},System.Int32)", "$chunk({0}, {1})");
            Add($"{En}TakeLast``1({IE0},System.Int32)", "$takeLast({0}, {1}, true)");
            Add($"{En}SkipLast``1({IE0},System.Int32)", "$takeLast({0}, {1}, false)");
            Add($"{En}Zip``3({IE0},{IE1},System.Collections.Generic.IEnumerable{{``2}})", "$zip3({0}, {1}, {2})");
            // Cast checks each item against T (a run-time type, as OfType); AsEnumerable is the identity.
            // Cast to the source's own element type (int[,] to int) is the identity.
            AddCustom($"{En}Cast``1(System.Collections.IEnumerable)", c => c.TypeArgs.Count > 0 && LinqElementType(CollArgType(c, 0)) == c.TypeArgs[0] ? c.Args[0] : "$castSeq({0}, {T:ty})");
            Add($"{En}AsEnumerable``1({IE0})", "{0}");

            // Ordering (stable, keys computed once per item).
            Add($"{En}OrderBy``2({IE0},{Key1})", "$order({0}, {1}, false)");
            Add($"{En}OrderBy``2({IE0},{Key1},{Cmp1})", "$order({0}, {1}, false, {2})");
            Add($"{En}OrderByDescending``2({IE0},{Key1})", "$order({0}, {1}, true)");
            Add($"{En}OrderByDescending``2({IE0},{Key1},{Cmp1})", "$order({0}, {1}, true, {2})");
            Add($"{En}Order``1({IE0})", "$order({0}, null, false)");
            Add($"{En}OrderDescending``1({IE0})", "$order({0}, null, true)");
            const string Ord = "System.Linq.IOrderedEnumerable{``0}";
            Add($"{En}ThenBy``2({Ord},{Key1})", "$thenBy({0}, {1}, false)");
            Add($"{En}ThenBy``2({Ord},{Key1},{Cmp1})", "$thenBy({0}, {1}, false, {2})");
            Add($"{En}ThenByDescending``2({Ord},{Key1})", "$thenBy({0}, {1}, true)");
            Add($"{En}ThenByDescending``2({Ord},{Key1},{Cmp1})", "$thenBy({0}, {1}, true, {2})");

            // Grouping: IGrouping<K,T> is an Array with a Key property (GroupBy itself: KeyedCollections.cs).
            Add("P:System.Linq.IGrouping`2.Key", "{this}.Key");

            // Materialising.
            Add($"{En}ToList``1({IE0})", "Array.from({0})");
            Add($"{En}ToArray``1({IE0})", "Array.from({0})");

            // Element operators: (source, predicate or null, orDefault, default value).
            foreach (var (name, fn) in new[] { ("First", "$first"), ("Last", "$last"), ("Single", "$single") })
            {
                Add($"{En}{name}``1({IE0})", $"{fn}({{0}}, null, false)");
                Add($"{En}{name}``1({IE0},{Pred})", $"{fn}({{0}}, {{1}}, false)");
                Add($"{En}{name}OrDefault``1({IE0},``0)", $"{fn}({{0}}, null, true, {{1}})");
                Add($"{En}{name}OrDefault``1({IE0},{Pred},``0)", $"{fn}({{0}}, {{1}}, true, {{2}})");
                AddCustom($"{En}{name}OrDefault``1({IE0})", c => $"{fn}({c.Args[0]}, null, true, {CollDefault(0)})");
                AddCustom($"{En}{name}OrDefault``1({IE0},{Pred})", c => $"{fn}({c.Args[0]}, {c.Args[1]}, true, {CollDefault(0)})");
            }
            Add($"{En}ElementAt``1({IE0},System.Int32)", "$elementAt({0}, {1}, false)");
            AddCustom($"{En}ElementAtOrDefault``1({IE0},System.Int32)", c => $"$elementAt({c.Args[0]}, {c.Args[1]}, true, {CollDefault(0)})");

            // Quantifiers and counting.
            Add($"{En}Any``1({IE0})", "$any({0})");
            Add($"{En}Any``1({IE0},{Pred})", "$any({0}, {1})");
            Add($"{En}All``1({IE0},{Pred})", "$all({0}, {1})");
            Add($"{En}Count``1({IE0})", "$countSeq({0})");
            Add($"{En}Count``1({IE0},{Pred})", "$countSeq({0}, {1})");
            Add($"{En}LongCount``1({IE0})", "$countSeq({0})");
            Add($"{En}LongCount``1({IE0},{Pred})", "$countSeq({0}, {1})");
            Add($"{En}Contains``1({IE0},``0)", "$containsSeq({0}, {1})");
            Add($"{En}SequenceEqual``1({IE0},{IE0})", "$seqEq({0}, {1})");
            const string Cmp = "System.Collections.Generic.IEqualityComparer{``0}";
            Add($"{En}Contains``1({IE0},``0,{Cmp})", "$containsCmp({0}, {1}, {2})");
            Add($"{En}SequenceEqual``1({IE0},{IE0},{Cmp})", "$seqEqCmp({0}, {1}, {2})");
            // C# 14 binds array.Contains/SequenceEqual/IndexOf to MemoryExtensions through a span of the
            // array: on our arrays they are the sequence operations.
            const string Mx = "M:System.MemoryExtensions.";
            foreach (var span in new[] { "System.ReadOnlySpan{``0}", "System.Span{``0}" })
            {
                Add($"{Mx}Contains``1({span},``0)", "$containsSeq({0}, {1})");
                if (span.StartsWith("System.ReadOnlySpan")) Add($"{Mx}Contains``1({span},``0,{Cmp})", "$containsCmp({0}, {1}, {2})");
                Add($"{Mx}IndexOf``1({span},``0)", "$idx({0}, {1})");
                Add($"{Mx}LastIndexOf``1({span},``0)", "$idx({0}, {1}, 0, 1)");
                Add($"{Mx}SequenceEqual``1({span},System.ReadOnlySpan{{``0}})", "$seqEq({0}, {1})");
                Add($"{Mx}SequenceEqual``1({span},System.ReadOnlySpan{{``0}},{Cmp})", "$seqEqCmp({0}, {1}, {2})");
            }

            // Aggregates.
            Add($"{En}Aggregate``1({IE0},System.Func{{``0,``0,``0}})", "$aggregate({0}, null, {1}, false)");
            Add($"{En}Aggregate``2({IE0},``1,System.Func{{``1,``0,``1}})", "$aggregate({0}, {1}, {2}, true)");
            Add($"{En}Aggregate``3({IE0},``1,System.Func{{``1,``0,``1}},System.Func{{``1,``2}})", "({3})($aggregate({0}, {1}, {2}, true))");
            foreach (var n in new[] { "Int32", "Double", "Single" })
            {
                foreach (var nullable in new[] { false, true })
                {
                    var t = nullable ? $"System.Nullable{{System.{n}}}" : $"System.{n}";
                    var nu = nullable ? "true" : "false";
                    // float sums and averages are accumulated in double and rounded back to float.
                    string F(string e) => n == "Single" ? $"Math.fround({e})" : e;
                    Add($"{En}Sum(System.Collections.Generic.IEnumerable{{{t}}})", F("$sumSeq({0})"));
                    Add($"{En}Sum``1({IE0},System.Func{{``0,{t}}})", F("$sumSeq({0}, {1})"));
                    Add($"{En}Average(System.Collections.Generic.IEnumerable{{{t}}})", F($"$average({{0}}, null, {nu})"));
                    Add($"{En}Average``1({IE0},System.Func{{``0,{t}}})", F($"$average({{0}}, {{1}}, {nu})"));
                    Add($"{En}Min(System.Collections.Generic.IEnumerable{{{t}}})", $"$minMax({{0}}, null, -1, {nu})");
                    Add($"{En}Min``1({IE0},System.Func{{``0,{t}}})", $"$minMax({{0}}, {{1}}, -1, {nu})");
                    Add($"{En}Max(System.Collections.Generic.IEnumerable{{{t}}})", $"$minMax({{0}}, null, 1, {nu})");
                    Add($"{En}Max``1({IE0},System.Func{{``0,{t}}})", $"$minMax({{0}}, {{1}}, 1, {nu})");
                }
            }
            // Generic Min/Max: a reference or nullable result skips nulls and gives null when empty.
            foreach (var (name, sign) in new[] { ("Min", "-1"), ("Max", "1") })
            {
                AddCustom($"{En}{name}``1({IE0})", c => $"$minMax({c.Args[0]}, null, {sign}, {LinqNullable(CollFirstTypeArg(CollArgType(c, 0)))})");
                AddCustom($"{En}{name}``2({IE0},{Key1})", c => $"$minMax({c.Args[0]}, {c.Args[1]}, {sign}, {LinqNullable(CollLastTypeArg(CollArgType(c, 1)))})");
                AddCustom($"{En}{name}By``2({IE0},{Key1})", c => $"$minMaxBy({c.Args[0]}, {c.Args[1]}, {sign}, {LinqNullable(CollFirstTypeArg(CollArgType(c, 0)))}, null)");
            }
        }

        /// <summary>The element type of an array or one-argument generic collection (a C# display string), else "".</summary>
        static string LinqElementType(string type)
        {
            if (type.EndsWith("]", StringComparison.Ordinal) && type.LastIndexOf('[') is var b and > 0) return type.Substring(0, b);
            var args = CollTypeArgs(type);
            return args.Count == 1 ? args[0] : "";
        }

        /// <summary>"true" when the type (a C# display string) is a reference or nullable type, whose
        /// default is null; unknown ("") counts as a value type, so an empty source throws.</summary>
        static string LinqNullable(string type) => type.Length > 0 && CollJsDefault(type) == "null" ? "true" : "false";
    }
}
