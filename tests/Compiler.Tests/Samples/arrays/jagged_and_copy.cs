using System;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        int[][] triangle = new int[6][];
        for (int i = 0; i < triangle.Length; i++)
        {
            triangle[i] = new int[i + 1];
            triangle[i][0] = triangle[i][i] = 1;
            for (int j = 1; j < i; j++) triangle[i][j] = triangle[i - 1][j - 1] + triangle[i - 1][j];
        }
        foreach (var row in triangle) Console.WriteLine(string.Join(" ", row));

        var src = new[] { 1, 2, 3, 4, 5, 6, 7 };
        var dst = new int[10];
        Array.Copy(src, dst, 3);
        Array.Copy(src, 4, dst, 6, 3);
        Console.WriteLine(string.Join(",", dst));
        Array.Copy(src, 0, src, 2, 5);
        Console.WriteLine(string.Join(",", src));
        src.CopyTo(dst, 1);
        Console.WriteLine(string.Join(",", dst));
        try { Array.Copy(src, dst, 20); }
        catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }

        var arr = new[] { 5, 3, 9 };
        Array.Resize(ref arr, 5);
        Console.WriteLine(string.Join(",", arr) + " " + arr.Length);
        Array.Resize(ref arr, 2);
        Console.WriteLine(string.Join(",", arr));
        int[]? none = null;
        Array.Resize(ref none, 2);
        Console.WriteLine(none.Length);

        var r = Enumerable.Range(1, 8).ToArray();
        Array.Reverse(r, 2, 4);
        Console.WriteLine(string.Join(",", r));
        Array.Fill(r, 0, 6, 2);
        Console.WriteLine(string.Join(",", r));
        Array.Clear(r, 0, 2);
        Console.WriteLine(string.Join(",", r) + " " + Array.IndexOf(r, 0, 1) + " " + Array.LastIndexOf(r, 0));
        var copy = r[1..4];
        copy[0] = 99;
        Console.WriteLine(r[1] + " " + copy[0] + " " + string.Join(",", r[^3..]));
    }
}
