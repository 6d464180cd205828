using System;
using System.Threading.Tasks;

sealed class QuotaException : Exception
{
    public int Used { get; }
    public QuotaException(int used) : base($"quota exceeded at {used}") { Used = used; }
}

public static class Program
{
    static int used;

    static async Task Consume(int n)
    {
        await Task.Delay(50);
        used += n;
        if (used > 10) throw new QuotaException(used);
    }

    static async Task<int> Batch(params int[] sizes)
    {
        try
        {
            foreach (var s in sizes) await Consume(s);
            return used;
        }
        catch (QuotaException)
        {
            Console.WriteLine("batch rolls back " + used);
            used = 0;
            throw;
        }
        finally
        {
            Console.WriteLine("batch finally");
        }
    }

    public static async Task Main()
    {
        Console.WriteLine(await Batch(2, 3));
        var t = Batch(4, 5, 6);
        Console.WriteLine("pending: " + t.Status);
        try { await t; }
        catch (QuotaException e) { Console.WriteLine($"caught {e.Message}, used {e.Used}"); }

        // Awaiting again rethrows the same exception object; Exception wraps it.
        QuotaException? again = null;
        try { await t; }
        catch (QuotaException e) { again = e; }
        Console.WriteLine(ReferenceEquals(again, t.Exception!.InnerException));
        Console.WriteLine(t.Exception!.InnerExceptions.Count + " " + t.IsFaulted + " " + t.Status);

        // A faulted task nobody awaits does not stop the program. WhenAny waits for it without
        // observing its exception (a fixed delay here raced the batch's own delay on a loaded machine).
        var orphan = Batch(20);
        await Task.WhenAny(orphan);
        Console.WriteLine("still running, used=" + used + ", orphan " + orphan.Status);

        // The lambda waits on a gate the test opens, so IsCompleted is read before it can finish
        // (Task.Yield let a thread-pool thread finish it first under load).
        var gate = new TaskCompletionSource();
        Func<Task> lambda = async () =>
        {
            await gate.Task;
            throw new NotSupportedException("lambda gave up");
        };
        var lt = lambda();
        Console.WriteLine(lt.IsCompleted);
        gate.SetResult();
        try { await lt; }
        catch (NotSupportedException e) { Console.WriteLine(e.Message + " " + lt.Status); }
    }
}
