using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

sealed class Connection : IAsyncDisposable
{
    public string Name { get; }
    public Connection(string name) { Name = name; Console.WriteLine("open " + name); }
    public async ValueTask DisposeAsync()
    {
        await Task.Delay(1);
        Console.WriteLine("closed " + Name);
    }
}

public static class Program
{
    static async IAsyncEnumerable<int> Ticks(int count, int ms)
    {
        try
        {
            for (int i = 1; i <= count; i++)
            {
                await Task.Delay(ms);
                yield return i;
            }
        }
        finally
        {
            Console.WriteLine("ticks finally");
        }
    }

    static async IAsyncEnumerable<string> Pages()
    {
        await using var conn = new Connection("db");
        foreach (var p in new[] { "p1", "p2", "p3" })
        {
            await Task.Yield();
            yield return conn.Name + "/" + p;
        }
    }

    public static async Task Main()
    {
        int sum = 0;
        await foreach (var t in Ticks(4, 5))
        {
            Console.WriteLine("tick " + t);
            sum += t;
        }
        Console.WriteLine("sum " + sum);
        await foreach (var t in Ticks(10, 2))
        {
            if (t == 2) break;
            Console.WriteLine("early " + t);
        }
        await foreach (var page in Pages()) Console.WriteLine(page);
        await using (var c = new Connection("cache"))
        {
            Console.WriteLine("using " + c.Name);
        }
        Console.WriteLine("end");
    }
}
