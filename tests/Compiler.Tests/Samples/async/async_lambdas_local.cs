using System;
using System.Collections.Generic;
using System.Threading.Tasks;

public static class Program
{
    static async Task<T> Retry<T>(Func<int, Task<T>> attempt, int max)
    {
        for (int i = 1; ; i++)
        {
            try { return await attempt(i); }
            catch (Exception e) when (i < max)
            {
                Console.WriteLine("attempt " + i + " failed: " + e.Message);
                await Task.Delay(10 * i);
            }
        }
    }

    public static async Task Main()
    {
        Func<int, Task<int>> twice = async x => { await Task.Delay(5); return x * 2; };
        Console.WriteLine(await twice(21));
        async Task<string> Greet(string n) { await Task.Yield(); return "hi " + n; }
        Console.WriteLine(await Greet("bob"));
        var r = await Retry(async i =>
        {
            await Task.Delay(1);
            if (i < 3) throw new TimeoutException("timeout #" + i);
            return "succeeded on " + i;
        }, 5);
        Console.WriteLine(r);
        try { await Retry<int>(i => throw new FormatException("always"), 2); }
        catch (FormatException e) { Console.WriteLine("gave up: " + e.Message); }
        var log = new List<string>();
        Func<Task> a = async () => { log.Add("a1"); await Task.Delay(150); log.Add("a2"); };
        Func<Task> b = async () => { log.Add("b1"); await Task.Delay(50); log.Add("b2"); };
        await Task.WhenAll(a(), b());
        Console.WriteLine(string.Join(",", log));
    }
}
