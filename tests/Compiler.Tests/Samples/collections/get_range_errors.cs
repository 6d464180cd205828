using System;
using System.Collections.Generic;

// List.GetRange's argument checks, seen through typed catches, type names and ParamName.
public static class Program
{
    static void Show(List<string> xs, int index, int count)
    {
        try { Console.WriteLine(index + "," + count + ": [" + string.Join(" ", xs.GetRange(index, count)) + "]"); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(index + "," + count + ": out of range " + e.ParamName + " | " + e.Message); }
        catch (ArgumentException e) { Console.WriteLine(index + "," + count + ": " + e.GetType().FullName + " " + (e.ParamName ?? "no param") + " | " + e.Message); }
    }

    public static void Main()
    {
        var xs = new List<string> { "a", "b", "c" };
        Show(xs, 0, 3);
        Show(xs, 1, 1);
        Show(xs, 3, 0);
        Show(xs, -1, 1);
        Show(xs, 1, -1);
        Show(xs, 2, 2);
        Show(xs, 4, 0);
        try { xs.GetRange(5, 1); }
        catch (Exception e) { Console.WriteLine(e.ToString().Split('\n')[0]); }
    }
}
