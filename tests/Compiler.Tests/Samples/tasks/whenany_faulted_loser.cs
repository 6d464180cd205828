using System;
using System.Threading.Tasks;

public static class Program
{
    static async Task<string> Call(string name, int ms, bool fail)
    {
        await Task.Delay(ms);
        if (fail) throw new InvalidOperationException(name + " failed");
        return name;
    }

    public static async Task Main()
    {
        var fast = Call("fast", 10, false);
        var broken = Call("broken", 200, true);
        var winner = await Task.WhenAny(fast, broken);
        Console.WriteLine("winner " + await winner + " " + (winner == fast));
        Console.WriteLine("loser still running: " + !broken.IsCompleted);
        await Task.Delay(400);
        Console.WriteLine("loser " + broken.Status + ": " + broken.Exception!.InnerException!.Message);

        // The first to finish is the faulted one: WhenAny itself still succeeds.
        var quickFail = Call("quick", 10, true);
        var slowOk = Call("slow", 200, false);
        var any = Task.WhenAny(quickFail, slowOk);
        var first = await any;
        Console.WriteLine("WhenAny " + any.Status + ", first " + first.Status + " " + (first == quickFail));
        try { await first; }
        catch (InvalidOperationException e) { Console.WriteLine("awaiting it throws: " + e.Message); }
        Console.WriteLine(await slowOk);

        // Already completed tasks: the first in argument order wins.
        var one = Task.FromResult("one");
        var two = Task.FromResult("two");
        Console.WriteLine(await await Task.WhenAny(two, one));
    }
}
