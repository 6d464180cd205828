using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

public enum TokenKind { LBrace, RBrace, LBracket, RBracket, Colon, Comma, String, Number, True, False, Null, End }

public readonly record struct Token(TokenKind Kind, string Text, int Pos);

public sealed class Lexer
{
    private readonly string s;
    private int i;
    public Lexer(string s) { this.s = s; }

    public IEnumerable<Token> Tokens()
    {
        while (true)
        {
            while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
            if (i >= s.Length) { yield return new Token(TokenKind.End, "", i); yield break; }
            int start = i;
            char c = s[i];
            switch (c)
            {
                case '{': i++; yield return new Token(TokenKind.LBrace, "{", start); break;
                case '}': i++; yield return new Token(TokenKind.RBrace, "}", start); break;
                case '[': i++; yield return new Token(TokenKind.LBracket, "[", start); break;
                case ']': i++; yield return new Token(TokenKind.RBracket, "]", start); break;
                case ':': i++; yield return new Token(TokenKind.Colon, ":", start); break;
                case ',': i++; yield return new Token(TokenKind.Comma, ",", start); break;
                case '"': yield return new Token(TokenKind.String, ReadString(), start); break;
                default:
                    if (c == '-' || char.IsDigit(c)) { while (i < s.Length && "+-.eE0123456789".IndexOf(s[i]) >= 0) i++; yield return new Token(TokenKind.Number, s[start..i], start); }
                    else if (s.AsSpan(i).StartsWith("true")) { i += 4; yield return new Token(TokenKind.True, "true", start); }
                    else if (s.AsSpan(i).StartsWith("false")) { i += 5; yield return new Token(TokenKind.False, "false", start); }
                    else if (s.AsSpan(i).StartsWith("null")) { i += 4; yield return new Token(TokenKind.Null, "null", start); }
                    else throw new FormatException($"unexpected '{c}' at {i}");
                    break;
            }
        }
    }

    private string ReadString()
    {
        var sb = new StringBuilder();
        i++;
        while (s[i] != '"')
        {
            if (s[i] == '\\')
            {
                i++;
                switch (s[i])
                {
                    case 'n': sb.Append('\n'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u': sb.Append((char)int.Parse(s.Substring(i + 1, 4), NumberStyles.HexNumber)); i += 4; break;
                    default: sb.Append(s[i]); break;
                }
            }
            else sb.Append(s[i]);
            i++;
        }
        i++;
        return sb.ToString();
    }
}

public static class Program
{
    public static void Main()
    {
        var json = "{\"name\": \"rtt \\\"p95\\\"\", \"values\": [1, -2.5e3, 0.125], \"ok\": true, \"none\": null, \"u\": \"\\u00e9\\n\"}";
        var counts = new Dictionary<TokenKind, int>();
        foreach (var t in new Lexer(json).Tokens())
        {
            counts[t.Kind] = counts.GetValueOrDefault(t.Kind) + 1;
            if (t.Kind is TokenKind.String or TokenKind.Number) Console.WriteLine($"{t.Pos,3} {t.Kind,-6} {t.Text.Replace("\n", "\\n")}");
        }
        Console.WriteLine(string.Join(" ", counts));
        try { foreach (var _ in new Lexer("[1, @]").Tokens()) { } }
        catch (FormatException e) { Console.WriteLine(e.Message); }
    }
}
