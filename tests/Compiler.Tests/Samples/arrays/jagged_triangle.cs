using System;
using System.Linq;

public static class Program
{
    static long[][] Pascal(int rows)
    {
        var t = new long[rows][];
        for (int i = 0; i < rows; i++)
        {
            t[i] = new long[i + 1];
            t[i][0] = t[i][i] = 1;
            for (int j = 1; j < i; j++) t[i][j] = t[i - 1][j - 1] + t[i - 1][j];
        }
        return t;
    }

    public static void Main()
    {
        var p = Pascal(8);
        foreach (var row in p) Console.WriteLine(new string(' ', (8 - row.Length) * 2) + string.Join(" ", row.Select(v => v.ToString().PadLeft(3))));
        Console.WriteLine(p.Sum(r => r.Length) + " " + p[7].Max() + " " + p.Length + " " + p[3].Rank);
        int[][] ragged = { new[] { 3, 1 }, new int[0], new[] { 9, 8, 7 } };
        Array.Sort(ragged, (a, b) => a.Length.CompareTo(b.Length));
        Console.WriteLine(string.Join(" / ", ragged.Select(r => "[" + string.Join(",", r) + "]")));
        var flat = ragged.SelectMany(r => r).ToArray();
        Array.Reverse(flat, 1, 3);
        Console.WriteLine(string.Join(",", flat));
        Array.Resize(ref flat, 7);
        Console.WriteLine(string.Join(",", flat) + " " + flat.Length);
        Array.Resize(ref flat, 2);
        Console.WriteLine(string.Join(",", flat));
        int[]? none = null;
        Array.Resize(ref none, 3);
        Console.WriteLine(none.Length + " " + none[2]);
        try { Array.Reverse(flat, 1, 5); }
        catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        var seats = new char[3][];
        for (int r = 0; r < seats.Length; r++) seats[r] = Enumerable.Repeat('.', 4 + r).ToArray();
        seats[1][2] = 'X';
        Console.WriteLine(string.Join("|", seats.Select(s => new string(s))));
        try { seats[0][4] = 'Y'; } catch (IndexOutOfRangeException) { Console.WriteLine("row 0 has 4 seats"); }
    }
}
