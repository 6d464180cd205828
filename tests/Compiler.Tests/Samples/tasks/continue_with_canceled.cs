using System;
using System.Threading;
using System.Threading.Tasks;

public static class Program
{
    public static async Task Main()
    {
        using var cts = new CancellationTokenSource();
        var op = Task.Delay(1000, cts.Token);
        var always = op.ContinueWith(t => $"saw {t.Status}, canceled={t.IsCanceled}, no exception={t.Exception == null}");
        var onlyOk = op.ContinueWith(t => "ran", TaskContinuationOptions.OnlyOnRanToCompletion);
        var onlyCanceled = op.ContinueWith(t => "cleanup after cancel", TaskContinuationOptions.OnlyOnCanceled);
        cts.CancelAfter(10);
        Console.WriteLine(await always);
        Console.WriteLine(await onlyCanceled);
        try { await onlyOk; }
        catch (TaskCanceledException) { Console.WriteLine("onlyOk: " + onlyOk.Status); }

        // A continuation that throws faults its own task.
        var thrower = Task.FromResult(5).ContinueWith(t =>
        {
            if (t.Result > 3) throw new ArgumentException("too big");
            return t.Result;
        });
        try { await thrower; }
        catch (ArgumentException e) { Console.WriteLine(thrower.Status + " " + e.Message); }

        // Continuing a faulted task reads its exception without throwing.
        var faulted = Task.FromException<int>(new TimeoutException("slow backend"));
        Console.WriteLine(await faulted.ContinueWith(t => t.IsFaulted ? "fallback after " + t.Exception!.InnerException!.GetType().Name : t.Result.ToString()));
        var skipped = faulted.ContinueWith(t => Console.WriteLine("never"), TaskContinuationOptions.NotOnFaulted);
        try { await skipped; }
        catch (OperationCanceledException e) { Console.WriteLine(e.GetType().Name + " " + skipped.IsCanceled); }
    }
}
