using System;
using System.Linq;
using System.Text.RegularExpressions;

// Regex.Split for field parsing: separators with surrounding space, captured delimiters kept,
// CamelCase word splitting, empty pieces and numbers out of free text.
public static class Program
{
    static string Show(string[] parts) => parts.Length + " [" + string.Join("|", parts.Select(p => p.Replace("\n", "\\n"))) + "]";

    public static void Main()
    {
        Console.WriteLine(Show(Regex.Split("alpha, beta ;gamma;  delta", @"\s*[,;]\s*")));
        Console.WriteLine(Show(Regex.Split("a,,b,", ",")));
        Console.WriteLine(Show(Regex.Split("1+22-3*4", @"([-+*/])")));
        Console.WriteLine(Show(Regex.Split("key1=val1&key2=val2", @"(=)|&")));
        Console.WriteLine(Show(Regex.Split("no separators here", @"\d")));
        Console.WriteLine(Show(Regex.Split("", ",")));
        Console.WriteLine(Show(Regex.Split("abc", "")));
        Console.WriteLine(Show(Regex.Split("line1\r\nline2\nline3\r\n", @"\r?\n")));
        Console.WriteLine(Show(Regex.Split("JitterBufferEmittedCount", @"(?<!^)(?=[A-Z])")));
        Console.WriteLine(Show(Regex.Split("  leading and trailing  ", @"\s+")));
        Console.WriteLine(Show(Regex.Split("ONE two Three", @"\s", RegexOptions.IgnoreCase)));
        var splitter = new Regex(@"\s*\|\s*");
        foreach (var row in new[] { "pc-1 | audio | 48000 | opus", "pc-2|video|90000|VP8", "broken row" })
        {
            var cells = splitter.Split(row);
            Console.WriteLine(cells.Length == 4 ? $"{cells[0]}: {cells[1]} @ {int.Parse(cells[2]) / 1000} kHz ({cells[3].ToLowerInvariant()})" : "skip: " + row);
        }
        var numbers = Regex.Split("rtt 12ms, jitter 3ms, loss 0.5%", @"[^\d.]+").Where(s => s.Length > 0).Select(double.Parse).ToList();
        Console.WriteLine(string.Join(" + ", numbers) + " = " + numbers.Sum());
    }
}
