using System;

class A
{
    public static int X = Log("A.X", 1);
    public static int Y = Log("A.Y", X + 1);
    static A() { Console.WriteLine("A cctor"); }
    static int Log(string n, int v) { Console.WriteLine("init " + n + "=" + v); return v; }
}

public static class Program
{
    static readonly string Greeting = "ready";
    public static void Main()
    {
        Console.WriteLine(Greeting);
        Console.WriteLine(A.Y);
        Console.WriteLine(A.X);
    }
}
