using System;
using System.Collections.Generic;
using System.Linq;

#pragma warning disable CS0659
class Session
{
    public string User;
    public int Tab;
    public Session(string user, int tab) { User = user; Tab = tab; }
    public override bool Equals(object? obj) => obj is Session s && s.User == User && s.Tab == Tab;
    public override string ToString() => $"{User}#{Tab}";
}
#pragma warning restore CS0659

class Tag
{
    public string Name;
    public Tag(string name) { Name = name; }
    public override bool Equals(object? obj) => obj is Tag t && string.Equals(t.Name, Name, StringComparison.OrdinalIgnoreCase);
    public override int GetHashCode() => Name.ToUpperInvariant().GetHashCode();
    public override string ToString() => Name;
}

public static class Program
{
    public static void Main()
    {
        var a = new Session("ana", 1);
        var b = new Session("bo", 2);
        var open = new Dictionary<Session, int> { [a] = 10, [b] = 20 };
        a.Tab = 5;
        b.User = "bob";
        Console.WriteLine(open[a] + " " + open[b] + " " + open.ContainsKey(a));
        open[a] += 1;
        Console.WriteLine(string.Join(" ", open.Select(kv => kv.Key + "=" + kv.Value)));

        var set = new HashSet<Session> { a };
        a.User = "anna";
        Console.WriteLine(set.Contains(a) + " " + set.Add(a) + " " + set.Count);

        var list = new List<Session> { a, b };
        Console.WriteLine(list.Contains(new Session("anna", 5)) + " " + list.IndexOf(new Session("bob", 2)));
        Console.WriteLine(a.Equals(new Session("anna", 5)) + " " + Equals(b, new Session("bob", 2)));

        var tags = new HashSet<Tag> { new Tag("Urgent"), new Tag("urgent"), new Tag("VIP") };
        Console.WriteLine(tags.Count + " " + tags.Contains(new Tag("vip")));
        var counts = new[] { "bug", "Bug", "feature", "BUG" }.Select(n => new Tag(n)).GroupBy(t => t).Select(g => $"{g.Key}:{g.Count()}");
        Console.WriteLine(string.Join(" ", counts));
        var distinct = new[] { new Tag("x"), new Tag("X"), new Tag("y") }.Distinct().Count();
        Console.WriteLine(distinct);
    }
}
