using System;
using System.Collections.Generic;

// Where finally blocks and Dispose run relative to exception filters further out (.NET's two passes),
// with nested frames, a catch that stops the search, rethrow, and exception filters used for logging.
sealed class Scope : IDisposable
{
    private readonly string name;
    public Scope(string name) { this.name = name; Console.WriteLine("open " + name); }
    public void Dispose() => Console.WriteLine("dispose " + name);
}

public static class Program
{
    static readonly List<string> journal = new List<string>();
    static bool Log(Exception e, string where) { journal.Add(where + ":" + e.GetType().Name); Console.WriteLine($"log at {where}: {e.Message}"); return false; }

    static void Level3() { using var s = new Scope("level3"); throw new KeyNotFoundException("session 42"); }
    static void Level2() { try { Level3(); } finally { Console.WriteLine("finally level2"); } }
    static void Level1()
    {
        try { Level2(); }
        catch (Exception e) when (Log(e, "level1")) { Console.WriteLine("never"); }
        catch (InvalidCastException) { Console.WriteLine("wrong type"); }
        finally { Console.WriteLine("finally level1"); }
    }

    static void Stopped()
    {
        try
        {
            try { try { throw new TimeoutException("slow"); } finally { Console.WriteLine("innermost finally"); } }
            catch (TimeoutException) { Console.WriteLine("middle catch (no filter) stops the search"); throw; }
        }
        catch (Exception e) when (Log(e, "after rethrow") || true) { Console.WriteLine("outer caught " + e.Message); }
    }

    public static void Main()
    {
        try { Level1(); }
        catch (KeyNotFoundException e) when (e.Message.StartsWith("session") && journal.Count == 1) { Console.WriteLine("main caught: " + e.Message); }
        Stopped();
        Console.WriteLine(string.Join(", ", journal));
        try
        {
            using (new Scope("block"))
            {
                try { throw new NotSupportedException("codec"); }
                finally { Console.WriteLine("inner finally"); }
            }
        }
        catch (NotSupportedException e) when (Log(e, "main") == false) { Console.WriteLine("handled " + e.Message); }
    }
}
