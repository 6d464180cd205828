using System;
using System.Collections.Generic;

struct Accumulator
{
    private int total;
    public int Total => total;
    public void Add(int x) => total += x;
}

class Wallet
{
    public Accumulator Field;
    public Accumulator Prop { get; set; }
    public readonly Accumulator Frozen;
}

public static class Program
{
    public static void Main()
    {
        var w = new Wallet();
        w.Field.Add(5);
        var p = w.Prop;
        p.Add(5);
        w.Prop = p;
        var tmp = w.Prop;
        tmp.Add(100);
        Console.WriteLine(w.Field.Total + " " + w.Prop.Total + " " + tmp.Total);
        w.Frozen.Add(7);
        Console.WriteLine(w.Frozen.Total);

        var items = new List<Accumulator> { new Accumulator(), new Accumulator() };
        for (int i = 0; i < items.Count; i++)
        {
            var it = items[i];
            it.Add(i + 1);
            items[i] = it;
        }
        foreach (var it in items) Console.Write(it.Total + " ");
        Console.WriteLine();

        var arr = new Accumulator[2];
        foreach (var it in arr) { var x = it; x.Add(50); }
        arr[1].Add(3);
        Console.WriteLine(arr[0].Total + " " + arr[1].Total);

        var copies = new Accumulator[] { arr[1], arr[1] };
        copies[0].Add(1);
        Console.WriteLine(copies[0].Total + " " + copies[1].Total + " " + arr[1].Total);

        (Accumulator, int) pair = (arr[1], 1);
        pair.Item1.Add(10);
        Console.WriteLine(pair.Item1.Total + " " + arr[1].Total);
    }
}
