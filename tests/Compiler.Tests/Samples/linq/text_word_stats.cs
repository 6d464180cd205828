using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        const string text = "It was the best of times, it was the worst of times; it was the age of wisdom, it was the age of foolishness. Wisdom? Times!";
        var words = text.ToLowerInvariant().Split(new[] { ' ', ',', ';', '.', '?', '!' }, StringSplitOptions.RemoveEmptyEntries);
        Console.WriteLine($"{words.Length} words, {words.Distinct().Count()} distinct, longest '{words.OrderByDescending(w => w.Length).ThenBy(w => w).First()}'");
        var freq = words.GroupBy(w => w).Select(g => (Word: g.Key, Count: g.Count())).OrderByDescending(p => p.Count).ThenBy(p => p.Word).Take(5);
        foreach (var (word, count) in freq) Console.WriteLine($"{word,-8}{new string('#', count)} {count}");
        var byLength = words.ToLookup(w => w.Length);
        Console.WriteLine(string.Join(" ", byLength.OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Distinct().Count()}")));
        var dict = new SortedDictionary<char, int>();
        foreach (var c in text.Where(char.IsLetter).Select(char.ToLowerInvariant)) dict[c] = dict.TryGetValue(c, out var n) ? n + 1 : 1;
        Console.WriteLine(string.Concat(dict.Where(kv => kv.Value >= 8).Select(kv => $"{kv.Key}{kv.Value}")));
        var sentences = text.Split(new[] { ". ", "; ", "? " }, StringSplitOptions.None);
        Console.WriteLine(sentences.Length + " | " + string.Join(" | ", sentences.Select(s => s.Trim().Length)));
        Console.WriteLine(string.Join(",", words.Where(w => w.StartsWith('w')).Distinct()));
        var pairs = words.Zip(words.Skip(1), (a, b) => a + " " + b).GroupBy(p => p).Where(g => g.Count() > 1).Select(g => g.Key);
        Console.WriteLine(string.Join("; ", pairs));
        Console.WriteLine(words.Aggregate(new Dictionary<string, int>(), (acc, w) => { acc[w[..1]] = acc.GetValueOrDefault(w[..1]) + 1; return acc; }).OrderBy(kv => kv.Key).First());
    }
}
