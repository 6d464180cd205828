using System;

public static class Program
{
    public static void Main()
    {
        Console.WriteLine("Hello, world!");
        Console.WriteLine(42);
        Console.WriteLine(true);
        Console.WriteLine('c');
        Console.WriteLine(1.5);
        Console.WriteLine((string?)null);
        Console.WriteLine();
        Console.Write("no newline ");
        Console.WriteLine("then newline");
    }
}
