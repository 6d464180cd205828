using System;
using System.Collections.Generic;

interface IGreeter { string Greet(string name); }
interface INamed { string Name { get; } }
interface IRepo<T> { void Add(T item); int Count { get; } T Get(int i); }

class Polite : IGreeter, INamed
{
    public string Name => "polite";
    public string Greet(string name) => "Good day, " + name;
}

class Casual : IGreeter
{
    public string Greet(string name) => "hey " + name;
}

class ListRepo<T> : IRepo<T>
{
    private readonly List<T> items = new List<T>();
    public void Add(T item) => items.Add(item);
    public int Count => items.Count;
    public T Get(int i) => items[i];
}

public static class Program
{
    public static void Main()
    {
        var gs = new List<IGreeter> { new Polite(), new Casual() };
        foreach (var g in gs)
        {
            Console.WriteLine(g.Greet("Ann"));
            Console.WriteLine(g is INamed);
            if (g is INamed n) Console.WriteLine("named " + n.Name);
            var asNamed = g as INamed;
            Console.WriteLine(asNamed == null ? "not named" : asNamed.Name);
        }
        IRepo<string> repo = new ListRepo<string>();
        repo.Add("x"); repo.Add("y");
        Console.WriteLine(repo.Count + " " + repo.Get(1));
        object o = repo;
        Console.WriteLine(o is IRepo<string>);
        Console.WriteLine(o is IGreeter);
    }
}
