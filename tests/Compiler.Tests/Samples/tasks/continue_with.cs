using System;
using System.Threading.Tasks;

public static class Program
{
    static async Task<int> Fetch(int id)
    {
        await Task.Delay(10);
        if (id == 0) throw new InvalidOperationException("no id 0");
        return id * 100;
    }

    public static async Task Main()
    {
        var t = Fetch(3).ContinueWith(prev => prev.Result + 1);
        Console.WriteLine(await t);
        var failed = Fetch(0).ContinueWith(prev => prev.IsFaulted ? "fault: " + prev.Exception!.InnerException!.Message : "ok");
        Console.WriteLine(await failed);
        var chain = Task.FromResult(2).ContinueWith(a => a.Result * 10).ContinueWith(b => $"chained {b.Result}");
        Console.WriteLine(await chain);
        var tcs = new TaskCompletionSource<string>();
        var cont = tcs.Task.ContinueWith(x => Console.WriteLine("continuation saw " + x.Result), TaskContinuationOptions.ExecuteSynchronously);
        Console.WriteLine("before SetResult");
        tcs.SetResult("value");
        await cont;
        Console.WriteLine("after continuation");
        var onlyFault = Fetch(5).ContinueWith(_ => Console.WriteLine("should not run"), TaskContinuationOptions.OnlyOnFaulted);
        try { await onlyFault; }
        catch (TaskCanceledException) { Console.WriteLine("continuation canceled: " + onlyFault.Status); }
    }
}
