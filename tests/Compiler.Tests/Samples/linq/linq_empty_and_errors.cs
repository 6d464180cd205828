using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    static void Try(string label, Func<object> f)
    {
        try { Console.WriteLine(label + " = " + f()); }
        catch (InvalidOperationException e) { Console.WriteLine(label + " -> " + e.GetType().Name); }
    }

    public static void Main()
    {
        var empty = new List<int>();
        var none = new List<string>();
        Try("sum", () => empty.Sum());
        Try("count", () => empty.Count());
        Try("max", () => empty.Max());
        Try("min", () => empty.Min());
        Try("average", () => empty.Average());
        Try("first", () => empty.First());
        Try("firstOrDefault", () => empty.FirstOrDefault());
        Try("firstOrDefault str", () => none.FirstOrDefault() ?? "(null)");
        Try("last", () => empty.Last());
        Try("single", () => empty.Single());
        Try("aggregate", () => empty.Aggregate((a, b) => a + b));
        Try("max str", () => none.Max() ?? "(null)");
        Try("any", () => empty.Any());
        Try("all", () => empty.All(x => x > 100));
        Try("default if empty", () => string.Join(",", empty.DefaultIfEmpty(-1)));
    }
}
