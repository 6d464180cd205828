using System;
using System.Collections.Generic;
using System.Threading.Tasks;

public static class Program
{
    static async Task Worker(string name, int steps, int ms)
    {
        for (int i = 0; i < steps; i++)
        {
            await Task.Delay(ms);
            Console.WriteLine(name + " " + i);
        }
    }

    public static async Task Main()
    {
        Console.WriteLine("begin");
        await Task.Delay(0);
        Console.WriteLine("after delay 0");
        await Task.Yield();
        Console.WriteLine("after yield");
        await Worker("solo", 2, 1);
        await Task.WhenAll(Worker("x", 2, 200), Worker("y", 1, 300));
        Console.WriteLine("end");
    }
}
