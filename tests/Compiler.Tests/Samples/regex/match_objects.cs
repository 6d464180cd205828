// Match, Group and Capture objects: LINQ over MatchCollection, Count, type tests, failed matches (Match.Empty), argument errors.
using System;
using System.Linq;
using System.Text.RegularExpressions;
public static class Program
{
    public static void Main()
    {
        var r = new Regex(@"(?<k>\w+)=(?<v>\d+)");
        var ms = r.Matches("a=1 b=22 c=x d=4");
        Console.WriteLine(ms.Cast<Match>().Select(m => m.Groups["k"].Value).Aggregate((a, b) => a + b));
        Console.WriteLine(ms.First().Value + " " + ms.Last().Value + " " + ms.Any(m => m.Groups["v"].Value.Length > 1) + " " + ms.Count() + " " + ms.ElementAt(1));
        Console.WriteLine(string.Join(",", ms.OfType<Match>().Select(m => int.Parse(m.Groups["v"].Value)).OrderByDescending(x => x)));
        var list = ms.ToList();
        Console.WriteLine(list.Count + " " + list[2].Index);
        Console.WriteLine(r.Count("x=1 y=2") + " " + Regex.Count("aaa", "a") + " " + Regex.Count("AbA", "a", RegexOptions.IgnoreCase));
        Group g = ms[0].Groups["v"];
        Capture c = g;
        Console.WriteLine($"{g.Name} {c.Value} {c.Index} {ms[0]}");
        object o = ms[0];
        Console.WriteLine($"{o is Match} {o is Group} {o is Capture} {o is string}");
        try { Console.WriteLine(ms[10].Value); } catch (ArgumentOutOfRangeException) { Console.WriteLine("out of range"); }
        try { Regex.IsMatch(null!, "a"); } catch (ArgumentNullException e) { Console.WriteLine("null: " + e.ParamName); }
        var date = Regex.Match("2024-05-06", @"(?<y>\d+)-(\d+)-(?<d>\d+)");
        foreach (Group dg in date.Groups) Console.WriteLine($"{dg.Name}={dg.Value}@{dg.Index}");
        Console.WriteLine(string.Join("|", date.Groups.Cast<Group>().Skip(1).Select(x => x.Value)));
        var none = r.Match("nothing here");
        foreach (Group ng in none.Groups) Console.WriteLine("empty: " + ng.Success);
        Console.WriteLine($"[{none.Value}] {none.Index} {none.Length} {none.Success} {none.Groups["k"].Success} {none.Groups.Count} {none.NextMatch().Success}");
    }
}
