using System;
using System.Collections.Generic;
using System.Linq;

public struct Vec
{
    public double X, Y;
    public Vec(double x, double y) { X = x; Y = y; }
    public static Vec operator +(Vec a, Vec b) => new(a.X + b.X, a.Y + b.Y);
    public static Vec operator *(Vec a, double k) => new(a.X * k, a.Y * k);
    public readonly double Length => Math.Sqrt(X * X + Y * Y);
    public override readonly string ToString() => $"({X:0.##}, {Y:0.##})";
}

public struct Particle
{
    public int Id;
    public Vec Pos, Vel;
    public bool Alive;
    public void Step(double dt) { Pos += Vel * dt; if (Pos.Y < 0) { Pos.Y = 0; Vel.Y = -Vel.Y * 0.5; } }
}

public static class Program
{
    public static void Main()
    {
        var list = new List<Particle>();
        for (int i = 0; i < 4; i++) list.Add(new Particle { Id = i, Pos = new Vec(i, 10 - i * 3), Vel = new Vec(1, -4 - i), Alive = true });
        var copy = list[0];
        copy.Step(1);
        Console.WriteLine($"copy {copy.Pos} list {list[0].Pos}");
        for (int i = 0; i < list.Count; i++) { var p = list[i]; p.Step(1.5); list[i] = p; }
        Console.WriteLine(string.Join(" ", list.Select(p => p.Pos)));
        var arr = list.ToArray();
        arr[1].Alive = false;
        arr[2].Step(2);
        Console.WriteLine($"{list[1].Alive} {arr[1].Alive} {list[2].Pos} {arr[2].Pos}");
        Console.WriteLine(arr.Count(p => p.Alive) + " " + arr.Max(p => p.Pos.Length).ToString("0.000"));
        var byId = arr.ToDictionary(p => p.Id);
        var q = byId[3];
        q.Vel = default;
        Console.WriteLine($"{byId[3].Vel} {q.Vel} {default(Vec)} {new Particle().Alive}");
    }
}
