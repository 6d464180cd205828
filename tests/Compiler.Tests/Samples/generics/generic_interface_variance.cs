using System;
using System.Collections.Generic;

interface ISource<out T> { T Next(); }
interface ISink<in T> { void Put(T x); }

class Counter : ISource<int>
{
    private int n;
    public int Next() => ++n;
}

class Printer : ISink<object>
{
    public void Put(object x) => Console.WriteLine("put " + x);
}

class Animal { public virtual string Name => "animal"; }
class Cat : Animal { public override string Name => "cat"; }

public static class Program
{
    static void Feed(ISink<string> sink) { sink.Put("text"); }
    static void Show(IEnumerable<Animal> xs) { foreach (var x in xs) Console.WriteLine(x.Name); }

    public static void Main()
    {
        ISource<int> src = new Counter();
        Console.WriteLine(src.Next() + src.Next());
        Feed(new Printer());
        List<Cat> cats = new List<Cat> { new Cat(), new Cat() };
        Show(cats);
        IReadOnlyList<Animal> ro = cats;
        Console.WriteLine(ro.Count + " " + ro[0].Name);
    }
}
