using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

public sealed class TransientException : Exception
{
    public int Attempt { get; }
    public TransientException(int attempt) : base($"transient failure #{attempt}") => Attempt = attempt;
}

public sealed class RetryPolicy
{
    private readonly int _maxAttempts;
    private readonly TimeSpan _baseDelay;
    public List<string> Journal { get; } = new();

    public RetryPolicy(int maxAttempts, TimeSpan baseDelay) { _maxAttempts = maxAttempts; _baseDelay = baseDelay; }

    public async Task<T> ExecuteAsync<T>(Func<int, Task<T>> action, CancellationToken ct = default)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                var result = await action(attempt);
                Journal.Add($"ok@{attempt}");
                return result;
            }
            catch (TransientException ex) when (attempt < _maxAttempts)
            {
                var delay = TimeSpan.FromMilliseconds(_baseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1));
                Journal.Add($"retry {ex.Attempt} after {delay.TotalMilliseconds}ms");
                await Task.Delay(delay, ct);
            }
        }
    }
}

public static class Program
{
    static async Task<string> Flaky(int attempt, int failures)
    {
        await Task.Yield();
        if (attempt <= failures) throw new TransientException(attempt);
        return $"payload after {attempt}";
    }

    public static async Task Main()
    {
        var policy = new RetryPolicy(4, TimeSpan.FromMilliseconds(10));
        Console.WriteLine(await policy.ExecuteAsync(a => Flaky(a, 2)));
        Console.WriteLine(string.Join("; ", policy.Journal));

        var failing = policy.ExecuteAsync(a => Flaky(a, 10));
        Console.WriteLine($"before await: completed={failing.IsCompleted}");
        try { await failing; }
        catch (TransientException ex) { Console.WriteLine($"gave up: {ex.Message}"); }
        Console.WriteLine($"status={failing.Status} faulted={failing.IsFaulted} inner={failing.Exception?.InnerException?.GetType().Name}");

        var cts = new CancellationTokenSource();
        var cancelled = new RetryPolicy(5, TimeSpan.FromMilliseconds(200)).ExecuteAsync(a => Flaky(a, 10), cts.Token);
        cts.CancelAfter(50);
        try { await cancelled; }
        catch (OperationCanceledException) { Console.WriteLine("cancelled while waiting to retry"); }
        Console.WriteLine($"status={cancelled.Status} canceled={cancelled.IsCanceled}");

        var quick = policy.ExecuteAsync(a => Task.FromResult(a * 21));
        Console.WriteLine($"sync path: {quick.IsCompletedSuccessfully} {await quick}");
        Console.WriteLine(policy.Journal.Count);
    }
}
