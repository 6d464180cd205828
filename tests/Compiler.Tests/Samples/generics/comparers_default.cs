using System;
using System.Collections.Generic;

record Version(int Major, int Minor) : IComparable<Version>
{
    public int CompareTo(Version? other) => other is null ? 1 : Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);
    public override string ToString() => $"{Major}.{Minor}";
}

sealed class TopN<T>
{
    private readonly List<T> items = new List<T>();
    private readonly int capacity;
    private readonly IComparer<T> comparer;

    public TopN(int capacity, IComparer<T>? comparer = null)
    {
        this.capacity = capacity;
        this.comparer = comparer ?? Comparer<T>.Default;
    }

    public void Offer(T item)
    {
        int i = items.Count;
        while (i > 0 && comparer.Compare(items[i - 1], item) < 0) i--;
        items.Insert(i, item);
        if (items.Count > capacity) items.RemoveAt(items.Count - 1);
    }

    public override string ToString() => "[" + string.Join(", ", items) + "]";
}

static class Util
{
    public static int IndexOf<T>(IList<T> list, T value)
    {
        var eq = EqualityComparer<T>.Default;
        for (int i = 0; i < list.Count; i++) if (eq.Equals(list[i], value)) return i;
        return -1;
    }

    public static T Max<T>(IEnumerable<T> xs)
    {
        var cmp = Comparer<T>.Default;
        T best = default!;
        bool first = true;
        foreach (var x in xs) { if (first || cmp.Compare(x, best) > 0) best = x; first = false; }
        return best;
    }
}

public static class Program
{
    public static void Main()
    {
        var top = new TopN<int>(3);
        foreach (var n in new[] { 5, 1, 9, 7, 3, 9 }) top.Offer(n);
        Console.WriteLine(top);
        var words = new TopN<string>(2, StringComparer.Ordinal);
        foreach (var w in new[] { "pear", "apple", "zebra", "Zoo" }) words.Offer(w);
        Console.WriteLine(words);
        var versions = new TopN<Version>(2);
        foreach (var v in new[] { new Version(1, 2), new Version(2, 0), new Version(1, 10) }) versions.Offer(v);
        Console.WriteLine(versions);

        Console.WriteLine(Util.IndexOf(new List<string> { "a", "b", "c" }, "c"));
        Console.WriteLine(Util.IndexOf(new[] { new Version(1, 0), new Version(2, 1) }, new Version(2, 1)));
        Console.WriteLine(Util.IndexOf(new List<double> { 1.0, double.NaN }, double.NaN));
        Console.WriteLine(Util.Max(new[] { 3, 8, 2 }) + " " + Util.Max(new[] { "b", "c", "a" }) + " " + Util.Max(new[] { new Version(0, 9), new Version(0, 10) }));
        Console.WriteLine(Comparer<int>.Default.Compare(1, 2) + " " + EqualityComparer<string>.Default.Equals("x", "x") + " " + Comparer<string>.Default.Compare("b", "a"));
    }
}
