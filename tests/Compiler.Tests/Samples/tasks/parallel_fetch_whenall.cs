using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

public record FetchResult(string Url, int Status, int Bytes);

public static class Program
{
    static async Task<FetchResult> FetchAsync(string url, int delayMs)
    {
        await Task.Delay(delayMs);
        if (url.Contains("bad")) throw new InvalidOperationException($"404 for {url}");
        return new FetchResult(url, 200, url.Length * 100);
    }

    static async Task<(int Ok, int Failed, long Bytes)> CrawlAsync(IEnumerable<(string Url, int Delay)> targets)
    {
        var tasks = targets.Select(async t =>
        {
            try { return (Result: await FetchAsync(t.Url, t.Delay), Error: (string?)null); }
            catch (InvalidOperationException e) { return (Result: (FetchResult?)null, Error: e.Message); }
        }).ToList();
        var results = await Task.WhenAll(tasks);
        foreach (var r in results) Console.WriteLine(r.Result is { } ok ? $"ok   {ok.Url} {ok.Bytes}" : $"fail {r.Error}");
        return (results.Count(r => r.Result != null), results.Count(r => r.Error != null), results.Sum(r => (long)(r.Result?.Bytes ?? 0)));
    }

    public static async Task Main()
    {
        var summary = await CrawlAsync(new[] { ("a.example/x", 300), ("bad.example/y", 100), ("c.example/zz", 200) });
        Console.WriteLine($"ok={summary.Ok} failed={summary.Failed} bytes={summary.Bytes}");

        var first = await Task.WhenAny(FetchAsync("slow", 400), FetchAsync("fast", 100));
        Console.WriteLine("first: " + (await first).Url);

        var all = Task.WhenAll(FetchAsync("one", 100), FetchAsync("bad-two", 150), FetchAsync("bad-three", 50));
        try { await all; }
        catch (InvalidOperationException e) { Console.WriteLine("awaited: " + e.Message); }
        Console.WriteLine($"{all.Status} {all.Exception!.InnerExceptions.Count} [{string.Join("; ", all.Exception.InnerExceptions.Select(x => x.Message))}]");

        int counter = 0;
        async Task Bump(int n) { for (int i = 0; i < n; i++) { await Task.Yield(); counter++; } }
        await Task.WhenAll(Bump(3), Bump(4));
        Console.WriteLine("counter=" + counter);
    }
}
