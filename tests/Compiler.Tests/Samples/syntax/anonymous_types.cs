using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var p = new { Name = "probe", Port = 9091, Tags = new[] { "a" } };
        Console.WriteLine(p.Name + ":" + p.Port);
        Console.WriteLine(new { X = 1, Y = "two" });
        var q = new { Name = "probe", Port = 9091, Tags = p.Tags };
        Console.WriteLine(p.Equals(q) + " " + (p == q) + " " + new { A = 1 }.Equals(new { A = 1 }));
        var orders = new[] { (Id: 1, Customer: "c1"), (Id: 2, Customer: "c2"), (Id: 3, Customer: "c1") };
        var customers = new[] { new { Key = "c1", Country = "NL" }, new { Key = "c2", Country = "DE" } };
        var joined = orders.Join(customers, o => new { K = o.Customer }, c => new { K = c.Key }, (o, c) => new { o.Id, c.Country });
        foreach (var j in joined) Console.WriteLine(j);
        var grouped = orders.GroupBy(o => new { o.Customer }).Select(g => new { g.Key.Customer, Count = g.Count() });
        Console.WriteLine(string.Join("; ", grouped));
        var set = new HashSet<object> { new { A = 1, B = "x" }, new { A = 1, B = "x" } };
        Console.WriteLine(set.Count);
        var withNull = new { Name = (string?)null, Value = 1.5 };
        Console.WriteLine(withNull);
    }
}
