using System;
using System.Collections.Generic;

// Classifies sample sequences with list patterns: arrays, lists, strings, nested patterns and slices.
public static class Program
{
    static string Trend(IReadOnlyList<int> xs) => xs switch
    {
        [] => "no data",
        [_] => "single point",
        [var a, var b] when a == b => "flat pair",
        [var first, .., var last] when last > first => $"rising {first}->{last}",
        [var first, .., var last] when last < first => $"falling {first}->{last}",
        _ => "flat",
    };

    static string Shape(int[] xs) => xs switch
    {
        [0, 0, ..] => "starts with two zeros",
        [< 0, ..] => "negative start",
        [.., > 100] => "ends high",
        [1, 2, 3] or [3, 2, 1] => "counting",
        [_, _, _, _, ..] and { Length: var n } => $"long ({n})",
        _ => "other",
    };

    static string Word(string w) => w switch
    {
        ['#', .. var tag] => "tag " + tag,
        [.. var stem, 'i', 'n', 'g'] => "gerund of " + stem,
        [var c] => "letter " + c,
        ['(', .., ')'] => "parenthesised",
        "" => "empty",
        _ => "word " + w,
    };

    public static void Main()
    {
        foreach (var xs in new List<int>[] { new(), new() { 4 }, new() { 2, 2 }, new() { 1, 5, 9 }, new() { 9, 3 }, new() { 7, 1, 7 } })
            Console.WriteLine(Trend(xs));
        foreach (var xs in new[] { new[] { 0, 0, 5 }, new[] { -3, 4 }, new[] { 5, 101 }, new[] { 3, 2, 1 }, new[] { 9, 9, 9, 9, 9 }, new[] { 42 } })
            Console.WriteLine(Shape(xs));
        foreach (var w in new[] { "#webrtc", "streaming", "x", "(note)", "", "jitter" })
            Console.WriteLine(Word(w));
        var pairs = new List<(string, int)> { ("a", 1), ("b", 2) };
        if (pairs is [("a", var one), (_, > 1) second]) Console.WriteLine($"pairs {one} {second}");
        int[][] grid = { new[] { 1, 2 }, new[] { 3, 4 } };
        if (grid is [[var tl, _], [_, var br]]) Console.WriteLine($"diagonal {tl} {br}");
    }
}
