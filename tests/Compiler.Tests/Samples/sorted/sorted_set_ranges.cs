using System;
using System.Collections.Generic;
using System.Linq;

public record Job(string Name, int Priority, int Seq);

public static class Program
{
    public static void Main()
    {
        var set = new SortedSet<int> { 50, 10, 40, 10, 30, 20 };
        Console.WriteLine(string.Join(",", set) + " count " + set.Count + " min " + set.Min + " max " + set.Max);
        Console.WriteLine(string.Join(",", set.GetViewBetween(15, 40)));
        Console.WriteLine(string.Join(",", set.Reverse()));
        Console.WriteLine(set.Add(25) + " " + set.Add(25) + " " + set.Remove(50) + " " + string.Join(",", set));
        set.UnionWith(new[] { 5, 60 });
        set.RemoveWhere(x => x % 20 == 0);
        Console.WriteLine(string.Join(",", set));
        var jobs = new SortedSet<Job>(Comparer<Job>.Create((a, b) => a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority) : a.Seq.CompareTo(b.Seq)));
        jobs.Add(new Job("backup", 1, 1));
        jobs.Add(new Job("page", 9, 2));
        jobs.Add(new Job("report", 5, 3));
        jobs.Add(new Job("alert", 9, 4));
        while (jobs.Count > 0)
        {
            var next = jobs.Min!;
            jobs.Remove(next);
            Console.WriteLine(next.Name + " p" + next.Priority);
        }
        var words = new SortedSet<string>(StringComparer.OrdinalIgnoreCase) { "beta", "Alpha", "ALPHA", "gamma" };
        Console.WriteLine(string.Join(",", words) + " " + words.Contains("GAMMA"));
    }
}
