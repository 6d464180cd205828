using System;
using System.Threading.Tasks;

public static class Program
{
    static async Task<string> Work(string name, int ms)
    {
        Console.WriteLine("start " + name);
        await Task.Delay(ms);
        Console.WriteLine("done " + name);
        return name.ToUpperInvariant();
    }

    public static async Task Main()
    {
        var slow = Work("slow", 300);
        var fast = Work("fast", 50);
        var mid = Work("mid", 150);
        Console.WriteLine("all started");
        var results = await Task.WhenAll(slow, fast, mid);
        Console.WriteLine(string.Join(",", results));
        await Task.Delay(10);
        Console.WriteLine("end");
    }
}
