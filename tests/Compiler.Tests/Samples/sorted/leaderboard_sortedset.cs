using System;
using System.Collections.Generic;
using System.Linq;

public sealed record Entry(string Player, int Score, long At);

public sealed class ByScoreThenTime : IComparer<Entry>
{
    public int Compare(Entry? a, Entry? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return -1;
        if (b is null) return 1;
        int c = b.Score.CompareTo(a.Score);
        if (c != 0) return c;
        c = a.At.CompareTo(b.At);
        return c != 0 ? c : string.CompareOrdinal(a.Player, b.Player);
    }
}

public sealed class Leaderboard
{
    readonly SortedSet<Entry> ranking = new(new ByScoreThenTime());
    readonly Dictionary<string, Entry> current = new();
    long clock;

    public void Submit(string player, int score)
    {
        if (current.TryGetValue(player, out var old))
        {
            if (old.Score >= score) return;
            ranking.Remove(old);
        }
        var e = new Entry(player, score, ++clock);
        current[player] = e;
        ranking.Add(e);
    }

    public IEnumerable<string> Top(int n) => ranking.Take(n).Select((e, i) => $"#{i + 1} {e.Player} ({e.Score})");
    public int RankOf(string player) => current.TryGetValue(player, out var e) ? ranking.TakeWhile(x => x != e).Count() + 1 : -1;
    public int Count => ranking.Count;
    public Entry? Leader => ranking.Min;
    public Entry? Last => ranking.Max;
}

public static class Program
{
    public static void Main()
    {
        var board = new Leaderboard();
        board.Submit("ana", 120);
        board.Submit("bo", 300);
        board.Submit("cy", 120);
        board.Submit("dee", 90);
        board.Submit("ana", 100);
        board.Submit("dee", 310);
        foreach (var line in board.Top(3)) Console.WriteLine(line);
        Console.WriteLine($"ana is #{board.RankOf("ana")}, cy is #{board.RankOf("cy")}, zed is {board.RankOf("zed")}");
        Console.WriteLine($"{board.Count} players, leader {board.Leader?.Player}, last {board.Last?.Player}");

        var empty = new SortedSet<int>();
        Console.WriteLine($"empty min {empty.Min} max {empty.Max} count {empty.Count}");
        var primes = new SortedSet<int>(new[] { 7, 2, 11, 3, 5, 13 });
        var odds = new SortedSet<int>(Enumerable.Range(0, 8).Select(i => 2 * i + 1));
        Console.WriteLine(primes.IsSubsetOf(Enumerable.Range(0, 20)) + " " + primes.Overlaps(new[] { 4, 6, 7 }) + " " + primes.SetEquals(new[] { 13, 11, 7, 5, 3, 2, 2 }));
        var both = new SortedSet<int>(primes);
        both.IntersectWith(odds);
        var either = new SortedSet<int>(primes);
        either.SymmetricExceptWith(odds);
        Console.WriteLine(string.Join(",", both) + " | " + string.Join(",", either));
        Console.WriteLine(primes.TryGetValue(11, out var found) + " " + found + " " + primes.TryGetValue(4, out var missing) + " " + missing);
        var view = primes.GetViewBetween(3, 11);
        Console.WriteLine(string.Join(" ", view) + " " + view.Count + " " + view.Min + ".." + view.Max);
        try { primes.GetViewBetween(9, 1); }
        catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        var tags = new SortedSet<string>(StringComparer.Ordinal) { "b", "B", "a", "A", "_" };
        Console.WriteLine(string.Join("", tags) + " " + tags.First() + tags.Last());
    }
}
