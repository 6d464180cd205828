using System;
using System.Collections.Generic;
using System.Linq;

public record Ticket(int Id, string Queue, int Priority, double Age);

public static class Program
{
    public static void Main()
    {
        var tickets = new List<Ticket>
        {
            new(1, "b", 2, 3.5), new(2, "a", 1, 10), new(3, "b", 1, 3.5), new(4, "a", 2, 1), new(5, "c", 1, 10), new(6, "a", 1, 10),
        };
        Console.WriteLine(string.Join(",", tickets.OrderBy(t => t.Priority).Select(t => t.Id)));
        Console.WriteLine(string.Join(",", tickets.OrderByDescending(t => t.Age).ThenBy(t => t.Queue).Select(t => t.Id)));
        Console.WriteLine(string.Join(",", tickets.OrderBy(t => t.Queue).ThenByDescending(t => t.Priority).ThenBy(t => t.Id).Select(t => t.Id)));
        var sorted = tickets.ToList();
        sorted.Sort((x, y) => x.Priority.CompareTo(y.Priority));
        Console.WriteLine(string.Join(",", sorted.Select(t => t.Priority)));
        Console.WriteLine(string.Join(",", tickets.OrderBy(t => t.Age).Skip(1).Take(3).Select(t => t.Id)));
        var nans = new[] { 3.0, double.NaN, -1.0, double.NegativeInfinity, 0.0, -0.0 };
        Console.WriteLine(string.Join(",", nans.OrderBy(x => x)));
        Console.WriteLine(string.Join(",", new[] { "b", "B", "a", "A", "_", "1" }.OrderBy(s => s, StringComparer.Ordinal)));
        Console.WriteLine(string.Join(",", new[] { 'b', 'A', 'a' }.OrderBy(c => c)));
        Console.WriteLine(string.Join(",", new[] { (2, "x"), (1, "y"), (2, "a") }.Order()));
    }
}
