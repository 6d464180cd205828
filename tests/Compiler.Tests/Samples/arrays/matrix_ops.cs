using System.Linq;
using System;
using System.Text;

public sealed class Matrix
{
    readonly double[,] cells;
    public int Rows => cells.GetLength(0);
    public int Cols => cells.GetLength(1);

    public Matrix(int rows, int cols) => cells = new double[rows, cols];
    public Matrix(double[,] source) => cells = (double[,])source.Clone();

    public double this[int r, int c] { get => cells[r, c]; set => cells[r, c] = value; }

    public static Matrix Identity(int n)
    {
        var m = new Matrix(n, n);
        for (int i = 0; i < n; i++) m[i, i] = 1;
        return m;
    }

    public static Matrix operator *(Matrix a, Matrix b)
    {
        if (a.Cols != b.Rows) throw new ArgumentException($"cannot multiply {a.Rows}x{a.Cols} by {b.Rows}x{b.Cols}");
        var r = new Matrix(a.Rows, b.Cols);
        for (int i = 0; i < a.Rows; i++)
            for (int j = 0; j < b.Cols; j++)
            {
                double s = 0;
                for (int k = 0; k < a.Cols; k++) s += a[i, k] * b[k, j];
                r[i, j] = s;
            }
        return r;
    }

    public Matrix Transpose()
    {
        var t = new Matrix(Cols, Rows);
        for (int i = 0; i < Rows; i++) for (int j = 0; j < Cols; j++) t[j, i] = this[i, j];
        return t;
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < Rows; i++)
        {
            for (int j = 0; j < Cols; j++) sb.Append(cells[i, j].ToString("0.##").PadLeft(7));
            sb.AppendLine();
        }
        return sb.ToString();
    }
}

public static class Program
{
    public static void Main()
    {
        var a = new Matrix(new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } });
        var b = new Matrix(new double[,] { { 0.5, -1, 2 }, { 1.5, 0, 0.25 } });
        Console.Write(a * b);
        Console.Write(a.Transpose());
        Console.Write((a * Matrix.Identity(2)).ToString());
        try { var bad = a * a; }
        catch (ArgumentException e) { Console.WriteLine(e.Message); }
        var grid = new int[3, 4];
        int n = 0;
        for (int i = 0; i <= grid.GetUpperBound(0); i++)
            for (int j = grid.GetLowerBound(1); j < grid.GetLength(1); j++)
                grid[i, j] = n++ * n;
        grid[1, 2] += 100;
        grid[2, 3]++;
        Console.WriteLine(string.Join(" ", grid.Cast<int>()) + " | " + grid.Length + " " + grid.Rank);
        int total = 0;
        foreach (int v in grid) total += v;
        Console.WriteLine(total);
        try { grid[0, 4] = 1; }
        catch (IndexOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { Console.WriteLine(grid.GetLength(2)); }
        catch (IndexOutOfRangeException) { Console.WriteLine("no dimension 2"); }
    }
}
