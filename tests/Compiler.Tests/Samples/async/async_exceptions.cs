using System;
using System.Threading.Tasks;

class RemoteError : Exception
{
    public int Status { get; }
    public RemoteError(int status) : base("remote failed with " + status) { Status = status; }
}

public static class Program
{
    static async Task<int> Call(int status)
    {
        await Task.Delay(20);
        if (status >= 400) throw new RemoteError(status);
        return status;
    }

    static async Task<int> CallSync(bool fail)
    {
        if (fail) throw new ArgumentException("thrown before any await");
        await Task.Yield();
        return 1;
    }

    public static async Task Main()
    {
        Console.WriteLine(await Call(200));
        try { await Call(503); }
        catch (RemoteError e) when (e.Status >= 500) { Console.WriteLine("server error: " + e.Message); }
        var t = CallSync(true);
        Console.WriteLine("task created, faulted=" + t.IsFaulted);
        try { await t; }
        catch (ArgumentException e) { Console.WriteLine("caught " + e.Message); }
        try { await Task.WhenAll(Call(404), Call(200), Call(500)); }
        catch (RemoteError e) { Console.WriteLine("whenall first error: " + e.Status); }
        try { await Task.FromException<int>(new TimeoutException("late")); }
        catch (TimeoutException e) { Console.WriteLine(e.Message); }
    }
}
