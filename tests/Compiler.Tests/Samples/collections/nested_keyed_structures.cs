using System;
using System.Collections.Generic;
using System.Linq;

public enum Channel { Voice, Video, Chat }

public static class Program
{
    public static void Main()
    {
        var byKey = new Dictionary<(Channel Channel, string Team), List<int>>();
        var input = new[] { (Channel.Voice, "red", 3), (Channel.Chat, "blue", 1), (Channel.Voice, "red", 5), (Channel.Video, "red", 2), (Channel.Voice, "blue", 4) };
        foreach (var (ch, team, n) in input)
        {
            var key = (ch, team);
            if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = new List<int>();
            list.Add(n);
        }
        foreach (var kv in byKey) Console.WriteLine($"{kv.Key.Channel}/{kv.Key.Team}: {string.Join("+", kv.Value)} = {kv.Value.Sum()}");
        byKey.Remove((Channel.Chat, "blue"));
        byKey[(Channel.Chat, "green")] = new List<int> { 9 };
        Console.WriteLine(string.Join(" | ", byKey.Keys));
        var inverted = byKey.SelectMany(kv => kv.Value.Select(v => (v, kv.Key))).ToDictionary(x => x.v, x => x.Key);
        Console.WriteLine(inverted[5] + " " + inverted.ContainsKey(1));
        var teams = byKey.Keys.Select(k => k.Team).ToHashSet();
        Console.WriteLine(string.Join(",", teams.OrderBy(t => t)));
        var setOfSets = new HashSet<(int, (string, bool))> { (1, ("a", true)), (1, ("a", true)), (1, ("a", false)) };
        Console.WriteLine(setOfSets.Count);
    }
}
