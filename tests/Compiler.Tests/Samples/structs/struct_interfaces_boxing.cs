using System;
using System.Collections.Generic;

interface ITicker { int Ticks { get; } void Tick(); }

struct Clock : ITicker
{
    public int Ticks { get; private set; }
    public void Tick() => Ticks++;
}

struct Temp : IComparable<Temp>
{
    public int Value;
    public Temp(int v) { Value = v; }
    public int CompareTo(Temp other) => Value.CompareTo(other.Value);
    public override string ToString() => Value + "deg";
}

public static class Program
{
    static void TickTwice(ITicker t) { t.Tick(); t.Tick(); }
    static void TickTwiceGeneric<T>(T t) where T : ITicker { t.Tick(); t.Tick(); Console.WriteLine("generic sees " + t.Ticks); }
    static void TickRef<T>(ref T t) where T : ITicker { t.Tick(); }

    public static void Main()
    {
        var c = new Clock();
        TickTwice(c);
        Console.WriteLine(c.Ticks);
        ITicker boxed = c;
        TickTwice(boxed);
        Console.WriteLine(boxed.Ticks + " " + c.Ticks);
        TickTwiceGeneric(c);
        Console.WriteLine(c.Ticks);
        TickRef(ref c);
        Console.WriteLine(c.Ticks);
        object o = c;
        c.Tick();
        Console.WriteLine(((Clock)o).Ticks + " " + c.Ticks);
        var unboxed = (Clock)o;
        unboxed.Tick();
        Console.WriteLine(((Clock)o).Ticks);

        var temps = new List<Temp> { new Temp(30), new Temp(10), new Temp(20) };
        temps.Sort();
        Console.WriteLine(string.Join(" ", temps));
        var max = temps[0];
        foreach (var t in temps) if (t.CompareTo(max) > 0) max = t;
        Console.WriteLine(max);
    }
}
