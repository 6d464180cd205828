using System;
using System.Collections.Generic;

class Animal { public string Name = "?"; }
class Dog : Animal { public bool Good = true; }
class Cat : Animal { public int Lives = 9; }

public static class Program
{
    static string Describe(object? o)
    {
        if (o is null) return "null";
        if (o is string { Length: 0 }) return "empty string";
        if (o is string s) return "string " + s;
        if (o is Dog { Good: true } d) return "good dog " + d.Name;
        if (o is Cat c && c.Lives > 5) return "lively cat " + c.Name;
        if (o is Animal a) return "animal " + a.Name;
        if (o is List<int> l) return "list of " + l.Count;
        return "other";
    }

    public static void Main()
    {
        object?[] xs = { null, "", "hi", new Dog { Name = "Rex" }, new Dog { Name = "Bad", Good = false }, new Cat { Name = "Tom" }, new Cat { Name = "Old", Lives = 1 }, new List<int> { 1, 2 }, new object() };
        foreach (var x in xs) Console.WriteLine(Describe(x));
        object o = "text";
        if (o is not string) Console.WriteLine("not string");
        else Console.WriteLine("is string");
        Animal an = new Cat();
        var lives = an is Cat { Lives: var lv } ? lv : -1;
        Console.WriteLine(lives);
    }
}
