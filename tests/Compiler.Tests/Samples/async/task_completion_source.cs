using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Gate
{
    private readonly Queue<TaskCompletionSource<string>> waiters = new Queue<TaskCompletionSource<string>>();
    public Task<string> WaitAsync()
    {
        var tcs = new TaskCompletionSource<string>();
        waiters.Enqueue(tcs);
        return tcs.Task;
    }
    public void Open(string msg)
    {
        while (waiters.Count > 0) waiters.Dequeue().SetResult(msg);
    }
}

public static class Program
{
    static async Task Waiter(Gate g, string name)
    {
        var msg = await g.WaitAsync();
        Console.WriteLine(name + " got " + msg);
    }

    public static async Task Main()
    {
        var gate = new Gate();
        var w1 = Waiter(gate, "w1");
        var w2 = Waiter(gate, "w2");
        Console.WriteLine("waiting");
        await Task.Delay(50);
        gate.Open("go");
        await Task.WhenAll(w1, w2);
        var failing = new TaskCompletionSource<int>();
        failing.SetException(new InvalidOperationException("nope"));
        try { await failing.Task; }
        catch (InvalidOperationException e) { Console.WriteLine("tcs failed: " + e.Message); }
        var tcs = new TaskCompletionSource<int>();
        Console.WriteLine(tcs.TrySetResult(1) + " " + tcs.TrySetResult(2) + " " + await tcs.Task);
        Console.WriteLine(tcs.Task.IsCompleted);
    }
}
