using System;
using System.Collections.Generic;
using System.Linq;

// A fixed-size ring of recent samples indexed with ^n through Count + this[int], plus ranges on strings.
sealed class Recent
{
    private readonly double[] items;
    private int start, count;
    public Recent(int capacity) { items = new double[capacity]; }
    public int Count => count;
    public double this[int i]
    {
        get
        {
            if ((uint)i >= (uint)count) throw new ArgumentOutOfRangeException(nameof(i));
            return items[(start + i) % items.Length];
        }
    }
    public void Add(double v)
    {
        if (count < items.Length) items[(start + count++) % items.Length] = v;
        else { items[start] = v; start = (start + 1) % items.Length; }
    }
}

public static class Program
{
    public static void Main()
    {
        var r = new Recent(3);
        foreach (var v in new[] { 10.5, 11, 12.25, 13, 9.75 }) r.Add(v);
        Console.WriteLine($"latest {r[^1]} previous {r[^2]} oldest {r[^r.Count]}");
        Index back = ^2;
        Console.WriteLine($"{r[back]} {back} {back.IsFromEnd} {back.Value} {back.GetOffset(r.Count)}");
        Index front = 1;
        Console.WriteLine($"{r[front]} {front} {front.IsFromEnd}");
        try { Console.WriteLine(r[^4]); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("out of range: " + e.ParamName); }

        var id = "RTCInboundRTPVideoStream_2345";
        int sep = id.IndexOf('_');
        Console.WriteLine($"{id[..sep]} / {id[(sep + 1)..]} / {id[^4..]} / {id[3..^(id.Length - sep)]} / {id[^1]}");
        Range tail = ^3..;
        Range head = ..3;
        var codes = new[] { 200, 204, 301, 404, 500, 503 };
        Console.WriteLine(string.Join(",", codes[tail]) + " | " + string.Join(",", codes[head]) + " | " + id[head]);
        Console.WriteLine($"{tail.Start} {tail.End} {head.End.Value}");
        var list = codes.ToList();
        Console.WriteLine(string.Join(",", list[1..^1]) + " last " + list[^1]);
        Console.WriteLine(string.Join(",", codes.Take(2..4)) + " " + string.Join(",", codes.Take(^2..)) + " " + string.Join(",", codes.Take(..^5)) + "|" + string.Join(",", codes.Take(10..)));
    }
}
