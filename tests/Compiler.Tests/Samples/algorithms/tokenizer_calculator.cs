using System;
using System.Collections.Generic;

// Recursive-descent evaluator for + - * / ( ) and unary minus over doubles.
sealed class Calc
{
    private readonly string s;
    private int pos;
    public Calc(string s) { this.s = s; }

    public static double Eval(string s)
    {
        var c = new Calc(s);
        var v = c.Expr();
        c.Skip();
        if (c.pos != s.Length) throw new FormatException($"unexpected '{s[c.pos]}' at {c.pos}");
        return v;
    }

    private void Skip() { while (pos < s.Length && s[pos] == ' ') pos++; }
    private bool Eat(char ch) { Skip(); if (pos < s.Length && s[pos] == ch) { pos++; return true; } return false; }

    private double Expr()
    {
        var v = Term();
        while (true)
        {
            if (Eat('+')) v += Term();
            else if (Eat('-')) v -= Term();
            else return v;
        }
    }

    private double Term()
    {
        var v = Factor();
        while (true)
        {
            if (Eat('*')) v *= Factor();
            else if (Eat('/')) v /= Factor();
            else return v;
        }
    }

    private double Factor()
    {
        if (Eat('-')) return -Factor();
        if (Eat('('))
        {
            var v = Expr();
            if (!Eat(')')) throw new FormatException("missing )");
            return v;
        }
        Skip();
        int start = pos;
        while (pos < s.Length && (char.IsDigit(s[pos]) || s[pos] == '.')) pos++;
        if (start == pos) throw new FormatException("number expected at " + start);
        return double.Parse(s.Substring(start, pos - start));
    }
}

public static class Program
{
    public static void Main()
    {
        foreach (var e in new[] { "1 + 2 * 3", "(1 + 2) * 3", "-4 / (2 - 4)", "2 * -3.5", "1 / 3", "10 / 0", "1 +", "(2", "3 4" })
        {
            try { Console.WriteLine(e + " = " + Calc.Eval(e)); }
            catch (FormatException ex) { Console.WriteLine(e + " : error " + ex.Message); }
        }
    }
}
