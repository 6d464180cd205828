using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Channel<T>
{
    private readonly Queue<T> items = new Queue<T>();
    private readonly Queue<TaskCompletionSource<T>> readers = new Queue<TaskCompletionSource<T>>();
    public void Write(T item)
    {
        if (readers.Count > 0) readers.Dequeue().SetResult(item);
        else items.Enqueue(item);
    }
    public Task<T> ReadAsync()
    {
        if (items.Count > 0) return Task.FromResult(items.Dequeue());
        var tcs = new TaskCompletionSource<T>();
        readers.Enqueue(tcs);
        return tcs.Task;
    }
}

public static class Program
{
    static async Task Produce(Channel<int> ch)
    {
        for (int i = 1; i <= 5; i++)
        {
            await Task.Delay(40);
            Console.WriteLine("produce " + i);
            ch.Write(i);
        }
        ch.Write(-1);
    }

    static async Task<int> Consume(Channel<int> ch)
    {
        int total = 0;
        while (true)
        {
            var x = await ch.ReadAsync();
            if (x < 0) break;
            Console.WriteLine("consume " + x);
            total += x;
        }
        return total;
    }

    public static async Task Main()
    {
        var ch = new Channel<int>();
        ch.Write(100);
        var consumer = Consume(ch);
        await Produce(ch);
        Console.WriteLine("total " + await consumer);
    }
}
