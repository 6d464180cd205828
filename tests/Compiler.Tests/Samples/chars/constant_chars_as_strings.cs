using System;
using System.Collections.Generic;
using System.Text;

// Char constants used as strings (Append, concatenation, IndexOf, Split, Join, boxing...) compile to string
// literals: quotes, backslashes, control characters, line separators and lone surrogates among them.
public static class Program
{
    const char Tab = '\t';

    static string Codes(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s) sb.Append(((int)c).ToString("x4")).Append(' ');
        return sb.ToString().TrimEnd();
    }

    public static void Main()
    {
        var sb = new StringBuilder();
        sb.Append('"').Append('\\').Append('\'').Append(' ').Append('\n').Append('\r').Append(Tab).Append('\0');
        sb.Append('\u2028').Append('\u2029').Append('\u0085').Append('\u007f').Append('\ud83d').Append('\ude00').Append('\uffff').Append('é');
        Console.WriteLine(Codes(sb.ToString()));
        Console.WriteLine(sb.ToString().Length);

        string s = "a" + '"' + "b" + '\\' + 'c' + '\u2028' + '\ud800' + "!";
        Console.WriteLine(Codes(s));
        Console.WriteLine("x" + '\n' + "y");
        Console.WriteLine($"[{'"'}{'\\'}{Tab}]".Length);

        const string text = "key=\"v\\al\"\tline\u2028end";
        Console.WriteLine(text.IndexOf('"') + " " + text.LastIndexOf('"') + " " + text.IndexOf('\\') + " " + text.IndexOf('\u2028'));
        Console.WriteLine(text.Contains('\t') + " " + text.StartsWith('k') + " " + text.EndsWith('d') + " " + text.IndexOf('\ud800'));
        Console.WriteLine(string.Join('|', text.Split('"')));
        Console.WriteLine(string.Join('\\', new[] { "a", "b" }));
        Console.WriteLine(text.Replace('"', '\'').Replace('\\', '/'));
        Console.WriteLine("7".PadLeft(4, '0') + "|" + "7".PadRight(3, '.') + "|" + new string('-', 5) + "|" + new string('\u2028', 2).Length);
        object boxed = '"';
        Console.WriteLine(boxed + " " + boxed.ToString() + " " + '\\'.ToString() + " " + char.ToString('q') + " " + (boxed is char));
        Console.WriteLine(char.IsWhiteSpace('\u2028') + " " + char.IsLetter('é') + " " + char.IsSurrogate('\ud83d'));
        var list = new List<object> { 'a', "a", '\0' };
        foreach (var o in list) Console.WriteLine(o is char ch ? "char " + (int)ch : "string " + o);
        Console.WriteLine(sb.Replace('"', '`').ToString()[0]);
        Console.WriteLine(new StringBuilder().Append('=', 3).Append('\u2029', 1).ToString().Length);
    }
}
