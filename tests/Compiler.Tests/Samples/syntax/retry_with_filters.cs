using System;
using System.Collections.Generic;

// A retry helper in the style of Polly-lite: exception filters decide what is transient, log as they
// look (filters run before the inner cleanup, .NET's first pass), and a budget stops the loop.
sealed class TransientException : Exception
{
    public int Status { get; }
    public TransientException(int status) : base($"HTTP {status}") { Status = status; }
}

sealed class FakeEndpoint
{
    private readonly Queue<int> script;
    public FakeEndpoint(params int[] statuses) { script = new Queue<int>(statuses); }
    public string Push(string body)
    {
        var status = script.Count > 0 ? script.Dequeue() : 200;
        try
        {
            Console.WriteLine($"  push {body} -> {status}");
            if (status >= 500 || status == 429) throw new TransientException(status);
            if (status >= 400) throw new InvalidOperationException($"rejected {status}");
            return "ok";
        }
        finally { Console.WriteLine("  connection released"); }
    }
}

public static class Program
{
    static bool Note(string what) { Console.WriteLine("  filter: " + what); return true; }

    static string WithRetry(Func<string> op, int budget)
    {
        for (int attempt = 1; ; attempt++)
        {
            try { return op(); }
            catch (TransientException e) when (attempt < budget && Note($"retry {e.Status} (attempt {attempt})")) { }
            catch (TransientException e) when (e.Status == 429 && Note("rate limited, giving up")) { return "throttled"; }
        }
    }

    public static void Main()
    {
        var e1 = new FakeEndpoint(503, 502);
        Console.WriteLine(WithRetry(() => e1.Push("a"), 3));
        var e2 = new FakeEndpoint(503, 503, 503, 503);
        try { Console.WriteLine(WithRetry(() => e2.Push("b"), 3)); }
        catch (TransientException e) when (Note("outer sees " + e.Message)) { Console.WriteLine("gave up: " + e.Message); }
        var e3 = new FakeEndpoint(429, 429);
        Console.WriteLine(WithRetry(() => e3.Push("c"), 2));
        try { WithRetry(() => new FakeEndpoint(404).Push("d"), 3); }
        catch (InvalidOperationException e) when (e.Message.Contains("404")) { Console.WriteLine("not retried: " + e.Message); }
        int filterCalls = 0;
        try
        {
            try { throw new ArgumentException("bad", "name"); }
            catch (ArgumentException) when (++filterCalls > 1) { Console.WriteLine("never"); }
            finally { Console.WriteLine($"finally after {filterCalls} filter call(s)"); }
        }
        catch (ArgumentException e) when (++filterCalls == 2) { Console.WriteLine($"outer caught {e.ParamName}, filters {filterCalls}"); }
        try
        {
            try { throw new FormatException("x"); }
            catch (FormatException) when (Throws()) { Console.WriteLine("never"); }
        }
        catch (FormatException) { Console.WriteLine("a throwing filter counts as false"); }
    }

    static bool Throws() { Console.WriteLine("  filter throws"); throw new InvalidOperationException(); }
}
