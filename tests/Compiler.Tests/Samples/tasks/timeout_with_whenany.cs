using System;
using System.Threading;
using System.Threading.Tasks;

public static class Program
{
    static async Task<string> Fetch(string what, int ms, CancellationToken ct)
    {
        await Task.Delay(ms, ct);
        return what + " fetched";
    }

    static async Task<string?> WithTimeout(Func<CancellationToken, Task<string>> op, int timeoutMs)
    {
        using var cts = new CancellationTokenSource();
        var work = op(cts.Token);
        var timer = Task.Delay(timeoutMs);
        var winner = await Task.WhenAny(work, timer);
        if (winner == timer)
        {
            cts.Cancel();
            try { await work; } catch (OperationCanceledException) { Console.WriteLine("  work canceled after timeout: " + work.Status); }
            return null;
        }
        return await work;
    }

    public static async Task Main()
    {
        Console.WriteLine(await WithTimeout(ct => Fetch("config", 10, ct), 200) ?? "timeout");
        Console.WriteLine(await WithTimeout(ct => Fetch("report", 300, ct), 20) ?? "timeout");
        using var auto = new CancellationTokenSource(15);
        try { await Task.Delay(1000, auto.Token); }
        catch (TaskCanceledException) { Console.WriteLine("CancelAfter fired: " + auto.IsCancellationRequested); }
    }
}
