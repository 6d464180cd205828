using System;
using System.Collections.Generic;
using System.Linq;

[Flags] public enum Perm { None = 0, Read = 1, Write = 2, Exec = 4 }
public enum Weekday { Mon = 1, Tue, Wed, Thu, Fri }

public static class Program
{
    static void Show(object o) => Console.WriteLine("show: " + o);
    static string Join<T>(IEnumerable<T> xs) => string.Join("/", xs);

    public static void Main()
    {
        Show(Weekday.Wed);
        Show(Perm.Read | Perm.Exec);
        Show((Weekday)9);
        var days = new List<Weekday> { Weekday.Fri, Weekday.Mon };
        Console.WriteLine(string.Join(", ", days));
        Console.WriteLine(Join(days));
        Console.WriteLine(Join(new[] { Perm.Write, Perm.None, Perm.Read | Perm.Write }));
        Console.WriteLine(string.Join(" ", Enum.GetValues<Weekday>().Where(d => d > Weekday.Tue)));
        object[] mixed = { Weekday.Thu, Perm.Exec, 3 };
        Console.WriteLine(string.Format("{0} {1} {2}", mixed));
        Console.WriteLine($"{mixed[0]} {(object)Weekday.Tue}");
        var byDay = days.ToDictionary(d => d, d => d.ToString().Length);
        foreach (var kv in byDay) Console.WriteLine(kv);
        Console.WriteLine(days.Select(d => (object)d).First());
        Weekday? maybe = Weekday.Tue;
        object boxed = maybe;
        Console.WriteLine(boxed);
    }
}
