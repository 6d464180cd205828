using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        var nums = new[] { 42, 7, 19, 3, 88, 7 };
        var keys = new[] { "f", "b", "d", "a", "e", "c" };
        Array.Sort(keys, nums);
        Console.WriteLine(string.Join(",", keys) + " | " + string.Join(",", nums));
        Array.Sort(nums, (a, b) => b.CompareTo(a));
        Console.WriteLine(string.Join(",", nums));
        Array.Sort(nums, 1, 3);
        Console.WriteLine(string.Join(",", nums));
        Console.WriteLine(Array.BinarySearch(new[] { 1, 3, 5, 7 }, 5) + " " + Array.BinarySearch(new[] { 1, 3, 5, 7 }, 4));
        Console.WriteLine(Array.Exists(nums, n => n > 80) + " " + Array.Find(nums, n => n < 10) + " " + Array.FindIndex(nums, n => n == 7) + " " + Array.FindLastIndex(nums, n => n == 7));
        Console.WriteLine(string.Join(",", Array.FindAll(nums, n => n % 2 == 1)) + " " + Array.TrueForAll(nums, n => n > 0));
        var strs = Array.ConvertAll(nums, n => "#" + n);
        Console.WriteLine(string.Join(" ", strs));
        var empty = Array.Empty<string>();
        Console.WriteLine(empty.Length);
        int[] created = (int[])Array.CreateInstance(typeof(int), 3);
        Console.WriteLine(created.Length);
        var words = new List<string> { "pear", "Apple", "fig" };
        var arr = words.ToArray();
        Array.Sort(arr, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(",", arr));
        Console.WriteLine(Array.IndexOf(arr, "fig") + " " + ((IList<string>)arr).Contains("pear"));
    }
}
