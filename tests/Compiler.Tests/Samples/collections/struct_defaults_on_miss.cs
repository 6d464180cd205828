using System;
using System.Collections.Generic;
using System.Linq;

// A collection that finds nothing hands back default(T): for a struct value type that is a value
// (DateTime year 1, TimeSpan zero, a user struct with zero fields, a tuple of defaults), never null.

struct Point { public int X; public int Y; public override string ToString() => "(" + X + "," + Y + ")"; }

enum Level { Low, High }

static class Program
{
    static void Main()
    {
        var dates = new Dictionary<string, DateTime> { ["a"] = new DateTime(2020, 5, 6) };
        dates.TryGetValue("zz", out var d);
        Console.WriteLine("TryGetValue DateTime: " + d.Year + " " + d.Month + " " + d.Day + " " + d.Ticks);
        Console.WriteLine("GetValueOrDefault DateTime: " + dates.GetValueOrDefault("zz").Year);
        IReadOnlyDictionary<string, DateTime> ro = dates;
        Console.WriteLine("CollectionExtensions DateTime: " + ro.GetValueOrDefault("zz").Year);
        dates.Remove("zz", out var removed);
        Console.WriteLine("Remove DateTime: " + removed.Year);

        var spans = new Dictionary<int, TimeSpan> { [1] = TimeSpan.FromSeconds(3) };
        spans.TryGetValue(2, out var ts);
        Console.WriteLine("TryGetValue TimeSpan: " + ts.TotalSeconds + " " + (ts == TimeSpan.Zero));

        var points = new Dictionary<string, Point> { ["p"] = new Point { X = 1, Y = 2 } };
        points.TryGetValue("q", out var p);
        Console.WriteLine("TryGetValue Point: " + p.X + " " + p.Y + " " + p);
        Console.WriteLine("GetValueOrDefault Point: " + points.GetValueOrDefault("q").X);

        var tuples = new Dictionary<string, (int Count, string Name)> { ["t"] = (1, "one") };
        tuples.TryGetValue("u", out var tu);
        Console.WriteLine("TryGetValue tuple: " + tu.Count + " " + (tu.Name == null));

        var longs = new Dictionary<string, long> { ["big"] = 1L << 40 };
        longs.TryGetValue("small", out var l);
        Console.WriteLine("TryGetValue long: " + (l + 1));

        var levels = new Dictionary<string, Level> { ["h"] = Level.High };
        levels.TryGetValue("x", out var lv);
        Console.WriteLine("TryGetValue enum: " + lv + " " + (lv == Level.Low));

        var sorted = new SortedDictionary<string, DateTime> { ["a"] = new DateTime(2021, 1, 1) };
        sorted.TryGetValue("b", out var sd);
        Console.WriteLine("SortedDictionary DateTime: " + sd.Year);

        var q = new Queue<Point>();
        q.TryDequeue(out var qp);
        Console.WriteLine("TryDequeue Point: " + qp.X + " " + qp);
        q.TryPeek(out var qp2);
        Console.WriteLine("Queue.TryPeek Point: " + qp2.Y);
        var st = new Stack<DateTime>();
        st.TryPop(out var sp);
        Console.WriteLine("TryPop DateTime: " + sp.Year);
        st.TryPeek(out var sp2);
        Console.WriteLine("Stack.TryPeek DateTime: " + sp2.Year);

        var list = new List<Point> { new Point { X = 5, Y = 6 } };
        var found = list.Find(x => x.X == 99);
        Console.WriteLine("Find Point: " + found.X + " " + found);
        Console.WriteLine("FindLast Point: " + list.FindLast(x => x.X == 99).Y);
        var dlist = new List<DateTime> { new DateTime(2000, 1, 1) };
        Console.WriteLine("Find DateTime: " + dlist.Find(x => x.Year == 1999).Year);
        Console.WriteLine("Array.Find DateTime: " + Array.Find(dlist.ToArray(), x => x.Year == 1999).Year);

        Console.WriteLine("FirstOrDefault Point: " + list.FirstOrDefault(x => x.X == 99).X);
        Console.WriteLine("LastOrDefault DateTime: " + dlist.LastOrDefault(x => x.Year == 1999).Year);
        Console.WriteLine("SingleOrDefault tuple: " + new List<(int A, int B)>().SingleOrDefault().A);
        Console.WriteLine("ElementAtOrDefault DateTime: " + dlist.ElementAtOrDefault(7).Year);
        Console.WriteLine("FirstOrDefault long: " + (new List<long>().FirstOrDefault() + 1));
    }
}
