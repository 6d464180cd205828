using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

public static class Program
{
    static async Task<int> Square(int x)
    {
        await Task.Delay((5 - x) * 60);
        return x * x;
    }

    public static async Task Main()
    {
        var tasks = Enumerable.Range(1, 4).Select(Square).ToList();
        int[] squares = await Task.WhenAll(tasks);
        Console.WriteLine(string.Join(",", squares));
        Console.WriteLine(tasks[2].IsCompleted ? "completed" : "?");
        await Task.WhenAll(Task.Delay(20), Task.Delay(40));
        Console.WriteLine("void whenall done");
        var empty = await Task.WhenAll(new List<Task<int>>());
        Console.WriteLine("empty " + empty.Length);
        int total = 0;
        foreach (var t in tasks) total += await t;
        Console.WriteLine(total);
    }
}
