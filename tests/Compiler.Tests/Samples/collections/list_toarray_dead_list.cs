using System;
using System.Collections.Generic;
using System.Linq;

// List.ToArray() of a local list that nothing else sees and nothing uses afterwards may hand the list itself
// over; wherever the copy is observable it must stay a copy: the list used after the call, kept by a lambda
// or a deferred LINQ query, stored in a field, passed to a method, reassigned from another list, the call in
// a loop or a lambda that runs it twice, a foreach source before it. Each result is then mutated.
public class Keeper { public List<int>? Kept; }

public static class Program
{
    static List<int> shared = new() { 1, 2 };
    static int[] Fresh() { var l = new List<int>(); l.Add(1); l.Add(2); return l.ToArray(); }
    static int[] Sorted(int[] xs) { var l = new List<int>(xs); l.Sort((a, b) => b.CompareTo(a)); l.RemoveAt(0); return l.ToArray(); }
    static int[] Stored(Keeper k) { var l = new List<int> { 5 }; k.Kept = l; return l.ToArray(); }
    static int[] Passed(List<List<int>> into) { var l = new List<int> { 6 }; into.Add(l); return l.ToArray(); }
    static int[] Aliased() { var l = new List<int>(); l = shared; return l.ToArray(); }
    static string Show(IEnumerable<int> xs) => "[" + string.Join(",", xs) + "]";

    public static void Main()
    {
        var a = Fresh(); a[0] = 10;
        Console.WriteLine(Show(a) + Show(Fresh()));
        var s = Sorted(new[] { 3, 1, 2 }); s[0] = 0;
        Console.WriteLine(Show(s));

        var keeper = new Keeper();
        var st = Stored(keeper); st[0] = 50;
        Console.WriteLine(Show(st) + Show(keeper.Kept!));
        var lists = new List<List<int>>();
        var p = Passed(lists); p[0] = 60;
        Console.WriteLine(Show(p) + Show(lists[0]));
        var al = Aliased(); al[0] = 70;
        Console.WriteLine(Show(al) + Show(shared));

        // used after the call
        var after = new List<int> { 1 };
        var arr = after.ToArray(); arr[0] = 9;
        Console.WriteLine(Show(arr) + Show(after) + after.Count);

        // a deferred query over the list, made before the call
        var src = new List<int> { 1, 2 };
        var doubled = src.Select(x => x * 2);
        var snap = src.ToArray(); snap[0] = 100;
        Console.WriteLine(Show(snap) + Show(doubled));

        // a lambda that sees the list
        var seen = new List<int> { 3 };
        Func<int> count = () => seen.Count;
        var sa = seen.ToArray(); sa[0] = 30;
        Console.WriteLine(Show(sa) + count());

        // the call in a lambda (runs twice) and in a loop
        var twice = new List<int> { 4 };
        Func<int[]> get = () => twice.ToArray();
        var t1 = get(); var t2 = get(); t1[0] = 40;
        Console.WriteLine(Show(t1) + Show(t2));
        var looped = new List<int> { 8 };
        var results = new List<int[]>();
        for (int i = 0; i < 2; i++) results.Add(looped.ToArray());
        results[0][0] = 80;
        Console.WriteLine(Show(results[0]) + Show(results[1]));
        for (int i = 0; i < 2; i++) { var inner = new List<int> { i }; inner.Add(i + 1); results.Add(inner.ToArray()); }
        results[2][0] = 90;
        Console.WriteLine(Show(results[2]) + Show(results[3]));

        // foreach and indexer before the call; a collection expression
        var fe = new List<string> { "x", "y" };
        int n = 0;
        foreach (var x in fe) n += x.Length;
        fe[0] = "z";
        var fa = fe.ToArray(); fa[1] = "w";
        Console.WriteLine(string.Join("", fa) + n);
        List<int> ce = [1, 2, 3];
        ce.Reverse();
        var ca = ce.ToArray(); ca[2] = 0;
        Console.WriteLine(Show(ca) + ca.Length);
    }
}
