using System;
using System.Collections.Generic;
using System.Threading.Tasks;

sealed class AsyncQueue<T>
{
    private readonly Queue<T> items = new Queue<T>();
    private readonly Queue<TaskCompletionSource<T>> waiters = new Queue<TaskCompletionSource<T>>();

    public void Enqueue(T item)
    {
        if (waiters.Count > 0) { Console.WriteLine($"  handing {item} to a waiter"); waiters.Dequeue().SetResult(item); Console.WriteLine($"  handed {item}"); }
        else items.Enqueue(item);
    }

    public Task<T> DequeueAsync()
    {
        if (items.Count > 0) return Task.FromResult(items.Dequeue());
        var tcs = new TaskCompletionSource<T>();
        waiters.Enqueue(tcs);
        return tcs.Task;
    }
}

public static class Program
{
    static async Task Consumer(string name, AsyncQueue<int> q, int count)
    {
        for (int i = 0; i < count; i++)
        {
            Console.WriteLine($"{name} waits");
            var item = await q.DequeueAsync();
            Console.WriteLine($"{name} got {item}");
        }
        Console.WriteLine($"{name} done");
    }

    public static async Task Main()
    {
        var q = new AsyncQueue<int>();
        q.Enqueue(1);
        var c1 = Consumer("c1", q, 2);
        var c2 = Consumer("c2", q, 1);
        Console.WriteLine("producing");
        q.Enqueue(2);
        q.Enqueue(3);
        Console.WriteLine($"c1 {c1.IsCompleted} c2 {c2.IsCompleted}");
        await Task.WhenAll(c1, c2);
        Console.WriteLine("all consumed");
    }
}
