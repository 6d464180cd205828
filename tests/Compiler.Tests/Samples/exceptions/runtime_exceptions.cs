using System;
using System.Collections.Generic;

class Animal { }
class Dog : Animal { }
class Cat : Animal { }

public static class Program
{
    static void Try(string label, Action a)
    {
        try { a(); Console.WriteLine(label + ": ok"); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name); }
    }

    public static void Main()
    {
        var d = new Dictionary<string, int>();
        Try("missing key", () => { var _ = d["k"]; });
        Try("null deref", () => { string? s = null; var _ = s!.Length; });
        Try("bad cast", () => { Animal a = new Dog(); var c = (Cat)a; });
        Try("as cast", () => { Animal a = new Dog(); var c = a as Cat; Console.WriteLine(c == null); });
        Try("list index", () => { var l = new List<int>(); var _ = l[1]; });
        Try("array index", () => { var a = new int[2]; a[2] = 1; });
        Try("parse", () => int.Parse("x1"));
        Try("div zero", () => { int z = 0; var _ = 5 / z; });
        Try("double div zero", () => { double z = 0; Console.WriteLine(5 / z); });
        Try("first empty", () => { var _ = new List<int>().Find(x => x > 0); });
        Try("unbox null", () => { object? o = null; var s = (string?)o; Console.WriteLine(s == null); });
    }
}
