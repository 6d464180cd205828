using System;
using System.Threading;
using System.Threading.Tasks;

public static class Program
{
    static async Task Ticker(string name, int periodMs, int count)
    {
        for (int i = 1; i <= count; i++)
        {
            await Task.Delay(periodMs);
            Console.WriteLine(name + " tick " + i + " (t=" + i * periodMs + ")");
        }
    }

    public static async Task Main()
    {
        await Task.WhenAll(Ticker("A", 200, 3), Ticker("B", 500, 2));
        var cts = new CancellationTokenSource();
        int ticks = 0;
        async Task Loop()
        {
            try
            {
                while (!cts.Token.IsCancellationRequested) { await Task.Delay(200, cts.Token); ticks++; }
            }
            catch (OperationCanceledException) { Console.WriteLine("loop stopped"); }
        }
        var running = Loop();
        await Task.Delay(500); // halfway between the 2nd and 3rd tick: 100 ms either side absorbs timer slop on .NET
        cts.Cancel();
        await running;
        Console.WriteLine("ticks " + ticks);
    }
}
