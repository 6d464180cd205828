using System;
using System.Collections;
using System.Collections.Generic;

public static class Program
{
    static void Dump(IEnumerable items)
    {
        foreach (var item in items) Console.Write(item.GetType().Name + ":" + item + " ");
        Console.WriteLine();
    }

    public static void Main()
    {
        Dump(new List<int> { 1, 2 });
        Dump(new[] { 1.5, 2.0 });
        Dump(new List<long> { 3, 4 });
        Dump(new byte[] { 7 });
        Dump(new List<string> { "s" });
        Dump(new List<decimal> { 1.0m });
        Dump(new[] { 'a', 'b' });
        Dump(new List<bool> { true });
        Dump(new[] { DayOfWeek.Monday });
        Dump("hi");
        IEnumerable<object> objs = new List<object> { 1, 2.0, "x", 3L };
        foreach (var o in objs) Console.Write(o.GetType().Name + " ");
        Console.WriteLine();
        object o1 = 42;
        object o2 = 42.0;
        Console.WriteLine(o1.GetType().Name + " " + o2.GetType().Name + " " + o1.Equals(o2));
    }
}
