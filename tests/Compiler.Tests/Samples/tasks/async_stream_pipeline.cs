using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

sealed class Lease : IAsyncDisposable
{
    private readonly string name;
    public Lease(string name) { this.name = name; Console.WriteLine("lease " + name); }
    public async ValueTask DisposeAsync()
    {
        await Task.Delay(2);
        Console.WriteLine("release " + name);
    }
}

sealed class Countdown : IAsyncEnumerable<int>
{
    private readonly int from;
    public Countdown(int from) { this.from = from; }
    public IAsyncEnumerator<int> GetAsyncEnumerator(CancellationToken cancellationToken = default) => new Enumerator(from);

    private sealed class Enumerator : IAsyncEnumerator<int>
    {
        private int next;
        public Enumerator(int from) { next = from + 1; }
        public int Current => next;
        public ValueTask<bool> MoveNextAsync() => new ValueTask<bool>(--next > 0);
        public ValueTask DisposeAsync() { Console.WriteLine("countdown disposed"); return ValueTask.CompletedTask; }
    }
}

public static class Program
{
    static async IAsyncEnumerable<int> Readings(int count)
    {
        await using var lease = new Lease("sensor");
        try
        {
            for (int i = 1; i <= count; i++)
            {
                await Task.Delay(3);
                if (i == 4) throw new InvalidOperationException("sensor glitch at " + i);
                yield return i * 10;
            }
        }
        finally
        {
            await Task.Delay(1);
            Console.WriteLine("readings finally");
        }
    }

    static async IAsyncEnumerable<int> Where(IAsyncEnumerable<int> source, Func<int, bool> keep)
    {
        await foreach (var x in source)
            if (keep(x)) yield return x;
    }

    static async Task<List<int>> ToListAsync(IAsyncEnumerable<int> source)
    {
        var list = new List<int>();
        await foreach (var x in source) list.Add(x);
        return list;
    }

    public static async Task Main()
    {
        Console.WriteLine(string.Join(",", await ToListAsync(Where(Readings(3), x => x != 20))));
        try
        {
            await foreach (var r in Readings(6)) Console.WriteLine("got " + r);
        }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }

        await foreach (var r in Readings(5))
        {
            Console.WriteLine("first " + r);
            break;
        }

        var e2 = Readings(2).GetAsyncEnumerator();
        Console.WriteLine(await e2.MoveNextAsync() + " " + e2.Current);
        await e2.DisposeAsync();
        Console.WriteLine("disposed early");

        int sum = 0;
        await foreach (var n in new Countdown(4)) sum += n;
        Console.WriteLine("countdown sum " + sum);
    }
}
