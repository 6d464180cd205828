using System;
using System.Collections.Generic;

sealed class MinHeap<T>
{
    private readonly List<(T Item, double Priority, long Seq)> data = new List<(T, double, long)>();
    private long seq;
    public int Count => data.Count;

    private bool Less(int a, int b) => data[a].Priority < data[b].Priority || data[a].Priority == data[b].Priority && data[a].Seq < data[b].Seq;

    public void Push(T item, double priority)
    {
        data.Add((item, priority, seq++));
        int i = data.Count - 1;
        while (i > 0)
        {
            int p = (i - 1) / 2;
            if (!Less(i, p)) break;
            (data[i], data[p]) = (data[p], data[i]);
            i = p;
        }
    }

    public T Pop()
    {
        if (data.Count == 0) throw new InvalidOperationException("heap is empty");
        var top = data[0].Item;
        data[0] = data[^1];
        data.RemoveAt(data.Count - 1);
        int i = 0;
        while (true)
        {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < data.Count && Less(l, m)) m = l;
            if (r < data.Count && Less(r, m)) m = r;
            if (m == i) break;
            (data[i], data[m]) = (data[m], data[i]);
            i = m;
        }
        return top;
    }
}

public static class Program
{
    public static void Main()
    {
        var h = new MinHeap<string>();
        var jobs = new (string, double)[] { ("flush", 5), ("stats", 1), ("ping", 3), ("stats2", 1), ("gc", 10), ("alarm", 0.5) };
        foreach (var (n, p) in jobs) h.Push(n, p);
        while (h.Count > 0) Console.Write(h.Pop() + " ");
        Console.WriteLine();
        try { h.Pop(); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
    }
}
