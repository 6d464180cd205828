using System;
using System.Collections.Generic;

public enum Level { Debug, Info, Warn, Error }
[Flags] public enum Opt { None = 0, Fast = 1, Safe = 2, Quiet = 4 }

public static class Program
{
    static string Describe(object o) => "[" + o + "]";

    public static void Main()
    {
        object a = Level.Warn;
        object b = Opt.Fast | Opt.Quiet;
        Console.WriteLine(a);
        Console.WriteLine(b.ToString());
        Console.WriteLine(Describe(Level.Error) + Describe((Level)9) + Describe(Opt.None));
        var row = new List<object> { Level.Info, 3, "x", Opt.Safe };
        foreach (var item in row) Console.Write(item + ";");
        Console.WriteLine();
        Console.WriteLine(a.Equals(Level.Warn) + " " + a.Equals(2) + " " + a.Equals((object)Level.Warn));
        Console.WriteLine(a.GetHashCode() + " " + (a is Level) + " " + (a is int));
        Level back = (Level)a;
        Console.WriteLine(back + 1);
    }
}
