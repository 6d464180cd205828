using System;
using System.Collections.Generic;
using System.Threading.Tasks;

interface IExporter { string Name { get; } Task<bool> ExportAsync(IReadOnlyList<string> lines); }

class ConsoleExporter : IExporter
{
    public string Name => "console";
    public async Task<bool> ExportAsync(IReadOnlyList<string> lines)
    {
        await Task.Delay(10);
        foreach (var l in lines) Console.WriteLine("  " + l);
        return true;
    }
}

class FailingExporter : IExporter
{
    public string Name => "failing";
    public async Task<bool> ExportAsync(IReadOnlyList<string> lines)
    {
        await Task.Delay(5);
        throw new InvalidOperationException("push gateway unavailable");
    }
}

abstract class BaseJob
{
    public async Task RunAsync() { Console.WriteLine("before " + GetType().Name); await ExecuteAsync(); Console.WriteLine("after " + GetType().Name); }
    protected abstract Task ExecuteAsync();
}

class NoopJob : BaseJob { protected override Task ExecuteAsync() => Task.CompletedTask; }

public static class Program
{
    public static async Task Main()
    {
        var exporters = new List<IExporter> { new ConsoleExporter(), new FailingExporter() };
        foreach (var e in exporters)
        {
            try { Console.WriteLine(e.Name + ": " + await e.ExportAsync(new[] { "a 1", "b 2" })); }
            catch (InvalidOperationException ex) { Console.WriteLine(e.Name + " failed: " + ex.Message); }
        }
        await new NoopJob().RunAsync();
    }
}
