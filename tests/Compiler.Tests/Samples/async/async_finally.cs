using System;
using System.Threading.Tasks;

public static class Program
{
    static async Task<string> Guarded(bool fail)
    {
        Console.WriteLine("enter " + fail);
        try
        {
            await Task.Delay(10);
            if (fail) throw new InvalidOperationException("failed inside");
            return "ok";
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("catch " + e.Message);
            await Task.Delay(10);
            return "recovered";
        }
        finally
        {
            await Task.Delay(10);
            Console.WriteLine("finally " + fail);
        }
    }

    static async Task Outer()
    {
        try
        {
            try { await Task.Delay(5); throw new FormatException("deep"); }
            finally { Console.WriteLine("inner finally"); }
        }
        catch (FormatException) { Console.WriteLine("outer catch"); }
    }

    public static async Task Main()
    {
        Console.WriteLine(await Guarded(false));
        Console.WriteLine(await Guarded(true));
        await Outer();
        for (int i = 0; i < 3; i++)
        {
            try { await Task.Delay(5); if (i == 1) continue; Console.WriteLine("iter " + i); }
            finally { Console.WriteLine("loop finally " + i); }
        }
    }
}
