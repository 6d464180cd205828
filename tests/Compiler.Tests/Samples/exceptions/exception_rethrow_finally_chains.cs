using System;
using System.Collections.Generic;

public static class Program
{
    static readonly List<string> trace = new List<string>();

    static void Level3() { trace.Add("L3"); throw new InvalidOperationException("deep"); }

    static void Level2()
    {
        try { Level3(); }
        finally
        {
            try { trace.Add("L2 finally"); throw new ArgumentException("from finally"); }
            catch (ArgumentException e) { trace.Add("L2 caught " + e.Message); }
        }
    }

    static void Level1()
    {
        try { Level2(); }
        catch (InvalidOperationException e)
        {
            trace.Add("L1 caught " + e.Message);
            try { throw; }
            finally { trace.Add("L1 finally after rethrow"); }
        }
    }

    static int Loop()
    {
        int count = 0;
        for (int i = 0; i < 50; i++)
        {
            try
            {
                try { if (i % 2 == 0) throw new Exception("even " + i); }
                catch (Exception) { count++; throw; }
                finally { count += 100; }
            }
            catch (Exception) { count += 10000; }
        }
        return count;
    }

    public static void Main()
    {
        try { Level1(); }
        catch (InvalidOperationException e) { trace.Add("main caught " + e.Message); }
        Console.WriteLine(string.Join("\n", trace));
        Console.WriteLine(Loop());
        try
        {
            try { throw new Exception("first"); }
            finally { Console.WriteLine("finally runs before outer catch"); }
        }
        catch (Exception e) { Console.WriteLine(e.Message); }
        Exception? saved = null;
        try { try { throw new FormatException("saved"); } catch (Exception e) { saved = e; throw new InvalidOperationException("wrapper", e); } }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message + " <- " + e.InnerException!.Message + " " + ReferenceEquals(e.InnerException, saved)); }
    }
}
