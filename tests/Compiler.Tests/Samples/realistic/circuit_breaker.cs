using System;

interface IClock { long NowMs { get; } }
sealed class ManualClock : IClock { public long NowMs { get; set; } }

enum BreakerState { Closed, Open, HalfOpen }

sealed class CircuitBreaker
{
    private readonly IClock clock;
    private readonly int threshold;
    private readonly long coolDownMs;
    private int failures;
    private long openedAt;
    public BreakerState State { get; private set; } = BreakerState.Closed;

    public CircuitBreaker(IClock clock, int threshold, long coolDownMs) { this.clock = clock; this.threshold = threshold; this.coolDownMs = coolDownMs; }

    public bool AllowRequest()
    {
        if (State == BreakerState.Open && clock.NowMs - openedAt >= coolDownMs) State = BreakerState.HalfOpen;
        return State != BreakerState.Open;
    }

    public void Record(bool success)
    {
        if (success) { failures = 0; State = BreakerState.Closed; return; }
        failures++;
        if (State == BreakerState.HalfOpen || failures >= threshold) { State = BreakerState.Open; openedAt = clock.NowMs; }
    }
}

public static class Program
{
    public static void Main()
    {
        var clock = new ManualClock();
        var cb = new CircuitBreaker(clock, 3, 10_000);
        bool[] outcomes = { true, false, false, false, true, false, true, true };
        long[] times = { 0, 1000, 2000, 3000, 5000, 13500, 14000, 25000 };
        for (int i = 0; i < outcomes.Length; i++)
        {
            clock.NowMs = times[i];
            if (!cb.AllowRequest()) { Console.WriteLine($"t={times[i]} rejected ({cb.State})"); continue; }
            cb.Record(outcomes[i]);
            Console.WriteLine($"t={times[i]} {(outcomes[i] ? "ok" : "fail")} -> {cb.State}");
        }
    }
}
