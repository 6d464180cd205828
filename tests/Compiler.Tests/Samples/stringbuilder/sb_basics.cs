using System;
using System.Text;

public static class Program
{
    public static void Main()
    {
        var sb = new StringBuilder();
        sb.Append("a").Append(1).Append('c').Append(2.5).Append(true).Append((string?)null);
        Console.WriteLine(sb.ToString());
        Console.WriteLine(sb.Length);
        sb.AppendLine();
        sb.AppendLine("line2");
        sb.AppendFormat("{0}-{1:D3}", "x", 7);
        Console.WriteLine(sb.ToString().Replace("\r\n", "\n"));
        sb.Clear();
        Console.WriteLine("[" + sb + "] " + sb.Length);
        sb.Append("hello world");
        sb.Insert(0, ">> ");
        sb.Replace("world", "there");
        Console.WriteLine(sb);
        sb.Remove(0, 3);
        Console.WriteLine(sb + " " + sb[0]);
        sb.Length = 5;
        Console.WriteLine(sb);
        sb[0] = 'J';
        Console.WriteLine(sb.ToString());
        var sb2 = new StringBuilder("init", 100);
        sb2.Append(' ', 3).Append('|');
        Console.WriteLine(sb2);
        Console.WriteLine(new StringBuilder().Append(12L).Append(-0.5f).Append(new[] { 'x', 'y' }).ToString());
        Console.WriteLine(sb2.ToString(0, 4));
    }
}
