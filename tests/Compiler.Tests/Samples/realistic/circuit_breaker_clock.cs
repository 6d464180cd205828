using System;
using System.Collections.Generic;
using System.Threading.Tasks;

public enum BreakerState { Closed, Open, HalfOpen }

public sealed class ManualClock { public DateTime Now { get; set; } = new DateTime(2024, 5, 1, 12, 0, 0, DateTimeKind.Utc); }

public sealed class BrokenCircuitException : Exception
{
    public TimeSpan RetryAfter { get; }
    public BrokenCircuitException(TimeSpan retryAfter) : base($"circuit open, retry after {retryAfter.TotalSeconds}s") { RetryAfter = retryAfter; }
}

public sealed class CircuitBreaker
{
    private readonly ManualClock clock;
    private readonly int threshold;
    private readonly TimeSpan openFor;
    private int failures;
    private DateTime openedAt;
    public BreakerState State { get; private set; } = BreakerState.Closed;
    public event Action<BreakerState, BreakerState>? Transition;

    public CircuitBreaker(ManualClock clock, int threshold, TimeSpan openFor) { this.clock = clock; this.threshold = threshold; this.openFor = openFor; }

    void MoveTo(BreakerState s) { var old = State; State = s; Transition?.Invoke(old, s); }

    public async Task<T> Run<T>(Func<Task<T>> action)
    {
        if (State == BreakerState.Open)
        {
            var elapsed = clock.Now - openedAt;
            if (elapsed < openFor) throw new BrokenCircuitException(openFor - elapsed);
            MoveTo(BreakerState.HalfOpen);
        }
        try
        {
            var r = await action();
            failures = 0;
            if (State != BreakerState.Closed) MoveTo(BreakerState.Closed);
            return r;
        }
        catch (Exception) when (State == BreakerState.HalfOpen || ++failures >= threshold)
        {
            openedAt = clock.Now;
            MoveTo(BreakerState.Open);
            throw;
        }
    }
}

public static class Program
{
    public static async Task Main()
    {
        var clock = new ManualClock();
        var cb = new CircuitBreaker(clock, 2, TimeSpan.FromSeconds(30));
        cb.Transition += (a, b) => Console.WriteLine($"  {clock.Now:HH:mm:ss} {a} -> {b}");
        var outcomes = new Queue<bool>(new[] { true, false, false, true, false, true, true });
        async Task<string> Push()
        {
            await Task.Yield();
            if (!outcomes.Dequeue()) throw new InvalidOperationException("503");
            return "202";
        }
        for (int i = 0; i < 8; i++)
        {
            try { Console.WriteLine($"call {i}: {await cb.Run(Push)} ({cb.State})"); }
            catch (BrokenCircuitException e) { Console.WriteLine($"call {i}: rejected, {e.Message}"); }
            catch (InvalidOperationException e) { Console.WriteLine($"call {i}: failed {e.Message} ({cb.State})"); }
            clock.Now = clock.Now.AddSeconds(i == 3 ? 31 : 10);
        }
    }
}
