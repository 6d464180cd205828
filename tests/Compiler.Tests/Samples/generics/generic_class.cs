using System;
using System.Collections.Generic;

class Box<T>
{
    public T Value { get; }
    public Box(T value) { Value = value; }
    public Box<U> Map<U>(Func<T, U> f) => new Box<U>(f(Value));
    public override string ToString() => "Box(" + Value + ")";
}

class Pair<A, B>
{
    public A First; public B Second;
    public Pair(A a, B b) { First = a; Second = b; }
    public Pair<B, A> Swap() => new Pair<B, A>(Second, First);
    public override string ToString() => $"<{First}, {Second}>";
}

class Stack2<T> where T : class
{
    private readonly List<T> items = new List<T>();
    public void Push(T x) => items.Add(x);
    public T? Pop() { if (items.Count == 0) return null; var x = items[^1]; items.RemoveAt(items.Count - 1); return x; }
}

public static class Program
{
    public static void Main()
    {
        var b = new Box<int>(20).Map(x => x + 1).Map(x => "n" + x);
        Console.WriteLine(b);
        var p = new Pair<string, double>("pi", 3.14);
        Console.WriteLine(p + " " + p.Swap());
        var s = new Stack2<string>();
        s.Push("a"); s.Push("b");
        Console.WriteLine(s.Pop() + s.Pop() + (s.Pop() ?? "-"));
    }
}
