using System;
using System.Threading;
using System.Threading.Tasks;

public static class Program
{
    static async Task<int> Poll(CancellationToken token)
    {
        int n = 0;
        while (true)
        {
            token.ThrowIfCancellationRequested();
            n++;
            await Task.Delay(100, token);
        }
    }

    public static async Task Main()
    {
        var cts = new CancellationTokenSource();
        Console.WriteLine(cts.IsCancellationRequested);
        var poll = Poll(cts.Token);
        await Task.Delay(250);
        cts.Cancel();
        try { await poll; }
        catch (OperationCanceledException e) { Console.WriteLine("poll canceled: " + (e is OperationCanceledException)); }
        Console.WriteLine(cts.IsCancellationRequested + " " + cts.Token.IsCancellationRequested);
        var pre = new CancellationTokenSource();
        pre.Cancel();
        try { await Task.Delay(1000, pre.Token); Console.WriteLine("not canceled?"); }
        catch (OperationCanceledException) { Console.WriteLine("pre-canceled delay"); }
        try { pre.Token.ThrowIfCancellationRequested(); }
        catch (OperationCanceledException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(CancellationToken.None.IsCancellationRequested);
        using var registered = new CancellationTokenSource();
        registered.Token.Register(() => Console.WriteLine("callback ran"));
        registered.Cancel();
        Console.WriteLine("end");
    }
}
