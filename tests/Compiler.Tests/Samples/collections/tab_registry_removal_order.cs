using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var tabs = new Dictionary<int, string>();
        tabs.Add(101, "teams");
        tabs.Add(102, "meet");
        tabs.Add(103, "connect");
        tabs.Add(104, "genesys");
        Console.WriteLine(string.Join(" ", tabs.Keys));

        tabs.Remove(102);
        tabs[105] = "teams";
        Console.WriteLine(string.Join(" ", tabs.Select(kv => $"{kv.Key}:{kv.Value}")));

        tabs.Remove(101);
        tabs.Remove(104);
        tabs[106] = "meet";
        tabs[107] = "connect";
        tabs[108] = "zoom";
        Console.WriteLine(string.Join(" ", tabs.Keys));
        Console.WriteLine(string.Join(" ", tabs.Values));

        var origins = new HashSet<string> { "teams.microsoft.com", "meet.google.com", "example.my.connect.aws" };
        origins.Remove("meet.google.com");
        origins.Add("apps.mypurecloud.com");
        origins.Add("meet.google.com");
        Console.WriteLine(string.Join(", ", origins));
        origins.RemoveWhere(o => o.Contains("teams"));
        origins.Add("teams.live.com");
        Console.WriteLine(string.Join(", ", origins));

        var counters = new Dictionary<string, int>();
        foreach (var w in "a b c a d b e a f".Split(' '))
        {
            counters[w] = counters.GetValueOrDefault(w) + 1;
            if (counters[w] == 2) counters.Remove(w);
        }
        Console.WriteLine(string.Join(" ", counters.Select(kv => kv.Key + kv.Value)));

        tabs.Clear();
        tabs[1] = "one";
        tabs[2] = "two";
        tabs.Remove(1);
        tabs[3] = "three";
        Console.WriteLine(string.Join(" ", tabs));
        Console.WriteLine(tabs.First().Key + " " + tabs.ToList()[1].Value);
    }
}
