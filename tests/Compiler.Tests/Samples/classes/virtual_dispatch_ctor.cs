using System;

class Base
{
    public Base() { Console.WriteLine("Base ctor, Kind=" + Kind()); }
    public virtual string Kind() => "base";
    public void Show() => Console.WriteLine("Show: " + Kind());
}

class Derived : Base
{
    private string tag = "init";
    public Derived() { Console.WriteLine("Derived ctor, tag=" + tag); tag = "set"; }
    public override string Kind() => "derived(" + (tag ?? "null") + ")";
}

class Hider : Base
{
    public new string Kind() => "hider";
}

public static class Program
{
    public static void Main()
    {
        var d = new Derived();
        d.Show();
        var h = new Hider();
        h.Show();
        Console.WriteLine(h.Kind());
        Base b = h;
        Console.WriteLine(b.Kind());
    }
}
