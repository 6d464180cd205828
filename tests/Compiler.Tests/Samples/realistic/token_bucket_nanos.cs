using System;
using System.Collections.Generic;

sealed class TokenBucket
{
    private readonly long capacity, refillPerSecond;
    private long tokensScaled;
    private long lastNanos;
    private const long Scale = 1_000_000_000;

    public TokenBucket(long capacity, long refillPerSecond, long nowNanos)
    {
        this.capacity = capacity; this.refillPerSecond = refillPerSecond;
        tokensScaled = capacity * Scale; lastNanos = nowNanos;
    }

    public bool TryTake(long nowNanos, int n = 1)
    {
        long elapsed = nowNanos - lastNanos;
        lastNanos = nowNanos;
        tokensScaled = Math.Min(capacity * Scale, tokensScaled + elapsed * refillPerSecond);
        long need = n * Scale;
        if (tokensScaled < need) return false;
        tokensScaled -= need;
        return true;
    }

    public double Tokens => (double)tokensScaled / Scale;
}

public static class Program
{
    public static void Main()
    {
        long now = 1_717_000_000_000_000_000;
        var bucket = new TokenBucket(5, 2, now);
        var results = new List<string>();
        for (int i = 0; i < 8; i++) results.Add(bucket.TryTake(now) ? "+" : "-");
        Console.WriteLine(string.Join("", results) + " tokens " + bucket.Tokens);
        now += 1_250_000_000;
        Console.WriteLine(bucket.TryTake(now) + " " + bucket.TryTake(now) + " " + bucket.TryTake(now) + " tokens " + bucket.Tokens);
        now += 10_000_000_000;
        Console.WriteLine(bucket.TryTake(now, 5) + " tokens " + bucket.Tokens);
        Console.WriteLine(now);
    }
}
