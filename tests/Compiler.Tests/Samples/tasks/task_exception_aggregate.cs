using System;
using System.Linq;
using System.Threading.Tasks;

public static class Program
{
    static async Task Fail(string msg, int ms)
    {
        await Task.Delay(ms);
        throw new InvalidOperationException(msg);
    }

    public static async Task Main()
    {
        var t = Task.WhenAll(Fail("one", 10), Fail("two", 150));
        try { await t; } catch { }
        AggregateException agg = t.Exception!;
        Console.WriteLine(agg.InnerExceptions.Count);
        Console.WriteLine(string.Join(",", agg.InnerExceptions.Select(e => e.Message)));
        Console.WriteLine(agg.Message);
        var flat = agg.Flatten();
        Console.WriteLine(flat.InnerExceptions.Count);
        agg.Handle(e => e is InvalidOperationException);
        Console.WriteLine("handled");
        try
        {
            agg.Handle(e => e.Message == "one");
        }
        catch (AggregateException rest)
        {
            Console.WriteLine("unhandled left: " + rest.InnerExceptions.Count + " " + rest.InnerExceptions[0].Message);
        }
        var manual = new AggregateException("batch failed", new ArgumentException("a"), new FormatException("b"));
        Console.WriteLine(manual.Message);
        Console.WriteLine(manual.InnerException!.Message + " " + manual.InnerExceptions[1].GetType().Name);
    }
}
