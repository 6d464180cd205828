using System;
using System.Collections.Generic;

public enum Status { Active, Suspended, Closed }

public static class Program
{
    static string Classify(object? o)
    {
        if (o is null) return "null";
        if (o is int i) return $"int {i}";
        if (o is long l) return $"long {l}";
        if (o is double d) return $"double {d}";
        if (o is float f) return $"float {f}";
        if (o is bool b) return $"bool {b}";
        if (o is char c) return $"char {c}";
        if (o is Status s) return $"status {s}";
        if (o is string str) return $"string \"{str}\"";
        return "other " + o;
    }

    public static void Main()
    {
        var values = new List<object?> { 5, 5L, 5.0, 2.5f, true, 'x', Status.Suspended, "five", null, (byte)7, (short)-3, 1.5m };
        foreach (var v in values) Console.WriteLine(Classify(v));
        object o = 3;
        Console.WriteLine(o is int);
        Console.WriteLine(o is double);
        Console.WriteLine(o is long);
        Console.WriteLine(o is IComparable);
        Console.WriteLine(o is ValueType);
        object e = Status.Closed;
        Console.WriteLine(e is Enum);
        Console.WriteLine(e is int);
        Console.WriteLine((int)(Status)e);
        int? maybe = null;
        object? boxedNull = maybe;
        Console.WriteLine(boxedNull == null);
        maybe = 9;
        object boxedNine = maybe;
        Console.WriteLine(boxedNine is int);
        Console.WriteLine(boxedNine is int n ? n + 1 : -1);
    }
}
