using System;

public abstract class Shape
{
    public string Name { get; }
    protected Shape(string name) { Name = name; }
    public abstract double Area();
    public virtual string Describe() => $"{Name} with area {Area():F2}";
}

public class Circle : Shape
{
    private readonly double r;
    public Circle(double r) : base("circle") { this.r = r; }
    public override double Area() => Math.PI * r * r;
}

public class Rect : Shape
{
    protected readonly double W, H;
    public Rect(double w, double h) : this("rect", w, h) { }
    protected Rect(string name, double w, double h) : base(name) { W = w; H = h; }
    public override double Area() => W * H;
    public override string Describe() => base.Describe() + $" ({W}x{H})";
}

public sealed class Square : Rect
{
    public Square(double s) : base("square", s, s) { }
    public override string Describe() => "[" + base.Describe() + "]";
}

public static class Program
{
    public static void Main()
    {
        Shape[] shapes = { new Circle(1), new Rect(2, 3), new Square(4) };
        foreach (var s in shapes) Console.WriteLine(s.Describe());
        Shape sq = shapes[2];
        Console.WriteLine(sq is Rect);
        Console.WriteLine(sq is Circle);
        Console.WriteLine((sq as Rect)?.Name);
        Console.WriteLine((shapes[0] as Rect) == null);
    }
}
