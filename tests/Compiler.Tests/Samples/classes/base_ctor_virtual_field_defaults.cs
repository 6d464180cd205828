using System;

struct Point
{
    public int X;
    public int Y;
    public override string ToString() => "(" + X + "," + Y + ")";
}

class Base
{
    public Base() { Show("base ctor"); }
    public virtual void Show(string where) => Console.WriteLine(where + ": base");
}

class Derived : Base
{
    int n;
    string s;
    bool f;
    long big;
    Point p;
    double d;
    char c;
    public int Count { get; set; }

    public Derived() { n = 7; s = "set"; big = 1L << 40; p.X = 3; Count = 2; Show("derived ctor"); }

    public override void Show(string where) =>
        Console.WriteLine($"{where}: n={n} s-null={s == null} f={f} big={big + 1} p={p} d={d} c={(int)c} count={Count}");
}

class Middle : Base
{
    protected int m;
    protected string label;
    public Middle(int m) { this.m = m; label = "middle"; }
    public override void Show(string where) => Console.WriteLine($"{where}: m={m} label-null={label == null}");
}

class Leaf : Middle
{
    long total;
    bool seen;
    string name;
    Point at;
    public Leaf() : base(5) { total = 9; seen = true; name = "leaf"; at.Y = 4; Show("leaf ctor"); }
    public override void Show(string where)
    {
        base.Show(where);
        Console.WriteLine($"{where}: total={total * 2} seen={seen} name-null={name == null} at={at}");
    }
}

class TwoCtors : Base
{
    int k;
    string t;
    public TwoCtors() { k = 1; }
    public TwoCtors(string t) { this.t = t; }
    public override void Show(string where) => Console.WriteLine($"{where}: k={k} t-null={t == null}");
}

public static class Program
{
    public static void Main()
    {
        var d = new Derived();
        d.Show("after");
        var l = new Leaf();
        l.Show("after");
        new TwoCtors().Show("after");
        new TwoCtors("x").Show("after");
    }
}
