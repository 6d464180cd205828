using System;
using System.Collections.Generic;
using System.Linq;
using Cs2Js.Tree;

namespace Cs2Js.Print
{
    /// <summary>Release printing's short names for C# members. Naming marks the JS name of a field,
    /// property or method of the bundle's own classes that only the bundle's code reaches: private ones,
    /// and public, internal or protected ones of classes that code outside the bundle never sees
    /// (<see cref="Name.Naming.PrivateMark"/>, Reach/OpenTypes.cs); this pass decides, per bundle, which
    /// marked names may be shortened: a name is kept whenever the bundle could reach it by name from
    /// elsewhere: the same name unmarked anywhere (an external, [ObjectLiteral] or open type's member, a
    /// runtime helper's or template's property, an object-literal key, a string), a marked name inside a
    /// string, key or identifier, or a runtime contract (ToString, Equals…). A name is one decision for
    /// the whole bundle, so an override, an interface member and its implementations stay one name.
    /// New names are the shortest names no property of the bundle uses, given most-used first; the
    /// result is a function of the tree alone (deterministic). Debug printing only drops the mark.
    /// Strings are printed as they are (a C# string may hold the mark's character itself); Lower never
    /// makes a string of a private member's JS name.</summary>
    public static class PrivateNames
    {
        public const char Mark = Name.Naming.PrivateMark;

        /// <summary>Names the runtime helpers or the JS engine call by name on any object.</summary>
        static readonly HashSet<string> Contracts = new(StringComparer.Ordinal)
        {
            "ToString", "Equals", "GetHashCode", "CompareTo", "Compare", "Dispose", "DisposeAsync", "GetEnumerator", "MoveNext", "Current",
            "Reset", "Invoke", "Message", "InnerException", "ParamName", "GetAwaiter", "GetResult", "IsCompleted", "OnCompleted", "Deconstruct", "constructor", "prototype", "toString", "valueOf", "toJSON", "then", "length", "name", "message", "stack",
            "caller", "arguments", "call", "apply", "bind", "next", "return", "throw", "done", "value", "handleEvent",
        };

        public static string Strip(string name) => name.IndexOf(Mark) < 0 ? name : name.Replace(Mark.ToString(), "");

        /// <summary>What the pass decided for one bundle: new names, and the marked names it kept (with why).</summary>
        public sealed record Decision(IReadOnlyDictionary<string, string> Renamed, IReadOnlyDictionary<string, int> Uses, IReadOnlyList<string> Kept);

        public static Decision Assign(IEnumerable<Stmt> program)
        {
            var uses = new Dictionary<string, int>(StringComparer.Ordinal);
            var taken = new HashSet<string>(StringComparer.Ordinal);
            var exposed = new List<string>();
            void Name(string? n)
            {
                if (n == null) return;
                if (n.IndexOf(Mark) >= 0) uses[n] = uses.TryGetValue(n, out var c) ? c + 1 : 1;
                else taken.Add(n);
            }
            void Exposed(string? n)
            {
                if (n == null) return;
                if (n.IndexOf(Mark) >= 0) exposed.Add(n);
                taken.Add(Strip(n));
            }
            foreach (var node in Walk.All(program))
            {
                switch (node)
                {
                    case Member m: Name(m.Name); break;
                    case ClassMember cm: Name(cm.Name); break;
                    case Prop p: Exposed(p.Key); break;
                    case Str s: Exposed(s.Value); break;
                    // A binding's name is not a property's: an identifier keeps a member name only when it holds a marked one.
                    case Id id when id.Name.IndexOf(Mark) >= 0: Exposed(id.Name); break;
                }
            }
            var kept = new List<string>();
            var order = uses.Keys.Where(n =>
            {
                var original = Strip(n);
                bool keep = taken.Contains(original) || Contracts.Contains(original) || exposed.Any(e => e.Contains(n, StringComparison.Ordinal));
                if (keep) kept.Add(original);
                return !keep;
            }).OrderByDescending(n => uses[n]).ThenBy(n => n, StringComparer.Ordinal).ToList();
            var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
            // A kept or not-shortened private name prints as its original: no new name may equal one.
            var originals = new HashSet<string>(uses.Keys.Select(Strip), StringComparer.Ordinal);
            var next = ShortNames().Where(s => !taken.Contains(s) && !originals.Contains(s) && !Contracts.Contains(s)).GetEnumerator();
            foreach (var n in order)
            {
                next.MoveNext();
                // Never longer than the original.
                if (next.Current.Length < Strip(n).Length) renamed[n] = next.Current;
            }
            kept.Sort(StringComparer.Ordinal);
            return new Decision(renamed, renamed.Keys.ToDictionary(n => Strip(n), n => uses[n], StringComparer.Ordinal), kept.Distinct().ToList());
        }

        /// <summary>a…z, A…Z, then two and more characters (letters and digits after the first).</summary>
        static IEnumerable<string> ShortNames()
        {
            const string first = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
            const string rest = first + "0123456789";
            foreach (var c in first) yield return c.ToString();
            for (int len = 2; ; len++)
            {
                var idx = new int[len];
                while (true)
                {
                    var chars = new char[len];
                    chars[0] = first[idx[0]];
                    for (int i = 1; i < len; i++) chars[i] = rest[idx[i]];
                    yield return new string(chars);
                    int k = len - 1;
                    while (k >= 0)
                    {
                        idx[k]++;
                        if (idx[k] < (k == 0 ? first.Length : rest.Length)) break;
                        idx[k] = 0;
                        k--;
                    }
                    if (k < 0) break;
                }
            }
        }
    }
}
