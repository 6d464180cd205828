using System;

public static class Program
{
    static int[,] Multiply(int[,] a, int[,] b)
    {
        int n = a.GetLength(0), m = b.GetLength(1), k = a.GetLength(1);
        var r = new int[n, m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++)
                for (int x = 0; x < k; x++)
                    r[i, j] += a[i, x] * b[x, j];
        return r;
    }

    static void Print(int[,] m)
    {
        for (int i = 0; i < m.GetLength(0); i++)
        {
            for (int j = 0; j < m.GetLength(1); j++) Console.Write(m[i, j].ToString().PadLeft(4));
            Console.WriteLine();
        }
    }

    public static void Main()
    {
        var a = new int[,] { { 1, 2, 3 }, { 4, 5, 6 } };
        var b = new int[3, 2] { { 7, 8 }, { 9, 10 }, { 11, 12 } };
        Print(Multiply(a, b));
        Console.WriteLine(a.Length + " " + a.Rank + " " + a.GetLength(0) + "x" + a.GetLength(1) + " " + a.GetUpperBound(1));
        foreach (var x in a) Console.Write(x + ",");
        Console.WriteLine();
        var board = new char[3, 3];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) board[i, j] = '.';
        board[1, 1] = 'X'; board[0, 2] = 'O';
        for (int i = 0; i < 3; i++) Console.WriteLine(new string(new[] { board[i, 0], board[i, 1], board[i, 2] }));
        var cube = new double[2, 2, 2];
        cube[1, 0, 1] = 2.5;
        double sum = 0;
        foreach (var v in cube) sum += v;
        Console.WriteLine(sum + " " + cube.Length + " " + cube.Rank);
        try { Console.WriteLine(a[2, 0]); }
        catch (IndexOutOfRangeException) { Console.WriteLine("IndexOutOfRangeException"); }
        var strs = new string[2, 2];
        Console.WriteLine(strs[0, 1] == null);
    }
}
