using System;

class Plain { }

class Named
{
    public int Id;
    public Named(int id) { Id = id; }
    public override string ToString() => "Named#" + Id;
    public override bool Equals(object? obj) => obj is Named n && n.Id == Id;
    public override int GetHashCode() => Id;
}

public static class Program
{
    public static void Main()
    {
        var a = new Named(1);
        var b = new Named(1);
        var c = new Named(2);
        Console.WriteLine(a);
        Console.WriteLine($"{a} and {c}");
        Console.WriteLine(a.Equals(b) + " " + a.Equals(c) + " " + (a == b));
        Console.WriteLine(ReferenceEquals(a, a) + " " + ReferenceEquals(a, b));
        Console.WriteLine(object.Equals(null, null));
        Console.WriteLine(new Plain().ToString());
        Console.WriteLine(a.GetType().Name);
        Console.WriteLine(nameof(Named) + "." + nameof(a.Id));
    }
}
