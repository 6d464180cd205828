using System;
using System.Threading.Tasks;

public static class Program
{
    static async Task<int> Immediate(int x)
    {
        Console.WriteLine("immediate " + x);
        return await Task.FromResult(x + 1);
    }

    public static async Task Main()
    {
        Console.WriteLine("a");
        var t = Immediate(1);
        Console.WriteLine("b " + t.IsCompleted);
        Console.WriteLine("c " + await t);
        await Task.CompletedTask;
        Console.WriteLine("d");
        var done = Task.FromResult("cached");
        Console.WriteLine(await done + " " + await done);
        await Task.Yield();
        Console.WriteLine("after yield");
        Console.WriteLine("e");
    }
}
