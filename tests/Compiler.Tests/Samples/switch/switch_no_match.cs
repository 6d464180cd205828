using System;

public static class Program
{
    static string Name(int n) => n switch { 1 => "one", 2 => "two" };

    public static void Main()
    {
        Console.WriteLine(Name(1));
        try { Console.WriteLine(Name(3)); }
        catch (InvalidOperationException e) { Console.WriteLine("no arm: " + e.GetType().Name); }
        string s = "b";
        switch (s)
        {
            case "a": Console.WriteLine("A"); break;
        }
        Console.WriteLine("done");
    }
}
