using System;

public static class Program
{
    static bool Log(string s) { Console.WriteLine("filter " + s); return true; }

    static void Inner()
    {
        try
        {
            try { throw new InvalidOperationException("boom"); }
            finally { Console.WriteLine("inner finally"); }
        }
        catch (ArgumentException) when (Log("argument"))
        {
            Console.WriteLine("caught argument");
        }
    }

    public static void Main()
    {
        try
        {
            Inner();
        }
        catch (Exception e) when (Log("outer " + e.Message))
        {
            Console.WriteLine("caught outer");
        }

        try
        {
            try { throw new FormatException("fmt"); }
            catch (FormatException e) when (e.Message == "other") { Console.WriteLine("wrong handler"); }
            catch (FormatException e) when (Log("second " + e.Message)) { Console.WriteLine("second handler"); throw; }
            finally { Console.WriteLine("finally 1"); }
        }
        catch (FormatException) { Console.WriteLine("rethrown and caught"); }

        int attempts = 0;
        while (true)
        {
            try { attempts++; if (attempts < 3) throw new TimeoutException("t" + attempts); Console.WriteLine("succeeded after " + attempts); break; }
            catch (TimeoutException e) when (attempts < 5) { Console.WriteLine("retry after " + e.Message); }
        }
    }
}
