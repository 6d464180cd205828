using System;
using System.Collections.Generic;

class ByLengthThenAlpha : IComparer<string>
{
    public int Compare(string? x, string? y)
    {
        if (x == null || y == null) return x == null ? (y == null ? 0 : -1) : 1;
        int c = x.Length.CompareTo(y.Length);
        return c != 0 ? c : string.CompareOrdinal(x, y);
    }
}

class Version : IComparable<Version>
{
    public int Major, Minor;
    public Version(int a, int b) { Major = a; Minor = b; }
    public int CompareTo(Version? o) => o == null ? 1 : Major != o.Major ? Major.CompareTo(o.Major) : Minor.CompareTo(o.Minor);
    public override string ToString() => Major + "." + Minor;
}

public static class Program
{
    public static void Main()
    {
        var words = new List<string> { "ccc", "a", "bb", "aa", "b", "abc" };
        words.Sort(new ByLengthThenAlpha());
        Console.WriteLine(string.Join(" ", words));
        var versions = new List<Version> { new Version(1, 10), new Version(1, 2), new Version(0, 9), new Version(2, 0) };
        versions.Sort();
        Console.WriteLine(string.Join(" ", versions));
        var arr = new[] { "Banana", "apple", "Cherry" };
        Array.Sort(arr, StringComparer.Ordinal);
        Console.WriteLine(string.Join(" ", arr));
        Array.Sort(arr, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(" ", arr));
    }
}
