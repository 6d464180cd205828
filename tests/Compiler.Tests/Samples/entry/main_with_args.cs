using System;

class Program
{
    static void Main(string[] args)
    {
        Console.WriteLine("args: " + args.Length);
        var name = args.Length > 0 ? args[0] : "world";
        Console.WriteLine($"Hello, {name}!");
        foreach (var a in args) Console.WriteLine(a);
    }
}
