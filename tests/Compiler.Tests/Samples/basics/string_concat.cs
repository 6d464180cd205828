using System;

public static class Program
{
    public static void Main()
    {
        string s = "a" + 1 + 2;
        Console.WriteLine(s);
        Console.WriteLine(1 + 2 + "a");
        Console.WriteLine("x" + 'y' + 'z');
        Console.WriteLine('y' + 'z');
        Console.WriteLine("b" + true + null + 2.5);
        object o = 7;
        Console.WriteLine("o=" + o);
        string? n = null;
        Console.WriteLine("[" + n + "]");
        Console.WriteLine(string.Concat("p", "q", "r"));
        Console.WriteLine("long " + 1234567890123L);
        Console.WriteLine("neg " + -5 + " " + (-0.5));
    }
}
