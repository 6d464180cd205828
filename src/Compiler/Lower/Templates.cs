using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Cs2Js.Tree;

namespace Cs2Js.Lower
{
    /// <summary>
    /// Templates (BCL mappings, [Template] bindings, Script.Write code) are JavaScript expressions with
    /// placeholders. Each is parsed once into a tree whose placeholders are <see cref="Hole"/>s; Lower
    /// expands it by copying the tree with argument trees in the holes, so Print sees one tree and
    /// Bundle finds the runtime helpers a template mentions like any other identifier.
    /// </summary>
    public static class Templates
    {
        /// <summary>The identifier a placeholder becomes while parsing (no C# or runtime name starts so).</summary>
        public const string HolePrefix = "$$hole";

        /// <summary>{name}, {*name} (a params array spread), {name:str}, {name:fmt} {T:ty} (a run-time type) or {T:d} (default(T) of a type argument).</summary>
        public sealed record Placeholder(string Name, bool Spread, string? Modifier);

        public sealed record Parsed(Expr Tree, IReadOnlyList<Placeholder> Holes);

        static readonly System.Text.RegularExpressions.Regex Pattern = new(@"\{(\*?)(\w+)(?::(str|fmt|ty|d))?\}", System.Text.RegularExpressions.RegexOptions.Compiled);
        static readonly ConcurrentDictionary<string, Parsed> cache = new(StringComparer.Ordinal);

        static bool IsTypeArgument(string name) => name == "T" || name.Length > 1 && name[0] == 'T' && name.Skip(1).All(char.IsDigit);

        /// <summary>The template's tree. Placeholders are {this}, {value}, {T}/{T0}.., argument numbers and
        /// the member's parameter names; any other {word} is JavaScript text (a regex's \p{L}).</summary>
        public static Parsed Parse(string template, IEnumerable<string> parameterNames)
        {
            var ps = parameterNames.ToList();
            return cache.GetOrAdd(template + "\u0000" + string.Join(",", ps), _ =>
            {
                bool IsHole(string n) => n is "this" or "value" || IsTypeArgument(n) || n.All(char.IsDigit) || ps.Contains(n);
                return new Parsed(JsParser.ParseExpression(Prepare(template, IsHole), HolePrefix), Placeholders(template, IsHole));
            });
        }

        /// <summary>The template text with each placeholder replaced by its hole identifier.</summary>
        public static string Prepare(string template, Func<string, bool> isHole)
        {
            int n = 0;
            return Pattern.Replace(template, m => isHole(m.Groups[2].Value) ? HolePrefix + n++ : m.Value);
        }

        public static List<Placeholder> Placeholders(string template, Func<string, bool> isHole) =>
            Pattern.Matches(template).Where(m => isHole(m.Groups[2].Value))
                .Select(m => new Placeholder(m.Groups[2].Value, m.Groups[1].Value == "*", m.Groups[3].Success ? m.Groups[3].Value : null)).ToList();
    }
}
