using System;
using System.Threading.Tasks;

public static class Program
{
    static async Task<string> Fetch(string what, int ms)
    {
        await Task.Delay(ms);
        return what;
    }

    static async Task<string> WithTimeout(Task<string> work, int ms)
    {
        var winner = await Task.WhenAny(work, Task.Delay(ms));
        if (winner == work) return await work;
        return "timeout";
    }

    public static async Task Main()
    {
        var a = Fetch("a", 200);
        var b = Fetch("b", 60);
        var first = await Task.WhenAny(a, b);
        Console.WriteLine("first: " + await first);
        Console.WriteLine(first == b);
        Console.WriteLine(await WithTimeout(Fetch("quick", 30), 200));
        Console.WriteLine(await WithTimeout(Fetch("slow", 400), 100));
        Console.WriteLine("a later: " + await a);
    }
}
