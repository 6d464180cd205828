using System;
using System.Collections.Generic;
using System.Linq;

public record Session(string User, int Tab);

public static class Program
{
    public static void Main()
    {
        var live = new HashSet<Session>();
        for (int t = 1; t <= 5; t++) live.Add(new Session("u" + t % 2, t));
        live.Remove(new Session("u0", 2));
        live.Remove(new Session("u1", 1));
        live.Add(new Session("u9", 9));
        live.Add(new Session("u8", 8));
        live.Add(new Session("u7", 7));
        Console.WriteLine(string.Join(" ", live.Select(s => s.User + ":" + s.Tab)));
        Console.WriteLine(live.Contains(new Session("u9", 9)) + " " + live.Contains(new Session("u9", 1)));
        var copy = live.ToHashSet();
        copy.Add(new Session("u1", 3));
        Console.WriteLine(copy.Count + " " + live.SetEquals(copy));
        var users = live.GroupBy(s => s.User).OrderBy(g => g.Key).Select(g => $"{g.Key}x{g.Count()}");
        Console.WriteLine(string.Join(",", users));
        var distinctUsers = live.Select(s => new Session(s.User, 0)).Distinct().Count();
        Console.WriteLine(distinctUsers);
    }
}
