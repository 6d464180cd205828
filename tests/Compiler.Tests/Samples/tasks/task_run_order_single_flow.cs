using System;
using System.Collections.Generic;
using System.Threading.Tasks;

sealed class Job
{
    public string Name { get; }
    public int Attempts { get; private set; }
    private readonly int failUntil;
    public Job(string name, int failUntil) { Name = name; this.failUntil = failUntil; }

    public async Task<string> RunAsync()
    {
        Attempts++;
        await Task.Delay(3);
        if (Attempts <= failUntil) throw new InvalidOperationException($"{Name} attempt {Attempts} failed");
        return $"{Name} ok after {Attempts}";
    }
}

public static class Program
{
    static async Task<T> Retry<T>(Func<Task<T>> action, int maxAttempts, List<string> log)
    {
        for (int attempt = 1; ; attempt++)
        {
            try { return await action(); }
            catch (InvalidOperationException e) when (attempt < maxAttempts)
            {
                log.Add("retry: " + e.Message);
                await Task.Delay(attempt * 2);
            }
        }
    }

    public static async Task Main()
    {
        var log = new List<string>();
        Console.WriteLine(await Retry(new Job("sync", 2).RunAsync, 5, log));
        try { await Retry(new Job("upload", 9).RunAsync, 3, log); }
        catch (InvalidOperationException e) { Console.WriteLine("gave up: " + e.Message); }
        foreach (var l in log) Console.WriteLine(l);
        Func<Task<int>> lambda = async () => { await Task.Delay(100); return 42; };
        var t = lambda();
        Console.WriteLine(t.IsCompleted);
        Console.WriteLine(await t + " " + t.IsCompleted);
    }
}
