using System;

// Classes whose constructor does nothing get JavaScript's default one: no base, an empty explicit
// constructor, unused parameters (their arguments are still evaluated), derived classes of such a class,
// statics, type names, and classes whose constructor does work beside them.
public class Empty { public int Twice(int x) => x * 2; }
public class Explicit { public Explicit() { } public string Name => "explicit"; }
public class Unused { public Unused(int a, string b) { } public override string ToString() => "unused"; }
public class Derived : Explicit { }
public class DerivedArgs : Unused { public DerivedArgs() : base(Program.Arg(1), "b") { } }
public class Fields { public int N; public string S = "s"; }
public class Counted { public static int Made; public Counted() { Made++; } }
public class WithStatic { public static readonly string Tag = "tag"; public WithStatic() { } }

public static class Program
{
    public static int Arg(int x) { Console.WriteLine("arg " + x); return x; }

    public static void Main()
    {
        Console.WriteLine(new Empty().Twice(21));
        Console.WriteLine(new Explicit().Name + " " + new Derived().Name);
        Console.WriteLine(new Unused(Arg(7), "x").ToString() + " " + new DerivedArgs());
        var f = new Fields();
        Console.WriteLine(f.N + f.S);
        new Counted(); new Counted();
        Console.WriteLine(Counted.Made + " " + WithStatic.Tag + " " + (new WithStatic() != null));
        object o = new Derived();
        Console.WriteLine(o.GetType().Name + " " + (o is Explicit) + " " + new Empty().GetType().Name);
    }
}
