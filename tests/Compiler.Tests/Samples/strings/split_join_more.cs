using System;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var line = "rtt=0.05;;jitter=0.002; loss = 0.1 ;";
        var parts = line.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Console.WriteLine(parts.Length + ": " + string.Join("|", parts));
        foreach (var p in parts)
        {
            var kv = p.Split('=', 2);
            Console.WriteLine($"[{kv[0].Trim()}] = [{(kv.Length > 1 ? kv[1].Trim() : "")}]");
        }
        Console.WriteLine(string.Join("|", "a::b::c".Split("::")));
        Console.WriteLine(string.Join("|", "one  two".Split(' ')));
        Console.WriteLine(string.Join("|", "x\r\ny\nz".Split(new[] { "\r\n", "\n" }, StringSplitOptions.None)));
        Console.WriteLine(string.Join(", ", new[] { 1, 2, 3 }.Select(i => i * i)));
        Console.WriteLine(string.Join('-', new[] { "a", "b" }));
        Console.WriteLine(string.Join("", Enumerable.Repeat("ab", 3)));
        Console.WriteLine("a,b,c".Split(',').Last() + " " + "abc".Split(',').Length);
    }
}
