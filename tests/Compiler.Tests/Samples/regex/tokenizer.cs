using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

// Tokenises arithmetic expressions with one alternation of named groups, walking Match/NextMatch,
// then evaluates them with a shunting-yard parser.
public static class Program
{
    static readonly Regex Token = new Regex(@"\s*(?:(?<num>\d+(?:\.\d+)?)|(?<id>[A-Za-z_]\w*)|(?<op>\*\*|[-+*/%^(),])|(?<bad>\S))");

    record Tok(string Kind, string Text, int At);

    static List<Tok> Lex(string src)
    {
        var list = new List<Tok>();
        int expected = 0;
        for (var m = Token.Match(src); m.Success; m = m.NextMatch())
        {
            if (m.Index != expected) break;
            expected = m.Index + m.Length;
            foreach (var kind in new[] { "num", "id", "op", "bad" })
                if (m.Groups[kind].Success) list.Add(new Tok(kind, m.Groups[kind].Value, m.Groups[kind].Index));
        }
        return list;
    }

    static int Prec(string op) => op switch { "+" or "-" => 1, "*" or "/" or "%" => 2, "**" or "^" => 3, _ => 0 };

    static double Eval(List<Tok> toks, Dictionary<string, double> vars)
    {
        var output = new Stack<double>();
        var ops = new Stack<string>();
        void Apply()
        {
            var op = ops.Pop();
            double b = output.Pop(), a = output.Pop();
            output.Push(op switch { "+" => a + b, "-" => a - b, "*" => a * b, "/" => a / b, "%" => a % b, _ => Math.Pow(a, b) });
        }
        foreach (var t in toks)
        {
            switch (t.Kind)
            {
                case "num": output.Push(double.Parse(t.Text, CultureInfo.InvariantCulture)); break;
                case "id": output.Push(vars.TryGetValue(t.Text, out var v) ? v : throw new KeyNotFoundException("unknown variable " + t.Text)); break;
                case "bad": throw new FormatException($"unexpected '{t.Text}' at {t.At}");
                default:
                    if (t.Text == "(") ops.Push("(");
                    else if (t.Text == ")") { while (ops.Peek() != "(") Apply(); ops.Pop(); }
                    else
                    {
                        bool right = t.Text is "**" or "^";
                        while (ops.Count > 0 && ops.Peek() != "(" && (Prec(ops.Peek()) > Prec(t.Text) || !right && Prec(ops.Peek()) == Prec(t.Text))) Apply();
                        ops.Push(t.Text);
                    }
                    break;
            }
        }
        while (ops.Count > 0) Apply();
        return output.Pop();
    }

    public static void Main()
    {
        var vars = new Dictionary<string, double> { ["rtt"] = 0.25, ["jitter"] = 0.03, ["loss_pct"] = 1.5 };
        foreach (var src in new[] { "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "rtt * 1000 + jitter*2000 - loss_pct", "10 % 4 + 7 / 2", "3 $ 4", "unknown + 1" })
        {
            var toks = Lex(src);
            Console.WriteLine(src + " => " + string.Join(" ", toks.ConvertAll(t => t.Kind + ":" + t.Text)));
            try { Console.WriteLine("  = " + Eval(toks, vars)); }
            catch (Exception e) { Console.WriteLine("  error: " + e.Message); }
        }
    }
}
