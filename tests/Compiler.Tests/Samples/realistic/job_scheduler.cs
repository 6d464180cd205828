using System;
using System.Collections.Generic;

public enum JobKind { Push, Sweep, Refresh }

public readonly record struct Job(JobKind Kind, string Target, long DueMs);

public sealed class Scheduler
{
    private readonly PriorityQueue<Job, (long Due, int Seq)> queue = new();
    private int seq;
    public long NowMs { get; private set; }
    public void Schedule(JobKind kind, string target, long delayMs) { var j = new Job(kind, target, NowMs + delayMs); queue.Enqueue(j, (j.DueMs, seq++)); }

    public IEnumerable<Job> RunUntil(long untilMs)
    {
        while (queue.TryPeek(out var job, out var pri) && pri.Due <= untilMs)
        {
            queue.Dequeue();
            NowMs = job.DueMs;
            yield return job;
            if (job.Kind == JobKind.Push) Schedule(JobKind.Push, job.Target, 15_000);
        }
        NowMs = untilMs;
    }
}

public static class Program
{
    public static void Main()
    {
        var s = new Scheduler();
        s.Schedule(JobKind.Push, "tab-1", 15_000);
        s.Schedule(JobKind.Push, "tab-2", 15_000);
        s.Schedule(JobKind.Sweep, "all", 60_000);
        s.Schedule(JobKind.Refresh, "settings", 5_000);
        foreach (var j in s.RunUntil(62_000)) Console.WriteLine($"{j.DueMs / 1000,3}s {j.Kind,-7} {j.Target}");
        Console.WriteLine("now " + s.NowMs);
    }
}
