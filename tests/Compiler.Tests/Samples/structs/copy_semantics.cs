using System;
using System.Collections.Generic;

struct Counter
{
    public int Value;
    public string Label;
    public void Increment() => Value++;
    public override string ToString() => $"{Label}:{Value}";
}

class Holder { public Counter C; }

public static class Program
{
    static void Bump(Counter c) { c.Increment(); Console.WriteLine("inside " + c); }
    static void BumpRef(ref Counter c) => c.Increment();
    static Counter Make(string label) => new Counter { Label = label, Value = 10 };
    static Counter Twice(Counter c) { c.Value *= 2; return c; }

    public static void Main()
    {
        var a = new Counter { Label = "a" };
        var b = a;
        b.Increment();
        b.Label = "b";
        Console.WriteLine(a + " " + b);

        Bump(a);
        Console.WriteLine("after Bump " + a);
        BumpRef(ref a);
        Console.WriteLine("after BumpRef " + a);

        var m = Make("m");
        var t = Twice(m);
        Console.WriteLine(m + " " + t);

        var arr = new Counter[3];
        arr[0].Label = "x";
        arr[0].Increment();
        var copy = arr[0];
        copy.Increment();
        Console.WriteLine(arr[0] + " " + copy + " [" + arr[1].Label + "]" + arr[2].Value);

        var list = new List<Counter> { a, b };
        var item = list[0];
        item.Increment();
        Console.WriteLine(list[0] + " " + item);
        list[1] = item;
        item.Value = 99;
        Console.WriteLine(list[1]);

        var h = new Holder();
        h.C.Increment();
        h.C.Label = "held";
        var h2 = h.C;
        h2.Increment();
        Console.WriteLine(h.C + " " + h2);

        Counter[] arr2 = (Counter[])arr.Clone();
        arr2[0].Value = 500;
        Console.WriteLine(arr[0].Value + " " + arr2[0].Value);
    }
}
