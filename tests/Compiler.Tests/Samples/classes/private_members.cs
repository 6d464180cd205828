using System;
using System.Collections.Generic;

// Private members beside public ones of the same name, through delegates, events, nested
// classes, statics, inheritance and ToString overloads: release printing shortens private names,
// so every one of these must still find its member.
class Counter
{
    private int count;
    private static int instances;
    private readonly List<string> log = new List<string>();
    private string Label { get; set; } = "counter";
    private int Doubled => count * 2;

    public Counter(string label) { Label = label; instances++; }

    public static int Instances => instances;

    public void Add(int n)
    {
        count += n;
        Record("add " + n);
    }

    private void Record(string what) => log.Add(what);

    public Func<int> Reader() => Current;
    private int Current() => count;

    public IEnumerable<string> History() => log;

    // An overload, not object.ToString(): string conversion must still use the override.
    private string ToString(int width) => Label.PadLeft(width);
    public string Padded(int width) => ToString(width);
    public override string ToString() => Label + "=" + count + " (doubled " + Doubled + ")";
}

class Totals
{
    // Public members named like Counter's private ones.
    public int count;
    public string Label = "totals";
    public int Current() => count + 100;
}

class Base
{
    private int secret = 1;
    protected int Secret => secret;
    public virtual string Describe() => "base " + secret;
}

class Derived : Base
{
    private int secret = 2;
    public override string Describe() => base.Describe() + ", derived " + secret + ", base via property " + Secret;
}

class Outer
{
    private int hidden = 7;
    private static string Tag() => "outer";

    public class Inner
    {
        public int Peek(Outer o) => o.hidden + Tag().Length;
    }
}

class Alarm
{
    private event Action<string>? rang;
    private int rings;
    public void Listen(Action<string> a) => rang += a;
    public void Ring() { rings++; rang?.Invoke("ring " + rings); }
}

static class Program
{
    static void Main()
    {
        var c = new Counter("apples");
        c.Add(3);
        c.Add(4);
        Func<int> read = c.Reader();
        c.Add(1);
        Console.WriteLine(read());
        Console.WriteLine(c);
        Console.WriteLine("[" + c.Padded(10) + "]");
        Console.WriteLine(string.Join(", ", c.History()));
        new Counter("pears");
        Console.WriteLine(Counter.Instances);

        var t = new Totals { count = 5 };
        Console.WriteLine(t.Label + " " + t.count + " " + t.Current());

        Console.WriteLine(new Derived().Describe());
        Console.WriteLine(new Outer.Inner().Peek(new Outer()));

        var a = new Alarm();
        a.Listen(s => Console.WriteLine(s));
        a.Ring();
        a.Ring();
    }
}
