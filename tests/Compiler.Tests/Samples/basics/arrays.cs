using System;

public static class Program
{
    public static void Main()
    {
        int[] a = new int[5];
        for (int i = 0; i < a.Length; i++) a[i] = i * i;
        Console.WriteLine(string.Join(",", a));
        string[] names = { "b", "a", "c" };
        Array.Sort(names);
        Console.WriteLine(string.Join("|", names));
        int[][] jag = new int[3][];
        for (int i = 0; i < 3; i++) { jag[i] = new int[i + 1]; jag[i][i] = i; }
        foreach (var row in jag) Console.WriteLine(string.Join(" ", row));
        var copy = (int[])a.Clone();
        copy[0] = 99;
        Console.WriteLine(a[0] + " " + copy[0]);
        Console.WriteLine(Array.IndexOf(names, "c"));
        bool[] flags = new bool[2];
        Console.WriteLine(flags[1]);
        string?[] strs = new string?[2];
        Console.WriteLine(strs[0] == null);
        try { Console.WriteLine(a[10]); }
        catch (IndexOutOfRangeException e) { Console.WriteLine("caught " + e.GetType().Name); }
    }
}
