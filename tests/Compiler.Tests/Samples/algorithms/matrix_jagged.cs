using System;

public static class Program
{
    static double[][] Mul(double[][] a, double[][] b)
    {
        int n = a.Length, m = b[0].Length, k = b.Length;
        var r = new double[n][];
        for (int i = 0; i < n; i++)
        {
            r[i] = new double[m];
            for (int j = 0; j < m; j++)
            {
                double s = 0;
                for (int t = 0; t < k; t++) s += a[i][t] * b[t][j];
                r[i][j] = s;
            }
        }
        return r;
    }

    static void Print(double[][] m)
    {
        foreach (var row in m) Console.WriteLine(string.Join(" ", Array.ConvertAll(row, x => x.ToString("F1").PadLeft(6))));
    }

    public static void Main()
    {
        var a = new[] { new[] { 1.0, 2 }, new[] { 3.0, 4 }, new[] { 5.0, 6 } };
        var b = new[] { new[] { 0.5, -1, 2 }, new[] { 1.5, 0, 1 } };
        Print(Mul(a, b));
        var id = new double[2][];
        for (int i = 0; i < 2; i++) { id[i] = new double[2]; id[i][i] = 1; }
        Print(Mul(b.Length == 2 ? id : id, b));
    }
}
