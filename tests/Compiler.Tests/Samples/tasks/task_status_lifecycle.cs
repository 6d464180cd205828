using System;
using System.Threading;
using System.Threading.Tasks;

public static class Program
{
    static async Task<int> Slow(int ms, int value)
    {
        await Task.Delay(ms);
        return value;
    }

    static void Show(string label, Task t) =>
        Console.WriteLine($"{label,-8} {t.Status,-21} completed={t.IsCompleted} faulted={t.IsFaulted} canceled={t.IsCanceled}");

    public static async Task Main()
    {
        var tcs = new TaskCompletionSource<string>();
        Show("tcs", tcs.Task);
        var slow = Slow(400, 7);
        Show("slow", slow);
        var delay = Task.Delay(100);
        Show("delay", delay);
        var all = Task.WhenAll(slow, Task.Delay(50));
        Show("all", all);
        var doubled = slow.ContinueWith(t => t.Result * 2);
        Show("doubled", doubled);

        await delay;
        Show("delay", delay);
        Show("slow", slow);
        tcs.SetResult("done");
        Show("tcs", tcs.Task);

        await all;
        Show("all", all);
        Console.WriteLine("doubled = " + await doubled);
        Show("doubled", doubled);

        var failing = Task.FromException(new InvalidOperationException("stored"));
        Show("failing", failing);
        using var cts = new CancellationTokenSource();
        var waiting = Task.Delay(Timeout.Infinite, cts.Token);
        Show("waiting", waiting);
        cts.Cancel();
        Show("waiting", waiting);
        TaskStatus last = waiting.Status;
        Console.WriteLine(last == TaskStatus.Canceled ? "canceled as expected" : "unexpected " + last);
    }
}
