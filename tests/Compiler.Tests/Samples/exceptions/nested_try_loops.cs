using System;
using System.Collections.Generic;

public static class Program
{
    public static void Main()
    {
        var inputs = new[] { "1", "x", "3", "", "99999999999", "-4" };
        var parsed = new List<int>();
        int errors = 0;
        foreach (var s in inputs)
        {
            try
            {
                try
                {
                    if (s.Length == 0) throw new ArgumentException("empty input");
                    var v = int.Parse(s);
                    if (v < 0) throw new InvalidOperationException("negative: " + v);
                    parsed.Add(v);
                }
                catch (FormatException) { errors++; Console.WriteLine("format: " + s); }
                catch (OverflowException) { errors++; Console.WriteLine("overflow: " + s); }
            }
            catch (Exception e) { errors++; Console.WriteLine(e.GetType().Name + ": " + e.Message); }
            finally { Console.WriteLine("processed '" + s + "'"); }
        }
        Console.WriteLine(string.Join(",", parsed) + " errors=" + errors);
    }
}
