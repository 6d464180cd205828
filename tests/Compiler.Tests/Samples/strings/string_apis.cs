using System;

public static class Program
{
    public static void Main()
    {
        var s = "  Hello, World  ";
        Console.WriteLine("[" + s.Trim() + "][" + s.TrimStart() + "][" + s.TrimEnd() + "]");
        var t = s.Trim();
        Console.WriteLine(t.Length + " " + t.ToUpperInvariant() + " " + t.ToLowerInvariant());
        Console.WriteLine(t.Substring(7) + "|" + t.Substring(0, 5));
        Console.WriteLine(t.IndexOf('o') + " " + t.IndexOf("o", 5) + " " + t.LastIndexOf('o') + " " + t.IndexOf("zz"));
        Console.WriteLine(t.Contains("World") + " " + t.StartsWith("Hell") + " " + t.EndsWith("d") + " " + t.Contains('W'));
        Console.WriteLine(t.Replace("l", "L") + " " + t.Replace('o', '0'));
        Console.WriteLine("[" + "ab".PadLeft(5) + "][" + "ab".PadRight(5, '_') + "]");
        Console.WriteLine(string.Join("|", "a,b,,c".Split(',')));
        Console.WriteLine(string.Join("|", "a,b,,c".Split(',', StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine(string.Join("|", "a b;c".Split(new[] { ' ', ';' })));
        Console.WriteLine(string.Join("|", "k=v=w".Split('=', 2)));
        Console.WriteLine("xxabcxx".Trim('x') + " " + "--a--".TrimStart('-') + " " + "--a--".TrimEnd('-'));
        Console.WriteLine(string.IsNullOrEmpty("") + " " + string.IsNullOrEmpty(null) + " " + string.IsNullOrWhiteSpace(" \t"));
        Console.WriteLine(t[0] + " " + t[t.Length - 1]);
        Console.WriteLine(new string('=', 5) + " " + string.Empty.Length);
        Console.WriteLine("abc".CompareTo("abd") + " " + string.Compare("b", "a", StringComparison.Ordinal));
        Console.WriteLine("Hello".Equals("hello", StringComparison.OrdinalIgnoreCase) + " " + ("a" == "a"));
        Console.WriteLine("Hello".StartsWith("he", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("a-b-c".Remove(1, 2) + " " + "abc".Insert(1, "XY"));
        Console.WriteLine(string.Concat(new[] { "x", "y" }) + " " + "ab".ToCharArray().Length);
        Console.WriteLine("tab\there" + " quote\"" + " back\\slash");
        Console.WriteLine(@"verbatim \n ""q""");
        Console.WriteLine("""raw "literal" here""");
    }
}
