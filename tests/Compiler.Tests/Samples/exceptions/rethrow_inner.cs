using System;

class WrapperException : Exception
{
    public WrapperException(string m, Exception inner) : base(m, inner) { }
}

public static class Program
{
    static void Level3() => throw new FormatException("bad digits");
    static void Level2()
    {
        try { Level3(); }
        catch (FormatException) { Console.WriteLine("level2 saw it"); throw; }
    }
    static void Level1()
    {
        try { Level2(); }
        catch (Exception e) { throw new WrapperException("level1 failed", e); }
    }

    public static void Main()
    {
        try { Level1(); }
        catch (WrapperException e)
        {
            Console.WriteLine(e.Message);
            Console.WriteLine(e.InnerException?.GetType().Name + ": " + e.InnerException?.Message);
            Console.WriteLine(e.InnerException is FormatException);
        }
        try
        {
            try { throw new ArgumentException("first"); }
            catch (ArgumentException e) { throw new InvalidOperationException("second: " + e.Message); }
        }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message + " inner null: " + (e.InnerException == null)); }
        var ex = new Exception("outer", new Exception("mid", new Exception("root")));
        var cur = ex;
        while (cur != null) { Console.WriteLine("> " + cur.Message); cur = cur.InnerException; }
        Console.WriteLine(ex.GetBaseException().Message);
    }
}
