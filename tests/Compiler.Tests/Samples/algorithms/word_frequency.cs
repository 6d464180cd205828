using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var text = "It was the best of times, it was the worst of times; it was the age of wisdom, it was the age of foolishness.";
        var words = text.ToLowerInvariant().Split(new[] { ' ', ',', ';', '.' }, StringSplitOptions.RemoveEmptyEntries);
        var freq = new Dictionary<string, int>();
        foreach (var w in words) freq[w] = freq.TryGetValue(w, out var c) ? c + 1 : 1;
        foreach (var kv in freq.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(6))
            Console.WriteLine($"{kv.Key,-8}{kv.Value,3} {new string('#', kv.Value)}");
        Console.WriteLine(words.Length + " words, " + freq.Count + " distinct, longest " + words.OrderByDescending(w => w.Length).ThenBy(w => w).First());
    }
}
