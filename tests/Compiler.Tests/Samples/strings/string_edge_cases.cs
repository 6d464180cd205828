using System;

public static class Program
{
    public static void Main()
    {
        try { "abc".Substring(5); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("substring out of range"); }
        string? n = null;
        try { Console.WriteLine(n!.Length); }
        catch (NullReferenceException) { Console.WriteLine("null reference"); }
        Console.WriteLine("".Split(',').Length);
        Console.WriteLine("abc".IndexOf(""));
        Console.WriteLine("aaa".Replace("a", "aa"));
        Console.WriteLine("x".PadLeft(0) + "|" + "long".PadLeft(2));
        Console.WriteLine(string.Join(",", new string[0]) + "|");
        Console.WriteLine(string.Join(",", new object?[] { 1, null, "z" }));
        Console.WriteLine("ß".ToUpperInvariant() + " " + "İ".ToLowerInvariant().Length);
        Console.WriteLine("héllo".Length + " " + "😀".Length);
        Console.WriteLine("a\u00e9b");
        Console.WriteLine("Ab".ToLower() + "Ab".ToUpper());
        Console.WriteLine("mississippi".LastIndexOf("ss") + " " + "mississippi".IndexOf('s', 4));
        Console.WriteLine("a,b".Split(';')[0]);
    }
}
