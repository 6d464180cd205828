using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var prices = new Dictionary<decimal, string> { [1.0m] = "one" };
        prices[1.00m] = "one again";
        Console.WriteLine(prices.Count + " " + prices[1m]);
        foreach (var kv in prices) Console.WriteLine(kv.Key + " " + kv.Value);
        var set = new HashSet<decimal> { 2.5m, 2.50m, 2.500m, 3m };
        Console.WriteLine(set.Count + " " + string.Join(",", set));
        var values = new[] { 3.30m, 1.1m, 2.20m, 1.10m };
        Console.WriteLine(string.Join(" ", values.OrderBy(v => v)));
        Console.WriteLine(values.Distinct().Count() + " " + values.Sum() + " " + values.Min() + " " + values.Max());
        object boxed = 4.20m;
        Console.WriteLine(boxed is decimal d ? "decimal " + d : "other");
        Console.WriteLine(boxed.Equals(4.2m) + " " + boxed.Equals(4.2));
        Console.WriteLine($"{4.2m:0.000} {4.2m,8} {-0.5m:F0} {0.5m:F0} {1.5m:F0}");
    }
}
