using System;
using System.Collections.Generic;
using System.Text;

public static class Program
{
    static string Describe(object? o) => o switch { null => "null", char c => $"char({c})", int i => $"int({i})", _ => o.ToString()! };

    public static void Main()
    {
        var chars = new List<object> { 'a', 'Z', '7' };
        Console.WriteLine(string.Join("", chars));
        Console.WriteLine(Describe('a') + " " + Describe((int)'a') + " " + Describe((char)98));
        int? none = null;
        int? some = 4;
        char? letter = 'k';
        Console.WriteLine(Describe(none) + " " + Describe(some) + " " + Describe(letter));
        var sb = new StringBuilder();
        object o = 'x';
        sb.Append(o).Append((object)5).Append((object)true);
        Console.WriteLine(sb.ToString());
        Console.WriteLine(string.Concat((object)'a', (object)1, (object)2.5));
        double? dn = 1.5;
        object dd = dn;
        Console.WriteLine(dd is double && !(dd is int));
        Console.WriteLine(((object)'c').Equals((object)'c') + " " + ((object)'c').Equals(99));
    }
}
