using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        var l = new List<int> { 5, 3, 8 };
        l.Add(1);
        l.Insert(0, 9);
        l.AddRange(new[] { 7, 7 });
        Console.WriteLine(string.Join(",", l) + " count=" + l.Count);
        l.Remove(7);
        l.RemoveAt(0);
        Console.WriteLine(string.Join(",", l));
        Console.WriteLine(l.Contains(8) + " " + l.IndexOf(8) + " " + l.IndexOf(42));
        l.Sort();
        Console.WriteLine(string.Join(",", l));
        l.Sort((a, b) => b.CompareTo(a));
        Console.WriteLine(string.Join(",", l));
        l.Reverse();
        Console.WriteLine(string.Join(",", l));
        Console.WriteLine(l.Find(x => x > 4) + " " + l.FindIndex(x => x > 4) + " " + l.Exists(x => x > 100));
        Console.WriteLine(l.RemoveAll(x => x % 2 == 1) + " left " + string.Join(",", l));
        var range = new List<string> { "a", "b", "c", "d" }.GetRange(1, 2);
        Console.WriteLine(string.Join("", range));
        var arr = l.ToArray();
        Console.WriteLine(arr.Length);
        l.Clear();
        Console.WriteLine(l.Count);
        try { var _ = l[0]; }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("out of range"); }
    }
}
