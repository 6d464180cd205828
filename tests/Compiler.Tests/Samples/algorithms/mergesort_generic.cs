using System;
using System.Collections.Generic;

public static class Program
{
    static List<T> MergeSort<T>(List<T> xs, Comparison<T> cmp)
    {
        if (xs.Count <= 1) return xs;
        int mid = xs.Count / 2;
        var l = MergeSort(xs.GetRange(0, mid), cmp);
        var r = MergeSort(xs.GetRange(mid, xs.Count - mid), cmp);
        var res = new List<T>(xs.Count);
        int i = 0, j = 0;
        while (i < l.Count && j < r.Count) res.Add(cmp(l[i], r[j]) <= 0 ? l[i++] : r[j++]);
        while (i < l.Count) res.Add(l[i++]);
        while (j < r.Count) res.Add(r[j++]);
        return res;
    }

    public static void Main()
    {
        var words = new List<string> { "pear", "fig", "apple", "kiwi", "banana", "date", "fig" };
        Console.WriteLine(string.Join(" ", MergeSort(words, string.CompareOrdinal)));
        Console.WriteLine(string.Join(" ", MergeSort(words, (a, b) => a.Length != b.Length ? a.Length - b.Length : string.CompareOrdinal(a, b))));
        Console.WriteLine(string.Join(" ", MergeSort(new List<double> { 3.5, -1, 2.25, 0 }, (a, b) => a.CompareTo(b))));
    }
}
