using System;
using System.Collections.Generic;

public enum BreakerState { Closed, Open, HalfOpen }

public sealed class BrokenCircuitException : Exception
{
    public TimeSpan RetryAfter { get; }
    public BrokenCircuitException(TimeSpan retryAfter) : base($"circuit open, retry after {retryAfter.TotalSeconds:0.#}s") => RetryAfter = retryAfter;
}

public sealed class CircuitBreaker
{
    private readonly int _threshold;
    private readonly TimeSpan _openFor;
    private readonly Func<DateTime> _now;
    private int _failures;
    private DateTime _openedAt;
    public BreakerState State { get; private set; } = BreakerState.Closed;
    public List<(BreakerState From, BreakerState To)> Transitions { get; } = new();

    public CircuitBreaker(int threshold, TimeSpan openFor, Func<DateTime> now) { _threshold = threshold; _openFor = openFor; _now = now; }

    private void MoveTo(BreakerState s)
    {
        if (s == State) return;
        Transitions.Add((State, s));
        State = s;
    }

    public T Execute<T>(Func<T> action)
    {
        if (State == BreakerState.Open)
        {
            var elapsed = _now() - _openedAt;
            if (elapsed < _openFor) throw new BrokenCircuitException(_openFor - elapsed);
            MoveTo(BreakerState.HalfOpen);
        }
        try
        {
            var result = action();
            _failures = 0;
            MoveTo(BreakerState.Closed);
            return result;
        }
        catch (Exception ex) when (ex is not BrokenCircuitException)
        {
            _failures++;
            if (State == BreakerState.HalfOpen || _failures >= _threshold)
            {
                _openedAt = _now();
                MoveTo(BreakerState.Open);
            }
            throw;
        }
    }
}

public static class Program
{
    public static void Main()
    {
        var now = new DateTime(2024, 5, 1, 12, 0, 0);
        var breaker = new CircuitBreaker(3, TimeSpan.FromSeconds(30), () => now);
        var outcomes = new Queue<bool>(new[] { true, false, false, false, false, true, false, true, true });
        var log = new List<string>();
        for (int i = 0; i < 12; i++)
        {
            try
            {
                var r = breaker.Execute(() =>
                {
                    if (outcomes.Count == 0) return "idle";
                    return outcomes.Dequeue() ? "ok" : throw new TimeoutException("upstream timeout");
                });
                log.Add($"{i}:{r}");
            }
            catch (BrokenCircuitException b) { log.Add($"{i}:open({b.RetryAfter.TotalSeconds})"); }
            catch (TimeoutException) { log.Add($"{i}:timeout/{breaker.State}"); }
            now = now.AddSeconds(i % 3 == 2 ? 20 : 5);
        }
        Console.WriteLine(string.Join(" ", log));
        foreach (var (from, to) in breaker.Transitions) Console.WriteLine($"{from} -> {to}");
        Console.WriteLine($"{breaker.State} at {now:HH:mm:ss}");
        var byState = new Dictionary<BreakerState, int>();
        foreach (var t in breaker.Transitions) byState[t.To] = byState.TryGetValue(t.To, out var c) ? c + 1 : 1;
        foreach (var kv in byState) Console.WriteLine(kv);
        object st = breaker.State;
        Console.WriteLine(st is BreakerState.Closed ? "closed (boxed)" : $"{st} (boxed)");
    }
}
