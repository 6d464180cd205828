using System;
using System.Collections.Generic;
using System.Threading.Tasks;

// Coalesces bursts of writes: only the last value of a burst is flushed, 200 ms after the burst ends.
// Writes and flush checks are at least 100 ms apart, so a late timer on a busy machine cannot reorder them.
sealed class DebouncedWriter
{
    private readonly int delayMs;
    private int version;
    private string? pending;
    public List<string> Flushed { get; } = new List<string>();
    public DebouncedWriter(int delayMs) { this.delayMs = delayMs; }

    public async Task WriteAsync(string value)
    {
        pending = value;
        int mine = ++version;
        await Task.Delay(delayMs);
        if (mine != version) return;
        Flushed.Add(pending!);
        Console.WriteLine("flush " + pending);
    }
}

public static class Program
{
    public static async Task Main()
    {
        var w = new DebouncedWriter(200);
        var tasks = new List<Task>();
        foreach (var (value, gapMs) in new[] { ("a", 0), ("b", 20), ("c", 20), ("d", 400), ("e", 10), ("f", 400) })
        {
            await Task.Delay(gapMs);
            tasks.Add(w.WriteAsync(value));
        }
        await Task.WhenAll(tasks);
        Console.WriteLine(string.Join(",", w.Flushed));
    }
}
