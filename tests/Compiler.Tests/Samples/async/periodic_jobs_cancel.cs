using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

public static class Program
{
    static async Task Periodic(string name, int periodMs, CancellationToken token, List<string> log, List<string> stops)
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
            stops.Add(name + " stopped after " + n);
        }
    }

    public static async Task Main()
    {
        var log = new List<string>();
        var stops = new List<string>();
        using var cts = new CancellationTokenSource();
        var jobs = new[] { Periodic("stats", 300, cts.Token, log, stops), Periodic("push", 700, cts.Token, log, stops) };
        await Task.Delay(1650);
        cts.Cancel();
        await Task.WhenAll(jobs);
        Console.WriteLine(string.Join(" ", log));
        // the order in which cancellation callbacks run is an implementation detail: print sorted
        stops.Sort(string.CompareOrdinal);
        Console.WriteLine(string.Join("; ", stops));
    }
}
