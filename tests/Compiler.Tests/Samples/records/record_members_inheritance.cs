using System;

record Shape(string Name)
{
    public virtual double Area => 0;
    public string Describe() => $"{Name}:{Area:F1}";
}

record Circle(double R) : Shape("circle")
{
    public override double Area => Math.PI * R * R;
}

record Square(double Side) : Shape("square")
{
    public override double Area => Side * Side;
    public Square Grow(double by) => this with { Side = Side + by };
}

record Nominal
{
    public string Key { get; init; } = "";
    public int Count { get; init; }
    public string? Note { get; init; }
}

public static class Program
{
    public static void Main()
    {
        Shape[] shapes = { new Circle(1), new Square(2) };
        foreach (var s in shapes) Console.WriteLine(s.Describe());
        Console.WriteLine(shapes[0]);
        Console.WriteLine(shapes[1]);
        var sq = new Square(2).Grow(1.5);
        Console.WriteLine(sq + " " + sq.Area);
        Console.WriteLine(new Square(3) == new Square(3));
        Console.WriteLine((Shape)new Square(3) == new Circle(3));
        var n = new Nominal { Key = "k", Count = 2 };
        Console.WriteLine(n);
        Console.WriteLine(n with { Note = "hi" });
        Console.WriteLine(n == new Nominal { Key = "k", Count = 2 });
    }
}
