using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class FakeStore
{
    private readonly Dictionary<string, int> data = new Dictionary<string, int>();
    public async Task SetAsync(string k, int v) { await Task.Delay(5); data[k] = v; }
    public async Task<int?> GetAsync(string k) { await Task.Delay(5); return data.TryGetValue(k, out var v) ? v : null; }
}

public static class Program
{
    public static async Task Main()
    {
        var store = new FakeStore();
        for (int i = 0; i < 5; i++) await store.SetAsync("k" + i, i * i);
        int sum = 0;
        for (int i = 0; i < 7; i++)
        {
            var v = await store.GetAsync("k" + i);
            Console.WriteLine("k" + i + " = " + (v?.ToString() ?? "missing"));
            sum += v ?? 0;
        }
        Console.WriteLine("sum " + sum);
        var keys = new List<string> { "k1", "k3" };
        foreach (var k in keys) Console.WriteLine(k + ":" + await store.GetAsync(k));
    }
}
