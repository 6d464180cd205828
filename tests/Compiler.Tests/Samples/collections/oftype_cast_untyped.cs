using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var bag = new ArrayList { 1, "two", 3, 4.5, null, 'c', 6L, "seven", 8 };
        var ints = bag.OfType<int>().ToList();
        Console.WriteLine(string.Join(",", ints) + " sum=" + ints.Sum());
        Console.WriteLine(string.Join(",", bag.OfType<string>()));
        Console.WriteLine(string.Join(",", bag.OfType<double>()));
        Console.WriteLine(string.Join(",", bag.OfType<long>()));
        Console.WriteLine(string.Join(",", bag.OfType<char>()));
        Console.WriteLine(bag.OfType<object>().Count());
        object[] objs = { "a", "b", 3 };
        try
        {
            foreach (var s in objs.Cast<string>()) Console.WriteLine("got " + s);
        }
        catch (InvalidCastException ex) { Console.WriteLine("InvalidCastException: " + ex.Message); }
        IEnumerable untyped = new List<int> { 5, 6 };
        Console.WriteLine(untyped.Cast<int>().Sum());
        try { Console.WriteLine(untyped.Cast<long>().Sum()); }
        catch (InvalidCastException) { Console.WriteLine("int is not long"); }
        var strings = new ArrayList { "x", "y" }.Cast<string>().Select(s => s.ToUpper());
        Console.WriteLine(string.Join("", strings));
        var count = 0;
        foreach (var o in (IEnumerable)new[] { 1, 2, 3 }) count += (int)o;
        Console.WriteLine(count);
        var table = new Hashtable { ["a"] = 1, ["b"] = 2 };
        var total = 0;
        foreach (DictionaryEntry de in table) total += (int)de.Value!;
        Console.WriteLine(total);
        object boxed = new List<object> { 1, "x", 2.0 };
        if (boxed is IEnumerable seq) Console.WriteLine(seq.OfType<int>().Count() + " " + seq.OfType<double>().Count());
    }
}
