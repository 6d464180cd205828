using System;
using System.Collections.Generic;

public interface IHandler { string Handle(string input); }
public sealed class Upper : IHandler { public string Handle(string input) => input.ToUpper(); }
public sealed class Reverse : IHandler
{
    public string Handle(string input) { var a = input.ToCharArray(); Array.Reverse(a); return new string(a); }
}

// A service registry keyed by type name, the way a small DI container is written.
public sealed class Registry
{
    private readonly Dictionary<string, Func<object>> factories = new();
    public void Register<T>() where T : new() => factories[typeof(T).Name] = () => new T();
    public T Resolve<T>(string name) where T : class => factories.TryGetValue(name, out var f) ? (f() as T)! : null!;
    public bool Has<T>() => factories.ContainsKey(typeof(T).Name);
    public IEnumerable<string> Names => factories.Keys;
}

public static class Program
{
    public static void Main()
    {
        var r = new Registry();
        r.Register<Upper>();
        r.Register<Reverse>();
        Console.WriteLine(string.Join(",", r.Names));
        Console.WriteLine(r.Resolve<IHandler>("Upper").Handle("abc") + " " + r.Resolve<IHandler>("Reverse").Handle("abc"));
        Console.WriteLine(r.Has<Upper>() + " " + r.Has<string>());
        Console.WriteLine(typeof(int).Name + " " + typeof(string).FullName + " " + typeof(List<string>).Name + " " + typeof(Upper).Name);
        Console.WriteLine(typeof(int) == typeof(int));
        Console.WriteLine(typeof(int) == typeof(long));
        Console.WriteLine(r.Resolve<Upper>("missing") == null);
    }
}
