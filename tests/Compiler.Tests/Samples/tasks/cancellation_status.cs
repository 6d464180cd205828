using System;
using System.Threading;
using System.Threading.Tasks;

public static class Program
{
    static async Task<int> Worker(CancellationToken ct)
    {
        int i = 0;
        while (true)
        {
            await Task.Delay(10, ct);
            i++;
        }
    }

    public static async Task Main()
    {
        using var cts = new CancellationTokenSource();
        var w = Worker(cts.Token);
        await Task.Delay(35);
        cts.Cancel();
        try { await w; }
        catch (TaskCanceledException e) { Console.WriteLine("worker canceled " + (e.CancellationToken == cts.Token)); }
        Console.WriteLine(w.Status + " " + w.IsCanceled + " " + (w.Exception == null));

        var tcs = new TaskCompletionSource<int>();
        Console.WriteLine(tcs.TrySetCanceled() + " " + tcs.Task.Status);
        try { await tcs.Task; } catch (OperationCanceledException e) { Console.WriteLine(e.GetType().Name); }

        var pre = new CancellationTokenSource();
        pre.Cancel();
        var d = Task.Delay(1000, pre.Token);
        Console.WriteLine(d.IsCanceled + " " + d.Status);

        var linked = CancellationTokenSource.CreateLinkedTokenSource(cts.Token);
        Console.WriteLine(linked.IsCancellationRequested);
        var late = new CancellationTokenSource();
        late.Token.Register(() => Console.WriteLine("callback 1"));
        late.Token.Register(() => Console.WriteLine("callback 2"));
        late.Cancel();
        Console.WriteLine("after cancel");
    }
}
