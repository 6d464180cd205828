using System;
using System.Collections.Generic;
using System.Linq;

record Label(string Key, string Value);
record Series(string Name, IReadOnlyList<Label> Labels);

public static class Program
{
    public static void Main()
    {
        var l1 = new Label("k", "v");
        var l2 = new Label("k", "v");
        var shared = new List<Label> { l1 };
        var s1 = new Series("a", shared);
        var s2 = new Series("a", shared);
        var s3 = new Series("a", new List<Label> { l2 });
        Console.WriteLine(s1 == s2);
        Console.WriteLine(s1 == s3);
        Console.WriteLine(s1.Labels.SequenceEqual(s3.Labels));
        var list = new List<Label> { new Label("a", "1"), new Label("b", "2") };
        Console.WriteLine(list.Contains(new Label("b", "2")));
        Console.WriteLine(list.IndexOf(new Label("a", "1")));
        Console.WriteLine(list.Distinct().Count() + " " + new[] { l1, l2, l1 }.Distinct().Count());
        Console.WriteLine(l1.Equals((object)l2) + " " + l1.Equals(null));
    }
}
