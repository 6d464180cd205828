using System;
using System.Collections.Generic;

sealed class Window
{
    private readonly Queue<double> values = new Queue<double>();
    private readonly int size;
    private double sum;
    public Window(int size) { this.size = size; }
    public double Add(double v)
    {
        values.Enqueue(v);
        sum += v;
        if (values.Count > size) sum -= values.Dequeue();
        return sum / values.Count;
    }
}

sealed class Ewma
{
    private readonly double alpha;
    private double? value;
    public Ewma(double alpha) { this.alpha = alpha; }
    public double Add(double v) => (value = value is double old ? alpha * v + (1 - alpha) * old : v).Value;
}

public static class Program
{
    public static void Main()
    {
        var w = new Window(3);
        var e = new Ewma(0.3);
        double[] rtts = { 40, 42, 100, 41, 39, 250, 38, 40 };
        foreach (var r in rtts)
            Console.WriteLine($"{r,5} avg3={w.Add(r),8:F2} ewma={e.Add(r),8:F3}");
    }
}
