using System;

public static class Program
{
    static int depth;
    static string Run(bool fail)
    {
        try
        {
            Console.WriteLine("try " + fail);
            if (fail) throw new Exception("boom");
            return "returned";
        }
        catch (Exception e)
        {
            Console.WriteLine("catch " + e.Message);
            return "from catch";
        }
        finally
        {
            Console.WriteLine("finally " + fail);
        }
    }

    static int Nested()
    {
        int x = 0;
        try
        {
            try { x = 1; throw new InvalidOperationException("inner"); }
            finally { x += 10; Console.WriteLine("inner finally " + x); }
        }
        catch (InvalidOperationException) { x += 100; Console.WriteLine("outer catch " + x); }
        finally { Console.WriteLine("outer finally"); }
        return x;
    }

    public static void Main()
    {
        Console.WriteLine(Run(false));
        Console.WriteLine(Run(true));
        Console.WriteLine(Nested());
        for (int i = 0; i < 3; i++)
        {
            try
            {
                if (i == 1) continue;
                if (i == 2) break;
                Console.WriteLine("body " + i);
            }
            finally { Console.WriteLine("loop finally " + i); depth++; }
        }
        Console.WriteLine(depth);
    }
}
