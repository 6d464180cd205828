using System;

struct Matrix2
{
    public double A, B, C, D;
    public int Reads;
    public Matrix2(double a, double b, double c, double d) { A = a; B = b; C = c; D = d; Reads = 0; }
    public double Determinant() { Reads++; return A * D - B * C; }
    public readonly double Trace() => A + D;
    public override string ToString() => $"[{A} {B}; {C} {D}] reads={Reads}";
}

readonly struct Interval
{
    public readonly int From;
    public readonly int To;
    public Interval(int from, int to) { From = Math.Min(from, to); To = Math.Max(from, to); }
    public int Length => To - From;
    public bool Overlaps(in Interval other) => From < other.To && other.From < To;
    public override string ToString() => $"[{From},{To})";
}

public static class Program
{
    static double Det(in Matrix2 m) => m.Determinant();
    static double Trace(in Matrix2 m) => m.Trace();
    static double Sum(ref readonly Matrix2 m) { m.Determinant(); return m.A + m.B + m.C + m.D; }
    static void Scale(ref Matrix2 m, double k) { m.A *= k; m.B *= k; m.C *= k; m.D *= k; m.Determinant(); }
    static int Longest(in Interval a, in Interval b) => Math.Max(a.Length, b.Length);

    static Matrix2 shared = new Matrix2(1, 2, 3, 4);
    static double ReadShared(in Matrix2 m)
    {
        var before = m.A;
        shared.A = 10;
        return before * 100 + m.A;
    }

    public static void Main()
    {
        var m = new Matrix2(2, 1, 1, 3);
        Console.WriteLine($"det {Det(m)} trace {Trace(in m)} sum {Sum(in m)}");
        Console.WriteLine(m);
        m.Determinant();
        Console.WriteLine(m);
        Scale(ref m, 2);
        Console.WriteLine(m);

        Console.WriteLine(ReadShared(in shared));
        Console.WriteLine(shared);

        var a = new Interval(5, 1);
        var b = new Interval(3, 9);
        var c = new Interval(9, 12);
        Console.WriteLine($"{a} {b} {c}");
        Console.WriteLine($"{a.Overlaps(b)} {b.Overlaps(c)} {a.Overlaps(in c)}");
        Console.WriteLine(Longest(a, c));
        Console.WriteLine(Longest(new Interval(0, 100), b));
    }
}
