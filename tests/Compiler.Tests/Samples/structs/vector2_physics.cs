using System;
using System.Collections.Generic;
using System.Linq;

public struct Vector2 : IEquatable<Vector2>
{
    public float X;
    public float Y;

    public Vector2(float x, float y) { X = x; Y = y; }

    public static readonly Vector2 Zero = new Vector2(0, 0);
    public static readonly Vector2 UnitY = new Vector2(0, 1);

    public float Length => MathF.Sqrt(X * X + Y * Y);
    public Vector2 Normalized => Length == 0 ? Zero : this / Length;

    public static Vector2 operator +(Vector2 a, Vector2 b) => new Vector2(a.X + b.X, a.Y + b.Y);
    public static Vector2 operator -(Vector2 a, Vector2 b) => new Vector2(a.X - b.X, a.Y - b.Y);
    public static Vector2 operator -(Vector2 v) => new Vector2(-v.X, -v.Y);
    public static Vector2 operator *(Vector2 v, float k) => new Vector2(v.X * k, v.Y * k);
    public static Vector2 operator *(float k, Vector2 v) => v * k;
    public static Vector2 operator /(Vector2 v, float k) => new Vector2(v.X / k, v.Y / k);
    public static bool operator ==(Vector2 a, Vector2 b) => a.Equals(b);
    public static bool operator !=(Vector2 a, Vector2 b) => !a.Equals(b);
    public static implicit operator Vector2((float x, float y) t) => new Vector2(t.x, t.y);

    public static float Dot(Vector2 a, Vector2 b) => a.X * b.X + a.Y * b.Y;

    public bool Equals(Vector2 other) => X == other.X && Y == other.Y;
    public override bool Equals(object? obj) => obj is Vector2 v && Equals(v);
    public override int GetHashCode() => HashCode.Combine(X, Y);
    public override string ToString() => $"<{X:0.##}, {Y:0.##}>";
}

public struct Particle
{
    public Vector2 Position;
    public Vector2 Velocity;
    public int Bounces;

    public void Step(float dt, Vector2 gravity)
    {
        Velocity += gravity * dt;
        Position += Velocity * dt;
        if (Position.Y < 0)
        {
            Position.Y = -Position.Y;
            Velocity.Y = -Velocity.Y * 0.5f;
            Bounces++;
        }
    }
}

public static class Program
{
    public static void Main()
    {
        Vector2 a = (3f, 4f);
        var b = new Vector2(1, -2);
        Console.WriteLine($"{a} + {b} = {a + b}");
        Console.WriteLine($"{a} - {b} = {a - b}, -a = {-a}");
        Console.WriteLine($"2*a = {2 * a}, a*0.5 = {a * 0.5f}");
        Console.WriteLine($"|a| = {a.Length}, unit = {a.Normalized}, dot = {Vector2.Dot(a, b)}");
        Console.WriteLine(a == new Vector2(3, 4));
        Console.WriteLine(a != b);
        Console.WriteLine(Vector2.Zero.Normalized);

        var particles = new Particle[3];
        for (int i = 0; i < particles.Length; i++)
        {
            particles[i].Position = new Vector2(i, 10);
            particles[i].Velocity = (1f, 0f);
        }
        var gravity = -9.8f * Vector2.UnitY;
        for (int step = 0; step < 20; step++)
            for (int i = 0; i < particles.Length; i++)
                particles[i].Step(0.1f, gravity);
        foreach (var p in particles)
            Console.WriteLine($"pos {p.Position} vel {p.Velocity} bounces {p.Bounces}");

        var path = new List<Vector2> { Vector2.Zero };
        var pos = Vector2.Zero;
        foreach (var move in new Vector2[] { (1f, 0f), (0f, 2f), (-3f, 1f) })
        {
            pos += move;
            path.Add(pos);
        }
        Console.WriteLine(string.Join(" -> ", path));
        var total = path.Zip(path.Skip(1), (p, q) => (q - p).Length).Sum();
        Console.WriteLine($"distance {total:F3}");
        Console.WriteLine(path.Distinct().Count() + " distinct, contains (1,2): " + path.Contains((1f, 2f)));
        var sum = path.Aggregate(Vector2.Zero, (acc, v) => acc + v);
        Console.WriteLine($"centroid {sum / path.Count}");
    }
}
