using System;
using System.Collections.Generic;
using System.Text;

public static class Program
{
    static string Csv(string field) =>
        field.IndexOfAny(new[] { ',', '"', '\n' }) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;

    public static void Main()
    {
        var rows = new List<string[]>
        {
            new[] { "name", "value", "note" },
            new[] { "bytes", "1024", "plain" },
            new[] { "comma,field", "2", "has \"quotes\"" },
            new[] { "multi", "3", "line1\nline2" },
        };
        var sb = new StringBuilder();
        foreach (var r in rows)
        {
            for (int i = 0; i < r.Length; i++)
            {
                if (i > 0) sb.Append(',');
                sb.Append(Csv(r[i]));
            }
            sb.Append('\n');
        }
        Console.Write(sb.ToString());
        Console.WriteLine(sb.Length);
        var big = new StringBuilder();
        for (int i = 0; i < 1000; i++) big.Append(i % 10);
        Console.WriteLine(big.Length + " " + big.ToString().Substring(995));
    }
}
