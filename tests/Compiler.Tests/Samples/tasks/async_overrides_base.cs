using System;
using System.Collections.Generic;
using System.Threading.Tasks;

abstract class Step
{
    public string Name { get; }
    protected Step(string name) { Name = name; }
    public virtual async Task<string> RunAsync(int input)
    {
        await Task.Delay(100 * input);
        return Name + "(" + input + ")";
    }
}

sealed class Logged : Step
{
    public Logged(string name) : base(name) { }
    public override async Task<string> RunAsync(int input)
    {
        Console.WriteLine("before " + Name);
        var inner = await base.RunAsync(input * 2);
        Console.WriteLine("after " + Name);
        return "[" + inner + "]";
    }
}

sealed class Failing : Step
{
    public Failing() : base("failing") { }
    public override async Task<string> RunAsync(int input)
    {
        try
        {
            await Task.Delay(50);
            throw new InvalidOperationException("step failed on " + input);
        }
        catch (InvalidOperationException e) when (input > 1)
        {
            await Task.Delay(50);
            return "recovered: " + e.Message;
        }
        finally
        {
            await Task.Delay(50);
            Console.WriteLine("failing cleanup " + input);
        }
    }
}

public static class Program
{
    public static async Task Main()
    {
        var steps = new List<Step> { new Logged("a"), new Failing(), new Logged("b") };
        var running = new List<Task<string>>();
        foreach (var s in steps) running.Add(s.RunAsync(running.Count + 1));
        Console.WriteLine("started " + running.Count + ", done " + running.FindAll(t => t.IsCompleted).Count);
        foreach (var t in running)
        {
            var text = t.IsFaulted ? "faulted" : await t;
            Console.WriteLine(text.Length > 5 ? text : "short " + text);
        }
        var first = new Failing().RunAsync(1);
        try { await first; }
        catch (InvalidOperationException e) { Console.WriteLine((first.IsFaulted ? "faulted: " : "?: ") + e.Message); }
        Console.WriteLine(await (first.IsFaulted ? Task.FromResult("fallback") : first));
    }
}
