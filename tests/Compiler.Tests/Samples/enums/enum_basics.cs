using System;

enum Color { Red, Green = 5, Blue }
enum Level : int { Low = -1, Mid = 0, High = 1 }

public static class Program
{
    public static void Main()
    {
        Color c = Color.Blue;
        Console.WriteLine(c);
        Console.WriteLine((int)c);
        Console.WriteLine(c.ToString() + " " + Color.Red);
        Console.WriteLine((Color)5);
        Console.WriteLine((Color)42);
        Console.WriteLine($"{c} {Level.Low} {(int)Level.Low}");
        Console.WriteLine(c == Color.Blue);
        Console.WriteLine(c > Color.Green);
        Console.WriteLine(Enum.Parse<Color>("Green"));
        Console.WriteLine(Enum.TryParse<Color>("Purple", out var p) + " " + p);
        Console.WriteLine(Enum.TryParse("red", true, out Color r) + " " + r);
        Console.WriteLine(Enum.IsDefined((Color)6) + " " + Enum.IsDefined((Color)7));
        Color next = c + 1;
        Console.WriteLine(next);
        Console.WriteLine(default(Color));
        foreach (var v in Enum.GetValues<Color>()) Console.Write(v + "=" + (int)v + " ");
        Console.WriteLine();
        Console.WriteLine(string.Join(",", Enum.GetNames<Level>()));
        try { Enum.Parse<Color>("Nope"); }
        catch (ArgumentException) { Console.WriteLine("parse failed"); }
    }
}
