using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

public static class Program
{
    // Ticks are logged at distinct times; the final counts are returned (not logged) because on .NET
    // both cancellations complete at the same instant, possibly on two threads.
    static async Task<int> Periodic(string name, int periodMs, CancellationToken token, List<string> log)
    {
        int n = 0;
        try
        {
            while (true)
            {
                await Task.Delay(periodMs, token);
                n++;
                log.Add(name + n);
            }
        }
        catch (OperationCanceledException)
        {
            return n;
        }
    }

    public static async Task Main()
    {
        var log = new List<string>();
        using var cts = new CancellationTokenSource();
        var stats = Periodic("stats", 300, cts.Token, log);
        var push = Periodic("push", 700, cts.Token, log);
        await Task.Delay(1650);
        cts.Cancel();
        var counts = await Task.WhenAll(stats, push);
        Console.WriteLine(string.Join(" ", log));
        Console.WriteLine("stats stopped after " + counts[0] + ", push stopped after " + counts[1]);
    }
}
