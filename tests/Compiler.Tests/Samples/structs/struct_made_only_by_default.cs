using System;
using System.Collections.Generic;

// Each struct below is only ever made by `default` or zero-initialisation, and nothing names one of
// its members directly: its values exist all the same, and print through ToString.

struct ByDefaultExpr { public int X; public override string ToString() => "ByDefaultExpr" + X; }
struct ByLiteral { public int X; public override string ToString() => "ByLiteral" + X; }
struct ArrayElement { public int X; public override string ToString() => "ArrayElement" + X; }
struct OptionalArg { public int X; public override string ToString() => "OptionalArg" + X; }
struct GenericDefault { public int X; public override string ToString() => "GenericDefault" + X; }
struct UnassignedField { public int X; public override string ToString() => "UnassignedField" + X; }
struct AutoPropValue { public int X; public override string ToString() => "AutoPropValue" + X; }
struct StaticFieldValue { public int X; public override string ToString() => "StaticFieldValue" + X; }
struct OutLocal { public int X; public override string ToString() => "OutLocal" + X; }
struct LibraryDefault { public int X; public override string ToString() => "LibraryDefault" + X; }
struct BoxedArg { public int X; public override string ToString() => "BoxedArg" + X; }
struct Inner { public int X; public override string ToString() => "Inner" + X; }
struct Outer { public Inner In; public string? Name; public override string ToString() => "Outer(" + In + "," + (Name ?? "null") + ")"; }
struct Pair<T> { public T First; public override string ToString() => "Pair(" + First + ")"; }
struct NeverUsed { public int X; public override string ToString() => "NeverUsed" + X; }
record struct Reading(int Value, string? Unit);

class Holder
{
    public UnassignedField Field;
    public AutoPropValue Prop { get; set; }
    public override string ToString() => "Holder[" + Field + "|" + Prop + "]";
}

static class Statics
{
    public static StaticFieldValue Zero;
    public static int Count = 2;
}

class Box<T>
{
    public T Value = default!;
}

public static class Program
{
    static void ShowOptional(OptionalArg a = default) => Console.WriteLine(a);

    static void ShowDefault<T>() => Console.WriteLine(default(T));

    static T MakeDefault<T>() => default!;

    static bool TryFind(bool found, out OutLocal value)
    {
        value = default;
        return found;
    }

    public static void Main()
    {
        Console.WriteLine(default(ByDefaultExpr));
        ByLiteral lit = default;
        Console.WriteLine(lit);
        object boxed = lit;
        Console.WriteLine(boxed is ByLiteral);

        var arr = new ArrayElement[3];
        Console.WriteLine(arr.Length + " " + arr[1]);
        Console.WriteLine(string.Join(",", arr));

        ShowOptional();
        ShowDefault<GenericDefault>();
        Console.WriteLine(MakeDefault<Pair<int>>());
        Console.WriteLine(MakeDefault<Pair<string>>());
        Console.WriteLine(new Box<BoxedArg>().Value);

        Console.WriteLine(new Holder());
        Console.WriteLine(Statics.Count);
        Console.WriteLine(Statics.Zero);

        Console.WriteLine(TryFind(false, out var o) + " " + o);

        var table = new Dictionary<string, LibraryDefault>();
        table.TryGetValue("missing", out var ld);
        Console.WriteLine(ld);
        Console.WriteLine(table.GetValueOrDefault("absent"));

        Console.WriteLine(default(Outer));
        Console.WriteLine(default(Reading));
        Console.WriteLine(default(Reading) == new Reading(0, null));

        NeverUsed unused;
        Console.WriteLine("done");
    }
}
