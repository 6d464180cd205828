using System;
using System.Threading.Tasks;

sealed class ValidationException : Exception
{
    public string Field { get; }
    public ValidationException(string field, string message) : base(message) { Field = field; }
}

public static class Program
{
    static async Task<int> Step(int n)
    {
        Console.WriteLine("step " + n + " start");
        await Task.Delay(100);
        if (n == 2) throw new ValidationException("n", "step 2 rejected");
        Console.WriteLine("step " + n + " end");
        return n;
    }

    static async Task<int> Pipeline()
    {
        int total = 0;
        try
        {
            for (int i = 1; i <= 3; i++) total += await Step(i);
        }
        finally
        {
            Console.WriteLine("pipeline finally, total " + total);
        }
        return total;
    }

    static async Task ThrowsSynchronously()
    {
        throw new InvalidOperationException("before any await");
#pragma warning disable CS0162
        await Task.Delay(1);
#pragma warning restore CS0162
    }

    public static async Task Main()
    {
        var p = Pipeline();
        Console.WriteLine("started, completed=" + p.IsCompleted);
        try { await p; }
        catch (ValidationException e) { Console.WriteLine($"caught {e.Field}: {e.Message}"); }
        Console.WriteLine(p.Status + " " + p.Exception!.InnerException!.Message);

        var s = ThrowsSynchronously();
        Console.WriteLine("returned a task: " + s.IsFaulted);
        try { await s; } catch (InvalidOperationException e) { Console.WriteLine("awaited: " + e.Message); }

        try { await Task.WhenAll(Step(2), ThrowsSynchronously()); }
        catch (Exception e) { Console.WriteLine("WhenAll threw " + e.GetType().Name); }
    }
}
