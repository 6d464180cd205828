using System;

public static class Program
{
    static Func<int> MakeCounter(int start)
    {
        int n = start;
        return () => ++n;
    }

    static (Action inc, Func<int> get) MakePair()
    {
        int v = 0;
        return (() => v++, () => v);
    }

    public static void Main()
    {
        var c1 = MakeCounter(0);
        var c2 = MakeCounter(100);
        Console.WriteLine(c1() + " " + c1() + " " + c2() + " " + c1());
        var (inc, get) = MakePair();
        inc(); inc(); inc();
        Console.WriteLine(get());
        string prefix = "a";
        Func<string, string> f = s => prefix + s;
        prefix = "b";
        Console.WriteLine(f("!"));
        Func<int, Func<int>> outer = x => { int y = x * 2; return () => x + y; };
        Console.WriteLine(outer(5)());
    }
}
