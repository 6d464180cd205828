using System;
using System.Collections.Generic;
using System.Linq;

public interface IClock { DateTime UtcNow { get; } }

public sealed class FakeClock : IClock
{
    public DateTime UtcNow { get; private set; } = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    public void Advance(TimeSpan by) => UtcNow += by;
}

public sealed class TokenBucket
{
    private readonly IClock _clock;
    private readonly int _capacity;
    private readonly double _refillPerSecond;
    private double _tokens;
    private DateTime _last;

    public TokenBucket(IClock clock, int capacity, double refillPerSecond)
    {
        _clock = clock; _capacity = capacity; _refillPerSecond = refillPerSecond;
        _tokens = capacity; _last = clock.UtcNow;
    }

    public bool TryTake(int cost = 1)
    {
        var now = _clock.UtcNow;
        _tokens = Math.Min(_capacity, _tokens + (now - _last).TotalSeconds * _refillPerSecond);
        _last = now;
        if (_tokens < cost) return false;
        _tokens -= cost;
        return true;
    }

    public double Available => Math.Round(_tokens, 3);
}

public sealed class SlidingWindowLimiter
{
    private readonly IClock _clock;
    private readonly TimeSpan _window;
    private readonly int _limit;
    private readonly Dictionary<string, Queue<DateTime>> _hits = new(StringComparer.OrdinalIgnoreCase);

    public SlidingWindowLimiter(IClock clock, TimeSpan window, int limit) { _clock = clock; _window = window; _limit = limit; }

    public (bool Allowed, TimeSpan RetryAfter) Check(string key)
    {
        var now = _clock.UtcNow;
        if (!_hits.TryGetValue(key, out var q)) _hits[key] = q = new Queue<DateTime>();
        while (q.Count > 0 && now - q.Peek() >= _window) q.Dequeue();
        if (q.Count >= _limit) return (false, q.Peek() + _window - now);
        q.Enqueue(now);
        return (true, TimeSpan.Zero);
    }
}

public static class Program
{
    public static void Main()
    {
        var clock = new FakeClock();
        var bucket = new TokenBucket(clock, capacity: 5, refillPerSecond: 2);
        var results = new List<string>();
        for (int i = 0; i < 8; i++) results.Add(bucket.TryTake() ? "+" : "-");
        Console.WriteLine(string.Concat(results) + " left=" + bucket.Available);
        clock.Advance(TimeSpan.FromMilliseconds(750));
        Console.WriteLine($"{bucket.TryTake()} {bucket.Available}");
        clock.Advance(TimeSpan.FromSeconds(10));
        Console.WriteLine($"{bucket.TryTake(3)} {bucket.Available} {bucket.TryTake(3)}");

        var limiter = new SlidingWindowLimiter(clock, TimeSpan.FromSeconds(60), 3);
        var log = new List<string>();
        foreach (var (key, wait) in new[] { ("alice", 0), ("ALICE", 10), ("bob", 0), ("alice", 10), ("Alice", 5), ("alice", 30), ("bob", 1), ("alice", 20) })
        {
            clock.Advance(TimeSpan.FromSeconds(wait));
            var (ok, retry) = limiter.Check(key);
            log.Add(ok ? $"{key}:ok" : $"{key}:wait {retry.TotalSeconds}s");
        }
        Console.WriteLine(string.Join(", ", log));
        Console.WriteLine(clock.UtcNow.ToString("yyyy-MM-dd HH:mm:ss"));
        Console.WriteLine((clock.UtcNow - new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)).ToString());
    }
}
