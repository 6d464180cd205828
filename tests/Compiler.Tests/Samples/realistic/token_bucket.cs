using System;

sealed class TokenBucket
{
    private readonly double capacity;
    private readonly double refillPerMs;
    private double tokens;
    private long lastMs;

    public TokenBucket(double capacity, double perSecond, long nowMs)
    {
        this.capacity = capacity;
        refillPerMs = perSecond / 1000.0;
        tokens = capacity;
        lastMs = nowMs;
    }

    public bool TryTake(long nowMs, double cost = 1)
    {
        tokens = Math.Min(capacity, tokens + (nowMs - lastMs) * refillPerMs);
        lastMs = nowMs;
        if (tokens < cost) return false;
        tokens -= cost;
        return true;
    }

    public double Tokens => tokens;
}

public static class Program
{
    public static void Main()
    {
        var b = new TokenBucket(3, 2, 0);
        long[] times = { 0, 0, 0, 0, 100, 400, 500, 1000, 1000, 1000, 5000 };
        int allowed = 0;
        foreach (var t in times)
        {
            bool ok = b.TryTake(t);
            if (ok) allowed++;
            Console.WriteLine($"t={t,5} {(ok ? "allow" : "deny "),-5} tokens={b.Tokens:F2}");
        }
        Console.WriteLine("allowed " + allowed + "/" + times.Length);
        Console.WriteLine(b.TryTake(6000, 2.5) + " " + b.Tokens.ToString("F3"));
    }
}
