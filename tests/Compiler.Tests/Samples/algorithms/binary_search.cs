using System;
using System.Collections.Generic;

public static class Program
{
    static int Search(IReadOnlyList<int> xs, int target)
    {
        int lo = 0, hi = xs.Count - 1;
        while (lo <= hi)
        {
            int mid = lo + (hi - lo) / 2;
            if (xs[mid] == target) return mid;
            if (xs[mid] < target) lo = mid + 1; else hi = mid - 1;
        }
        return ~lo;
    }

    public static void Main()
    {
        var xs = new List<int> { 1, 3, 5, 7, 9, 11 };
        foreach (var t in new[] { 1, 7, 11, 0, 6, 12 }) Console.WriteLine(t + " -> " + Search(xs, t));
        Console.WriteLine(xs.BinarySearch(9) + " " + xs.BinarySearch(4));
        Console.WriteLine(Array.BinarySearch(new[] { 2, 4, 6 }, 6));
    }
}
