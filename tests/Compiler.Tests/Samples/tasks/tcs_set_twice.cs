using System;
using System.Threading.Tasks;

public static class Program
{
    public static async Task Main()
    {
        var tcs = new TaskCompletionSource<int>();
        Console.WriteLine(tcs.TrySetResult(1));
        Console.WriteLine(tcs.TrySetResult(2));
        Console.WriteLine(tcs.TrySetException(new Exception("late")));
        Console.WriteLine(tcs.TrySetCanceled());
        try { tcs.SetResult(3); }
        catch (InvalidOperationException e) { Console.WriteLine("SetResult: " + e.Message); }
        Console.WriteLine(await tcs.Task + " " + tcs.Task.Status);

        var failed = new TaskCompletionSource();
        failed.SetException(new FormatException("bad input"));
        Console.WriteLine(failed.TrySetResult() + " " + failed.Task.Status + " " + failed.Task.Exception!.InnerException!.Message);
        try { failed.SetCanceled(); }
        catch (InvalidOperationException) { Console.WriteLine("SetCanceled refused"); }
        try { await failed.Task; }
        catch (FormatException e) { Console.WriteLine("awaited: " + e.Message); }

        // A timeout racing a reply: whoever comes second is told it lost.
        var race = new TaskCompletionSource<string>();
        _ = Task.Delay(10).ContinueWith(_ => Console.WriteLine("timeout won: " + race.TrySetResult("timeout")));
        _ = Task.Delay(100).ContinueWith(_ => Console.WriteLine("reply won: " + race.TrySetResult("reply")));
        Console.WriteLine("result: " + await race.Task);
        await Task.Delay(250);
        Console.WriteLine("final: " + await race.Task + " " + race.Task.Status);
    }
}
