using System;

struct Matrix2
{
    public double A, B, C, D;
    public Matrix2(double a, double b, double c, double d) { A = a; B = b; C = c; D = d; }
    public static Matrix2 Identity => new Matrix2(1, 0, 0, 1);
    public override string ToString() => $"[{A} {B}; {C} {D}]";
}

static class MatrixOps
{
    public static Matrix2 Multiply(in Matrix2 x, in Matrix2 y) =>
        new Matrix2(x.A * y.A + x.B * y.C, x.A * y.B + x.B * y.D, x.C * y.A + x.D * y.C, x.C * y.B + x.D * y.D);

    public static void Scale(ref Matrix2 m, double k) { m.A *= k; m.B *= k; m.C *= k; m.D *= k; }

    public static void Reset(ref Matrix2 m) => m = Matrix2.Identity;

    public static bool TryInvert(in Matrix2 m, out Matrix2 inverse)
    {
        var det = m.A * m.D - m.B * m.C;
        if (det == 0) { inverse = default; return false; }
        inverse = new Matrix2(m.D / det, -m.B / det, -m.C / det, m.A / det);
        return true;
    }

    public static double Trace(Matrix2 m) { m.A += 1000; return m.A - 1000 + m.D; }
}

public static class Program
{
    public static void Main()
    {
        var m = new Matrix2(2, 1, 1, 1);
        var id = Matrix2.Identity;
        Console.WriteLine(MatrixOps.Multiply(m, id));
        var sq = MatrixOps.Multiply(m, m);
        Console.WriteLine(sq);
        MatrixOps.Scale(ref sq, 0.5);
        Console.WriteLine(sq);
        if (MatrixOps.TryInvert(m, out var inv)) Console.WriteLine("inverse " + inv + " check " + MatrixOps.Multiply(m, inv));
        Console.WriteLine(MatrixOps.TryInvert(new Matrix2(1, 2, 2, 4), out var none) + " " + none);
        Console.WriteLine(MatrixOps.Trace(m) + " " + m);
        var copy = m;
        MatrixOps.Reset(ref copy);
        Console.WriteLine(m + " " + copy);
        var arr = new[] { m, m };
        MatrixOps.Scale(ref arr[1], 3);
        Console.WriteLine(arr[0] + " " + arr[1]);
    }
}
