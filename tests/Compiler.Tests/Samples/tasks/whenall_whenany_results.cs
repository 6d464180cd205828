using System;
using System.Linq;
using System.Threading.Tasks;

public static class Program
{
    static async Task<string> Probe(string host, int ms, bool fail = false)
    {
        await Task.Delay(ms);
        if (fail) throw new TimeoutException(host + " timed out");
        return host + ":" + ms;
    }

    public static async Task Main()
    {
        var all = await Task.WhenAll(Probe("a", 60), Probe("b", 10), Probe("c", 30));
        Console.WriteLine(string.Join(",", all));

        var first = await Task.WhenAny(Probe("slow", 200), Probe("quick", 20));
        Console.WriteLine("winner " + await first + " " + first.Status);

        var failing = Task.WhenAll(Probe("x", 10, fail: true), Probe("y", 20), Probe("z", 30, fail: true));
        try { await failing; }
        catch (TimeoutException e) { Console.WriteLine("first error: " + e.Message); }
        Console.WriteLine(failing.Exception!.InnerExceptions.Count + " " + string.Join(" | ", failing.Exception.InnerExceptions.Select(e => e.Message)));

        var tasks = Enumerable.Range(1, 4).Select(i => Probe("h" + i, i * 15)).ToList();
        var order = "";
        while (tasks.Count > 0)
        {
            var done = await Task.WhenAny(tasks);
            tasks.Remove(done);
            order += (await done).Split(':')[0] + " ";
        }
        Console.WriteLine(order.Trim());
        var empty = await Task.WhenAll(new Task<int>[0]);
        Console.WriteLine(empty.Length);
        await Task.WhenAll(Task.Delay(5), Task.CompletedTask);
        Console.WriteLine("void WhenAll done");
    }
}
