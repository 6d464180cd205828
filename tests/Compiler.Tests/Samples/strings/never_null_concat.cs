using System;
using System.Collections.Generic;
using System.Text;

// String operands of a concatenation print without `?? ""` only where they can never be null: literals,
// concatenations, interpolations, conditionals of such arms, string methods, value types' ToString, sealed
// source methods whose returns all are, and locals whose every write is. Everything else must still print
// a null as "" (a class's ToString returning null, a virtual method, a local set to null in a lambda, by
// out, by deconstruction, a foreach variable, a field, a parameter).
public class Named
{
    public string? Name;
    public override string? ToString() => Name;
}

public class Base
{
    public virtual string Label() => "base";
    public string Fixed() => "fixed";
    public string Maybe(bool b) { if (b) return "yes"; return null!; }
    public string Arrow => "arrow";
    public string Auto { get; set; } = "auto";
    public string Computed { get { return Auto; } }
}

public class Derived : Base
{
    public override string Label() => null!;
}

public sealed class Leaf : Base
{
    public override string Label() => "leaf";
}

public class Bag : System.Collections.IEnumerable
{
    readonly List<string> items = new();
    public void Add(string s) { items.Add("<" + s + ">"); }
    public void Put(string s) { items.Add("(" + s + ")"); }
    public System.Collections.IEnumerator GetEnumerator() => items.GetEnumerator();
}

public static class Program
{
    // Parameters: never null only when every call passes a never-null string and the body never stores null.
    static string AlwaysLit(string s) => "[" + s + "]";
    static string SometimesNull(string s) => "[" + s + "]";
    static string Defaulted(string s = null!) => "[" + s + "]";
    static string DefaultedLit(string s = "d") => "[" + s + "]";
    static string AsGroup(string s) => "[" + s + "]";
    static string Cleared(string s) { if (s.Length > 1) s = null!; return "[" + s + "]"; }
    static string Recur(string s, int n) => n == 0 ? "[" + s + "]" : Recur(s, n - 1);
    static string Named(string a, string b) => "[" + a + "|" + b + "]";

    static string Rec(int n) => n <= 0 ? "end" : "r" + Rec(n - 1);
    static string Loop(int n) => n <= 0 ? null! : Loop(n - 1);
    static string ViaLocal(bool b) { var s = "a"; if (b) s = null!; return s; }
    static void Out(out string s) { s = null!; }
    static void Ref(ref string s) { s = null!; }
    static (string, string) Pair() => ("p", null!);

    public static void Main()
    {
        int n = 3;
        string lit = "lit";
        string cat = lit + n;
        cat += null;
        string interp = $"{n}";
        string cond = n > 2 ? "big" : "small";
        string condNull = n > 5 ? "big" : null!;
        string sw = n switch { 1 => "one", 3 => "three", _ => "many" };
        string swNull = n switch { 1 => "one", _ => null! };
        string coal = condNull ?? "fallback";
        string sub = lit.Substring(1) + lit.Trim() + lit.Replace("l", null) + string.Join(",", new[] { "a", null, "b" });
        Console.WriteLine("[" + lit + "|" + cat + "|" + interp + "|" + cond + "|" + condNull + "|" + sw + "|" + swNull + "|" + coal + "|" + sub + "]");
        Console.WriteLine("[" + nameof(lit) + "|" + n.ToString() + "|" + 2.5.ToString() + "|" + new StringBuilder("sb").ToString() + "|" + DayOfWeek.Monday.ToString() + "]");

        // A class's ToString may return null; so may a virtual method (through the base type, or a derived class).
        object o = new Named();
        Console.WriteLine("[" + new Named().ToString() + "|" + o.ToString() + "|" + new Named { Name = "nm" }.ToString() + "]");
        Base b = new Derived();
        Console.WriteLine("[" + b.Label() + "|" + new Base().Label() + "|" + new Leaf().Label() + "|" + b.Fixed() + "|" + b.Maybe(false) + "|" + b.Maybe(true) + "]");
        Console.WriteLine("[" + b.Arrow + "|" + b.Computed + "|" + Rec(2) + "|" + Loop(2) + "|" + ViaLocal(true) + "|" + ViaLocal(false) + "]");
        b.Auto = null!;
        Console.WriteLine("[" + b.Auto + "|" + b.Computed + "]");

        // Locals: every write counts, wherever it is.
        string inLambda = "x";
        Action clear = () => inLambda = null!;
        Console.WriteLine("[" + inLambda + "]");
        clear();
        Console.WriteLine("[" + inLambda + "]");
        string inLocalFn = "y";
        void Clear() { inLocalFn = null!; }
        Clear();
        Console.WriteLine("[" + inLocalFn + "]");
        string byOut = "z";
        Out(out byOut);
        string byRef = "w";
        Ref(ref byRef);
        Console.WriteLine("[" + byOut + "|" + byRef + "]");
        string d1 = "d1", d2 = "d2";
        (d1, d2) = Pair();
        var (e1, e2) = Pair();
        Console.WriteLine("[" + d1 + "|" + d2 + "|" + e1 + "|" + e2 + "]");
        string later;
        later = n > 1 ? "later" : "never";
        string reassigned = "r";
        reassigned = condNull;
        string compound = null!;
        compound += "c";
        string coalAssign = null!;
        coalAssign ??= "ca";
        string coalAssignNull = null!;
        coalAssignNull ??= condNull;
        string self = "s";
        self = self + self;
        string cycleA = "a", cycleB = "b";
        cycleA = cycleB; cycleB = cycleA;
        Console.WriteLine("[" + later + "|" + reassigned + "|" + compound + "|" + coalAssign + "|" + coalAssignNull + "|" + self + "|" + cycleA + cycleB + "]");
        foreach (var item in new List<string> { "i", null! })
            Console.WriteLine("[" + item + "]");
        string? fromDict = new Dictionary<string, string>().TryGetValue("k", out var got) ? got : null;
        Console.WriteLine("[" + fromDict + "|" + got + "]");
        object boxed = "boxed";
        if (boxed is string pat) Console.WriteLine("[" + pat + "]");
        Func<string, string> group = AsGroup;
        Console.WriteLine(AlwaysLit("a") + AlwaysLit("b" + n) + SometimesNull("x") + SometimesNull(null!) + Defaulted() + Defaulted("e") + DefaultedLit() + group(null!));
        Console.WriteLine(Cleared("a") + Cleared("ab") + Recur("r", 2) + Named(b: "b", a: "a") + Named(b: null!, a: "x"));
        var bag = new Bag { "one", null! };
        bag.Put("p"); bag.Put(null!);
        foreach (var item in bag) Console.Write(item);
        Base? nb = n > 0 ? new Base() : null;
        Console.WriteLine("|" + nb?.Maybe(true));
        Console.WriteLine("[" + (lit.Length > 0 ? " " + lit : "") + "|" + (condNull?.Length > 0 ? condNull : "") + "]");
    }
}
