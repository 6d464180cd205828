using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Cs2Js.Bcl
{
    // System.Text.RegularExpressions: a constant pattern is translated at compile time (RegexPatterns) into
    // a $Regex over a JS RegExp, and refused there if it cannot be; any other pattern at run time ($rxNew).
    static partial class BclMap
    {
        const string Rx = "System.Text.RegularExpressions";

        static void RegisterRegex()
        {
            const string R = Rx + ".Regex", S = "System.String", O = Rx + ".RegexOptions", E = Rx + ".MatchEvaluator";
            Add($"T:{R}", "$Regex");
            Add($"T:{Rx}.Match", "$Match");
            Add($"T:{Rx}.Group", "$Group");
            Add($"T:{Rx}.Capture", "$Group");
            AddCustom($"M:{R}.#ctor({S})", c => NewRegex(c, 0, -1));
            AddCustom($"M:{R}.#ctor({S},{O})", c => NewRegex(c, 0, 1));
            AddCustom($"M:{R}.#ctor({S},{O},System.TimeSpan)", c => NewRegex(c, 0, 1));

            Add($"M:{R}.IsMatch({S})", "{this}.IsMatch({0})");
            Add($"M:{R}.IsMatch({S},System.Int32)", "{this}.IsMatch({0}, {1})");
            Add($"M:{R}.Match({S})", "{this}.Match({0})");
            Add($"M:{R}.Match({S},System.Int32)", "{this}.Match({0}, {1})");
            Add($"M:{R}.Matches({S})", "{this}.Matches({0})");
            Add($"M:{R}.Matches({S},System.Int32)", "{this}.Matches({0}, {1})");
            Add($"M:{R}.Replace({S},{S})", "{this}.Replace({0}, {1})");
            Add($"M:{R}.Replace({S},{S},System.Int32)", "{this}.Replace({0}, {1}, {2})");
            Add($"M:{R}.Replace({S},{S},System.Int32,System.Int32)", "{this}.Replace({0}, {1}, {2}, {3})");
            Add($"M:{R}.Replace({S},{E})", "{this}.Replace({0}, {1})");
            Add($"M:{R}.Replace({S},{E},System.Int32)", "{this}.Replace({0}, {1}, {2})");
            Add($"M:{R}.Split({S})", "{this}.Split({0})");
            Add($"M:{R}.Count({S})", "{this}.Matches({0}).length");
            Add($"M:{R}.GetGroupNames", "{this}.GetGroupNames()");
            Add($"M:{R}.GetGroupNumbers", "{this}.GetGroupNumbers()");
            Add($"M:{R}.Escape({S})", "$rxEscape({0})");
            Add($"M:{R}.ToString", "{this}.p");

            // Static forms: input first, then the pattern, then the rest; options last.
            foreach (var (name, rest) in new[] { ("IsMatch", ""), ("Match", ""), ("Matches", ""), ("Split", ""), ("Count", ""), ("Replace", "," + S), ("Replace", "," + E) })
            {
                string call = name == "Count" ? "Matches({0}).length" : name + "({0}" + (rest == "" ? "" : ", {2}") + ")";
                int opts = rest == "" ? 2 : 3;
                AddCustom($"M:{R}.{name}({S},{S}{rest})", c => Call(NewRegex(c, 1, -1), call));
                AddCustom($"M:{R}.{name}({S},{S}{rest},{O})", c => Call(NewRegex(c, 1, opts), call));
                AddCustom($"M:{R}.{name}({S},{S}{rest},{O},System.TimeSpan)", c => Call(NewRegex(c, 1, opts), call));
            }

            const string C = Rx + ".Capture", G = Rx + ".Group", M = Rx + ".Match";
            Add($"P:{C}.Value", "{this}.Value");
            Add($"P:{C}.Index", "{this}.Index");
            Add($"P:{C}.Length", "{this}.Length");
            Add($"M:{C}.ToString", "{this}.Value");
            Add($"P:{G}.Success", "{this}.Success");
            Add($"P:{G}.Name", "{this}.Name");
            Add($"P:{M}.Groups", "{this}");
            Add($"M:{M}.NextMatch", "{this}.NextMatch()");
            Add($"M:{M}.Result({S})", "{this}.Result({0})");
            Add($"P:{Rx}.GroupCollection.Item(System.Int32)", "{this}.grp({0})");
            Add($"P:{Rx}.GroupCollection.Item({S})", "{this}.grpN({0})");
            Add($"P:{Rx}.GroupCollection.Count", "{this}.gc()");
            // MatchCollection: an Array of $Match.
            Add($"P:{Rx}.MatchCollection.Count", "{this}.length");
            Add($"P:{Rx}.MatchCollection.Item(System.Int32)", "$at({this}, {0})");
        }

        static string? Call(string? regex, string call) => regex == null ? null : regex + "." + call;

        /// <summary>new $Regex(...) for the pattern argument (and options argument, -1: none): translated now if
        /// both are constants (null with the reason if it cannot be), else at run time.</summary>
        static string? NewRegex(TemplateContext c, int pattern, int options)
        {
            var src = c.Source(pattern);
            int opts = 0;
            // Known only at run time: $rxNew makes the same translation there (and throws where this refuses).
            if (src.Length < 2 || src[0] != '"' || options >= 0 && !int.TryParse(c.Source(options), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out opts))
                return "$rxNew(" + c.Args[pattern] + ", " + (options >= 0 ? c.Args[options] : "0") + ")";
            var r = RegexPatterns.Translate(Unquote(src), opts, out var why);
            if (r == null) { c.RefusalReason = why; return null; }
            return "new $Regex(" + Js(r.Source) + ", " + Js(r.Flags) + ", [" + string.Join(", ", r.GroupIndex) + "], ["
                + string.Join(", ", r.Names.Select(Js)) + "], " + Js(Unquote(src)) + ")";
        }

        /// <summary>A JS string literal that a template cannot mistake for a placeholder or a helper name.</summary>
        static string Js(string s) => Print.Printer.Quote(s).Replace("{", "\\x7b").Replace("}", "\\x7d").Replace("$", "\\x24");

        /// <summary>The string Printer.Quote wrote.</summary>
        static string Unquote(string q)
        {
            var sb = new StringBuilder();
            for (int i = 1; i < q.Length - 1; i++)
            {
                char ch = q[i];
                if (ch != '\\') { sb.Append(ch); continue; }
                ch = q[++i];
                switch (ch)
                {
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case '0': sb.Append('\0'); break;
                    case 'u': sb.Append((char)int.Parse(q.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)); i += 4; break;
                    default: sb.Append(ch); break;
                }
            }
            return sb.ToString();
        }
    }
}
