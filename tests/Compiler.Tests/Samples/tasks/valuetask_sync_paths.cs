using System;
using System.Collections.Generic;
using System.Threading.Tasks;

sealed class Throttle
{
    private readonly Queue<TaskCompletionSource<bool>> waiters = new Queue<TaskCompletionSource<bool>>();
    private int free;
    public Throttle(int slots) { free = slots; }

    public ValueTask EnterAsync(string who)
    {
        if (free > 0)
        {
            free--;
            Console.WriteLine(who + " enters at once");
            return ValueTask.CompletedTask;
        }
        Console.WriteLine(who + " queues");
        var tcs = new TaskCompletionSource<bool>();
        waiters.Enqueue(tcs);
        return new ValueTask(tcs.Task);
    }

    public void Leave(string who)
    {
        Console.WriteLine(who + " leaves");
        if (waiters.Count > 0) waiters.Dequeue().SetResult(true);
        else free++;
    }
}

public static class Program
{
    static async Task Work(Throttle t, string who, int ms)
    {
        var entering = t.EnterAsync(who);
        Console.WriteLine(who + " entry completed synchronously: " + entering.IsCompleted);
        await entering;
        Console.WriteLine(who + " working");
        await Task.Delay(ms);
        t.Leave(who);
    }

    static async ValueTask<int> ParseAsync(string s)
    {
        if (int.TryParse(s, out var n)) return n;
        await Task.Delay(1);
        throw new FormatException("not a number: " + s);
    }

    public static async Task Main()
    {
        var throttle = new Throttle(2);
        var jobs = new List<Task> { Work(throttle, "a", 400), Work(throttle, "b", 100), Work(throttle, "c", 100), Work(throttle, "d", 50) };
        await Task.WhenAll(jobs);
        Console.WriteLine("all done");

        var ok = ParseAsync("42");
        Console.WriteLine(ok.IsCompletedSuccessfully + " " + await ok);
        var bad = ParseAsync("x");
        Console.WriteLine(bad.IsCompleted);
        try { await bad; } catch (FormatException e) { Console.WriteLine(e.Message); }
    }
}
