using System;
using System.Collections.Generic;

// A catch's variable is the catch's own parameter when nothing assigns it: captured by lambdas (one
// binding per caught exception), rethrown by `throw;`, nested catches reusing the name, a typed catch
// that does not match; one that assigns its variable keeps a copy, so `throw;` rethrows the original.
public static class Program
{
    static void Fail(string m) => throw new InvalidOperationException(m);

    public static void Main()
    {
        var shows = new List<Func<string>>();
        for (int i = 0; i < 3; i++)
        {
            try { Fail("round " + i); }
            catch (Exception e) { shows.Add(() => e.Message); }
        }
        foreach (var s in shows) Console.WriteLine(s());

        try
        {
            try { Fail("inner"); }
            catch (InvalidOperationException e)
            {
                try { Fail("nested " + e.Message); }
                catch (Exception e2) { Console.WriteLine(e2.Message); }
                throw;
            }
        }
        catch (Exception e) { Console.WriteLine("outer: " + e.Message); }

        try
        {
            try { Fail("original"); }
            catch (Exception e)
            {
                e = new ArgumentException("replacement");
                Console.WriteLine(e.Message);
                throw;
            }
        }
        catch (Exception e) { Console.WriteLine("rethrown: " + e.Message); }

        try
        {
            try { Fail("typed"); }
            catch (ArgumentException e) { Console.WriteLine("wrong: " + e.Message); }
        }
        catch (InvalidOperationException e) { Console.WriteLine("right: " + e.Message); }

        string s0 = shows.Count > 5 ? "x" : null;
        try { Console.WriteLine(s0.Length); }
        catch (NullReferenceException e) { Console.WriteLine(e.Message); }
    }
}
