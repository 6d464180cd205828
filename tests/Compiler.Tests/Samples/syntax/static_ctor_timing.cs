using System;

static class Log { public static void Write(string s) => Console.WriteLine("  [" + s + "]"); }

class Lazy1
{
    public static readonly string Value = Init();
    static string Init() { Log.Write("Lazy1 field init"); return "v1"; }
    static Lazy1() { Log.Write("Lazy1 static ctor"); }
    public static void Touch() => Log.Write("Lazy1.Touch");
}

class Broken
{
    public static readonly int Value = Compute();
    static int Compute() { Log.Write("Broken init"); throw new InvalidOperationException("config missing"); }
    public static int Get() => Value;
}

class WithInstance
{
    static WithInstance() { Log.Write("WithInstance cctor"); }
    public WithInstance() { Log.Write("WithInstance ctor"); }
}

public static class Program
{
    public static void Main()
    {
        Console.WriteLine("main start");
        Lazy1.Touch();
        Console.WriteLine("value " + Lazy1.Value);
        Console.WriteLine("before new");
        new WithInstance();
        new WithInstance();
        try { Console.WriteLine(Broken.Get()); }
        catch (TypeInitializationException e) { Console.WriteLine("TypeInitializationException: " + e.InnerException!.Message); }
        try { Console.WriteLine(Broken.Get()); }
        catch (TypeInitializationException e) { Console.WriteLine("again: " + e.InnerException!.GetType().Name); }
        Console.WriteLine("main end");
    }
}
