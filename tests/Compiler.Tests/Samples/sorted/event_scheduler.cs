using System;
using System.Collections.Generic;
using System.Linq;

public enum Kind { Timer, Network, Ui }

public sealed class Scheduler
{
    readonly PriorityQueue<Action, (long Due, int Seq)> queue = new();
    readonly SortedDictionary<long, List<string>> log = new();
    long now;
    int seq;

    public void At(long due, string name, Kind kind)
    {
        queue.Enqueue(() => Record(name, kind), (due, seq++));
    }

    void Record(string name, Kind kind)
    {
        if (!log.TryGetValue(now, out var list)) log[now] = list = new List<string>();
        list.Add($"{name}/{kind}");
    }

    public int RunUntil(long end)
    {
        int ran = 0;
        while (queue.TryPeek(out var action, out var when) && when.Due <= end)
        {
            queue.Dequeue();
            now = when.Due;
            action();
            ran++;
        }
        now = end;
        return ran;
    }

    public IEnumerable<string> Log => log.Select(kv => kv.Key + ": " + string.Join(", ", kv.Value));
    public int Pending => queue.Count;
}

public static class Program
{
    public static void Main()
    {
        var s = new Scheduler();
        s.At(30, "retry", Kind.Network);
        s.At(10, "tick", Kind.Timer);
        s.At(10, "paint", Kind.Ui);
        s.At(50, "flush", Kind.Network);
        s.At(20, "tick", Kind.Timer);
        s.At(10, "input", Kind.Ui);
        Console.WriteLine("ran " + s.RunUntil(25) + ", pending " + s.Pending);
        s.At(26, "late", Kind.Timer);
        Console.WriteLine("ran " + s.RunUntil(100) + ", pending " + s.Pending);
        foreach (var line in s.Log) Console.WriteLine(line);

        var history = new LinkedList<string>();
        foreach (var page in new[] { "home", "search", "item", "cart" }) history.AddLast(page);
        var cursor = history.Last!;
        cursor = cursor.Previous!.Previous!;
        Console.WriteLine("back to " + cursor.Value);
        while (cursor.Next != null) history.Remove(cursor.Next);
        history.AddLast("help");
        Console.WriteLine(string.Join(" > ", history) + " (" + history.Count + ")");
        Console.WriteLine(history.Contains("cart") + " " + history.Contains("help") + " " + history.Select(p => p.Length).Max());
    }
}
