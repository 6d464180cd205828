using System;
using System.Collections.Generic;

public interface IClock { long NowMs { get; } }

public sealed class FakeClock : IClock
{
    public long NowMs { get; private set; } = 1_700_000_000_000;
    public void Advance(long ms) => NowMs += ms;
}

public sealed class SlidingWindowLimiter
{
    private readonly IClock clock;
    private readonly int limit;
    private readonly long windowMs;
    private readonly Dictionary<(string Tenant, string Route), Queue<long>> hits = new();

    public SlidingWindowLimiter(IClock clock, int limit, TimeSpan window)
    {
        this.clock = clock;
        this.limit = limit;
        windowMs = (long)window.TotalMilliseconds;
    }

    public bool TryAcquire(string tenant, string route, out TimeSpan retryAfter)
    {
        var key = (tenant, route);
        if (!hits.TryGetValue(key, out var q)) hits[key] = q = new Queue<long>();
        var now = clock.NowMs;
        while (q.Count > 0 && now - q.Peek() >= windowMs) q.Dequeue();
        if (q.Count < limit)
        {
            q.Enqueue(now);
            retryAfter = TimeSpan.Zero;
            return true;
        }
        retryAfter = TimeSpan.FromMilliseconds(q.Peek() + windowMs - now);
        return false;
    }
}

public static class Program
{
    public static void Main()
    {
        var clock = new FakeClock();
        var limiter = new SlidingWindowLimiter(clock, 3, TimeSpan.FromSeconds(10));
        var script = new (long advance, string tenant, string route)[]
        {
            (0, "acme", "/push"), (1000, "acme", "/push"), (1000, "acme", "/push"), (1000, "acme", "/push"),
            (0, "acme", "/query"), (0, "globex", "/push"), (6500, "acme", "/push"), (1, "acme", "/push"), (2000, "acme", "/push"),
        };
        foreach (var (advance, tenant, route) in script)
        {
            clock.Advance(advance);
            var ok = limiter.TryAcquire(tenant, route, out var retry);
            Console.WriteLine($"t+{clock.NowMs - 1_700_000_000_000,6} {tenant,-6} {route,-7} {(ok ? "allowed" : "limited, retry in " + retry.TotalSeconds + "s")}");
        }
    }
}
