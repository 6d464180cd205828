using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        var fromFor = new List<Func<int>>();
        for (int i = 0; i < 3; i++) fromFor.Add(() => i);
        foreach (var f in fromFor) Console.Write(f() + " ");
        Console.WriteLine("<- for shares one variable");

        var fromForeach = new List<Func<int>>();
        foreach (var i in new[] { 0, 1, 2 }) fromForeach.Add(() => i);
        foreach (var f in fromForeach) Console.Write(f() + " ");
        Console.WriteLine("<- foreach is fresh per iteration");

        var fromCopy = new List<Func<int>>();
        for (int i = 0; i < 3; i++) { int copy = i; fromCopy.Add(() => copy); }
        foreach (var f in fromCopy) Console.Write(f() + " ");
        Console.WriteLine("<- copy inside for");

        var whileActs = new List<Action>();
        int k = 0;
        while (k < 3) { int local = k * 10; whileActs.Add(() => Console.Write(local + " ")); k++; }
        foreach (var a in whileActs) a();
        Console.WriteLine();

        int shared = 0;
        var incs = new List<Action> { () => shared++, () => shared += 10 };
        foreach (var a in incs) a();
        foreach (var a in incs) a();
        Console.WriteLine("shared " + shared);
    }
}
