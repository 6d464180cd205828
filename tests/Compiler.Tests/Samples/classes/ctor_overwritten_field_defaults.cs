using System;
using System.Collections.Generic;

// A constructor's own stores make the field's default store redundant only when nothing can read the
// field in between: a setter, a lambda, a getter of an argument that holds the object, or code
// after a failed store all see the default (0, null, false).
class Plain
{
    int a; string b; bool c; List<int> d;
    public Plain(int a, string b) { this.a = a; this.b = b; c = a > 1; d = new List<int> { a }; }
    public override string ToString() => a + " " + b + " " + c + " " + d.Count;
}

class WithSetter
{
    int seen;
    int P { set { Console.WriteLine("setter sees " + seen + " then " + value); } }
    public WithSetter(int x) { P = x; seen = x; }
}

class Early
{
    readonly Func<string> probe;
    string text;
    public Early(string t) { probe = () => text ?? "null"; Console.WriteLine("lambda sees " + probe()); text = t; Console.WriteLine("lambda sees " + probe()); }
}

class Holder { public Handed Item; public int Peek => Item == null ? -1 : Item.n; }

class Handed
{
    public int n;
    public Handed(Holder h, int k) { h.Item = this; Console.WriteLine("getter sees " + h.Peek); n = k + h.Peek; }
}

class Thrower
{
    public static Thrower Last;
    int kept;
    public Thrower(int k) { Last = this; kept = Check(k); }
    static int Check(int k) => k < 0 ? throw new ArgumentException("negative") : k;
    public int Kept => kept;
}

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(new Plain(2, "two"));
        new WithSetter(7);
        new Early("late");
        var h = new Holder();
        Console.WriteLine(new Handed(h, 5).n);
        try { new Thrower(-1); } catch (ArgumentException e) { Console.WriteLine(e.Message + " " + Thrower.Last.Kept); }
    }
}
