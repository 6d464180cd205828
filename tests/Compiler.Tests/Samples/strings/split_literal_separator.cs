using System;

// Split on one literal separator (JavaScript's split in the bundle) next to the forms that keep the
// general helper (options, counts, several or computed separators, an empty or null separator).
public static class Program
{
    static void Show(string label, string[] parts) => Console.WriteLine(label + ": " + parts.Length + " [" + string.Join("|", parts) + "]");

    public static void Main()
    {
        string[] inputs = { "", ",", "a", "a,b", ",a,,b,", "a, b ,c", "\uD83D\uDE00,\uD83D\uDE01" };
        foreach (var s in inputs)
        {
            Show("char ',' of '" + s + "'", s.Split(','));
            Show("string \",\" of '" + s + "'", s.Split(","));
        }
        Show("space", "  two  words ".Split(' '));
        Show("string --", "a--b----c-".Split("--"));
        Show("overlap", "aaaaa".Split("aa"));
        Show("tab", "x\ty\t".Split('\t'));
        Show("newline", "l1\nl2\r\nl3".Split('\n'));
        Show("surrogate half", "a\uD83Db\uD83Dc".Split('\uD83D'));
        Show("empty string sep", "abc".Split(""));
        Show("null string sep", "a b".Split((string?)null));
        Show("remove empty", ",a,,b,".Split(',', StringSplitOptions.RemoveEmptyEntries));
        Show("trim", " a , b ".Split(',', StringSplitOptions.TrimEntries));
        Show("count", "a,b,c,d".Split(',', 2));
        Show("chars", "a,b;c".Split(',', ';'));
        char sep = ':';
        string ssep = "::";
        Show("variable char", "k:v:w".Split(sep));
        Show("variable string", "k::v::".Split(ssep));
        Show("none", "no separators here".Split());
    }
}
