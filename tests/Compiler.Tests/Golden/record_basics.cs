using System;
using System.Collections.Generic;

record Person(string Name, int Age);
record Tagged(string Id, List<string> Tags);

public static class Program
{
    public static void Main()
    {
        var a = new Person("Ann", 30);
        var b = new Person("Ann", 30);
        var c = a with { Age = 31 };
        Console.WriteLine(a);
        Console.WriteLine(c);
        Console.WriteLine(a == b);
        Console.WriteLine(a.Equals(b));
        Console.WriteLine(a == c);
        Console.WriteLine(a != c);
        Console.WriteLine(ReferenceEquals(a, b));
        var (name, age) = c;
        Console.WriteLine(name + " is " + age);
        Console.WriteLine(a.Name + " " + c.Age);
        var t = new Tagged("x", new List<string> { "a" });
        Console.WriteLine(t.Id + " " + t.Tags.Count);
        Person? nothing = null;
        Console.WriteLine(nothing == null);
        Console.WriteLine(a == nothing);
        Console.WriteLine(a.GetHashCode() == b.GetHashCode());
    }
}
