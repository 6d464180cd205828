using System;
using System.Threading;
using System.Threading.Tasks;

public static class Program
{
    static async Task<int> Compute(int x)
    {
        await Task.Delay(200);
        if (x < 0) throw new ArgumentOutOfRangeException(nameof(x), "must be non-negative");
        return x * x;
    }

    static async Task Cancellable(CancellationToken ct)
    {
        await Task.Delay(10);
        ct.ThrowIfCancellationRequested();
    }

    public static async Task Main()
    {
        var ok = Compute(4);
        var bad = Compute(-1);
        Console.WriteLine($"{ok.IsCompleted} {ok.Status}");
        try { await bad; } catch (ArgumentOutOfRangeException) { Console.WriteLine("caught"); }
        await ok;
        Console.WriteLine($"{ok.IsCompleted} {ok.IsCompletedSuccessfully} {ok.IsFaulted} {ok.Status} {await ok}");
        Console.WriteLine($"{bad.IsCompleted} {bad.IsCompletedSuccessfully} {bad.IsFaulted} {bad.IsCanceled} {bad.Status}");
        Console.WriteLine(bad.Exception!.GetType().Name + " " + bad.Exception.InnerExceptions.Count + " " + bad.Exception.InnerException!.GetType().Name);
        Console.WriteLine(ok.Exception == null);

        var cts = new CancellationTokenSource();
        cts.Cancel();
        var canceled = Cancellable(cts.Token);
        try { await canceled; } catch (OperationCanceledException e) { Console.WriteLine("canceled: " + e.GetType().Name); }
        Console.WriteLine($"{canceled.IsCanceled} {canceled.IsFaulted} {canceled.Status}");

        var done = Task.CompletedTask;
        Console.WriteLine(done.IsCompleted + " " + done.Status);
        var fromResult = Task.FromResult("x");
        Console.WriteLine(fromResult.Status + " " + fromResult.IsCompletedSuccessfully);
        var fromEx = Task.FromException<int>(new InvalidOperationException("stored"));
        Console.WriteLine(fromEx.Status + " " + fromEx.Exception!.InnerException!.Message);
        var fromCanceled = Task.FromCanceled(new CancellationToken(true));
        Console.WriteLine(fromCanceled.Status);
    }
}
