using System;
using System.Collections.Generic;
using System.Threading.Tasks;

sealed class Repo
{
    private readonly Dictionary<int, string> cache = new Dictionary<int, string>();
    public int Misses { get; private set; }

    public ValueTask<string> GetAsync(int id)
    {
        if (cache.TryGetValue(id, out var v)) return new ValueTask<string>(v);
        return new ValueTask<string>(LoadAsync(id));
    }

    private async Task<string> LoadAsync(int id)
    {
        Misses++;
        await Task.Delay(5);
        return cache[id] = "item" + id;
    }

    public async ValueTask<int> CountAsync()
    {
        await Task.Yield();
        return cache.Count;
    }

    public async ValueTask FlushAsync()
    {
        await Task.Delay(1);
        cache.Clear();
    }
}

public static class Program
{
    public static async Task Main()
    {
        var repo = new Repo();
        Console.WriteLine(await repo.GetAsync(1));
        var again = repo.GetAsync(1);
        Console.WriteLine(again.IsCompleted + " " + again.IsCompletedSuccessfully + " " + await again);
        Console.WriteLine(await repo.GetAsync(2) + " misses=" + repo.Misses);
        Console.WriteLine("count " + await repo.CountAsync());
        await repo.FlushAsync();
        Console.WriteLine("count " + await repo.CountAsync());
        ValueTask<int> ready = ValueTask.FromResult(7);
        Console.WriteLine(await ready);
        var t = repo.GetAsync(3).AsTask();
        Console.WriteLine(await t);
    }
}
