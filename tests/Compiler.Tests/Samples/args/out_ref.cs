using System;
using System.Collections.Generic;

public static class Program
{
    static void Swap(ref int a, ref int b) { var t = a; a = b; b = t; }
    static bool Divide(int a, int b, out int q, out int r)
    {
        if (b == 0) { q = 0; r = 0; return false; }
        q = a / b; r = a % b; return true;
    }
    static void Bump(ref int x, int by = 1) => x += by;
    static void Fill(out string s) { s = "filled"; }
    static int counter;
    static void Twice(ref int v) { v++; v++; }

    public static void Main()
    {
        int x = 1, y = 2;
        Swap(ref x, ref y);
        Console.WriteLine(x + " " + y);
        if (Divide(17, 5, out var q, out var r)) Console.WriteLine(q + " rem " + r);
        Console.WriteLine(Divide(1, 0, out _, out int r2) + " " + r2);
        Bump(ref x); Bump(ref x, 10);
        Console.WriteLine(x);
        Fill(out string s);
        Console.WriteLine(s);
        int[] arr = { 5, 6 };
        Swap(ref arr[0], ref arr[1]);
        Console.WriteLine(arr[0] + "," + arr[1]);
        Twice(ref counter);
        Console.WriteLine(counter);
        var d = new Dictionary<string, int> { ["a"] = 1 };
        Console.WriteLine(d.TryGetValue("a", out var v1) + " " + v1);
        Console.WriteLine(d.TryGetValue("z", out var v2) + " " + v2);
        Console.WriteLine(int.TryParse("12", out var n) ? n * 2 : -1);
    }
}
