using System;

public static class Program
{
    static void QuickSort(int[] a, int lo, int hi)
    {
        if (lo >= hi) return;
        int p = a[(lo + hi) / 2], i = lo, j = hi;
        while (i <= j)
        {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) { (a[i], a[j]) = (a[j], a[i]); i++; j--; }
        }
        QuickSort(a, lo, j);
        QuickSort(a, i, hi);
    }

    public static void Main()
    {
        var a = new[] { 38, 27, 43, 3, 9, 82, 10, -5, 0, 27 };
        QuickSort(a, 0, a.Length - 1);
        Console.WriteLine(string.Join(" ", a));
        var b = new int[50];
        int seed = 7;
        for (int i = 0; i < b.Length; i++) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; b[i] = seed % 1000; }
        QuickSort(b, 0, b.Length - 1);
        Console.WriteLine(string.Join(",", b));
    }
}
