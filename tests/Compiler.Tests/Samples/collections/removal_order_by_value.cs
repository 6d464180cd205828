using System;
using System.Collections.Generic;
using System.Linq;

// Keys compared by value keep .NET's slot order: a removed slot is reused by the next insertion.
public record Session(string Tab, int Pc);

public static class Program
{
    public static void Main()
    {
        var live = new Dictionary<Session, string>();
        for (int i = 1; i <= 4; i++) live[new Session("t" + i, i)] = "up";
        live.Remove(new Session("t2", 2));
        live.Remove(new Session("t3", 3));
        live[new Session("t5", 5)] = "new";
        live[new Session("t6", 6)] = "newer";
        live[new Session("t7", 7)] = "newest";
        Console.WriteLine(string.Join(" ", live.Keys.Select(k => k.Tab)));

        var set = new HashSet<(int, int)>();
        for (int i = 0; i < 5; i++) set.Add((i, i * i));
        set.Remove((1, 1));
        set.RemoveWhere(p => p.Item1 == 3);
        set.Add((9, 81));
        set.Add((8, 64));
        Console.WriteLine(string.Join(" ", set));
        set.Clear();
        set.Add((7, 49));
        Console.WriteLine(string.Join(" ", set) + " " + set.Count);
    }
}
