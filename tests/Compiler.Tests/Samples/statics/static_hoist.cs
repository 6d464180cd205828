using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

// Static members in every shape release printing could hoist out of their class (Print/StaticHoist.cs):
// field initialisers that call static methods (order), a static constructor (lazy), static properties
// with a getter and a setter, a static method calling another, one called through a derived class's
// name, a static hidden by `new`, method groups, async/iterator/generic statics, a reified generic's
// statics, statics of a class whose object escapes (object, typeof), an exception class's statics,
// an instance member with a static's name, and a class left with only static methods.

static class Log
{
    public static List<string> Lines = new();
    public static int Note(string what, int v) { Lines.Add(what + "=" + v); return v; }
}

class Counter
{
    public static int Start = Log.Note("Counter.Start", Seed() * 2);
    public static int Next = Log.Note("Counter.Next", Start + 1);
    static int Seed() => 20 + Twice(1);
    static int Twice(int x) => x * 2;
    public static int Bump() => ++Next;
    public static int Current { get => Next; set => Next = Checked(value); }
    static int Checked(int v) => v < 0 ? throw new ArgumentOutOfRangeException(nameof(v)) : v;
}

class Lazy
{
    public static readonly int Value;
    static Lazy() { Console.WriteLine("Lazy cctor"); Value = Make(); }
    static int Make() => 41 + One();
    static int One() => 1;
    public static int Read() => Value;
    public static string Hello(string who) => "hello " + who;
}

class Base
{
    public static string Kind() => "base";
    public static string Describe(int n) => Kind() + ":" + n;
    public virtual string Me() => "Base";
}

class Derived : Base
{
    public new static string Kind() => "derived";
    public override string Me() => "Derived/" + Describe(1);
}

class Leaf : Derived { }

// Only static methods: the class itself can go.
static class MathBits
{
    public static int Square(int x) => x * x;
    public static IEnumerable<int> Squares(int n) { for (int i = 1; i <= n; i++) yield return Square(i); }
    public static async Task<int> SquareLater(int x) { await Task.Yield(); return Square(x); }
    public static T First<T>(IEnumerable<T> xs) => xs.First();
    public static int Sum(params int[] xs) { var s = 0; foreach (var x in xs) s += x; return s; }
    public static int Apply(Func<int, int> f, int x) => f(x);
}

// An instance member with the same name as a static of another class.
class Shape
{
    readonly int side;
    public Shape(int side) { this.side = side; }
    public int Square() => side * side;
    public static Shape Unit() => new Shape(1);
}

class Cache<T>
{
    public static int Hits;
    public static string Name() => typeof(T).Name + ":" + (++Hits);
}

// Its object escapes (boxed to object, printed, typeof): its statics are still only called by name.
class Escapes
{
    public static int Made;
    public static Escapes Create() { Made++; return new Escapes(); }
    public static string Label() => "escapes#" + Made;
    public override string ToString() => Label();
}

class AppException : Exception
{
    public AppException(string m) : base(Prefix() + m) { }
    static string Prefix() => "app: ";
    public static AppException Of(int code) => new AppException("code " + code);
}

public static class Program
{
    static int calls;
    static int Counted(int x) { calls++; return x + 1; }

    public static async Task Main()
    {
        Console.WriteLine(Counter.Start + " " + Counter.Next + " " + Counter.Bump() + " " + Counter.Current);
        Console.WriteLine(string.Join(",", Log.Lines));
        Counter.Current = 100;
        Counter.Current += 5;
        Console.WriteLine(Counter.Current);
        try { Counter.Current = -1; } catch (ArgumentOutOfRangeException e) { Console.WriteLine("refused " + e.ParamName); }

        Console.WriteLine("before lazy");
        Console.WriteLine(Lazy.Hello("you"));
        Console.WriteLine(Lazy.Read());
        Console.WriteLine(Lazy.Value);

        Console.WriteLine(Base.Kind() + " " + Derived.Kind() + " " + Leaf.Kind() + " " + Leaf.Describe(2));
        Base b = new Leaf();
        Console.WriteLine(b.Me());

        Console.WriteLine(string.Join(" ", MathBits.Squares(4)));
        Console.WriteLine(await MathBits.SquareLater(9));
        Console.WriteLine(MathBits.First(new[] { "x", "y" }) + MathBits.Sum(1, 2, 3));
        Func<int, int> sq = MathBits.Square;
        Func<int, int> sq2 = MathBits.Square;
        Console.WriteLine(sq(7) + " " + MathBits.Apply(MathBits.Square, 5) + " " + MathBits.Apply(Counted, 5) + " " + calls);
        Console.WriteLine(string.Join(",", new[] { 3, 4 }.Select(MathBits.Square)));
        Console.WriteLine(sq.Equals(sq2));

        Console.WriteLine(new Shape(3).Square() + " " + Shape.Unit().Square() + " " + MathBits.Square(6));

        Console.WriteLine(Cache<int>.Name() + " " + Cache<string>.Name() + " " + Cache<int>.Name());

        object o = Escapes.Create();
        Console.WriteLine(o + " " + Escapes.Label() + " " + typeof(Escapes).Name + " " + o.GetType().Name);

        try { throw AppException.Of(7); }
        catch (AppException e) { Console.WriteLine(e.Message + " " + e.GetType().Name); }
        Console.WriteLine(nameof(MathBits.Square) + " " + nameof(Counter.Current));
    }
}
