using System;
using System.Collections.Generic;
using System.Threading.Tasks;

public static class Program
{
    static readonly Dictionary<string, string> cache = new Dictionary<string, string> { ["a"] = "cached-a" };

    static async Task<string> Load(string key)
    {
        if (cache.TryGetValue(key, out var hit)) return hit;
        await Task.Delay(100);
        return cache[key] = "loaded-" + key;
    }

    static async Task Run(string name, string key)
    {
        Console.WriteLine(name + " 1");
        var v = await Load(key);
        Console.WriteLine(name + " 2 " + v);
    }

    public static async Task Main()
    {
        var x = Run("x", "a");
        var y = Run("y", "a");
        Console.WriteLine("main after x,y: " + x.IsCompleted + " " + y.IsCompleted);
        var z = Run("z", "b");
        Console.WriteLine("main after z: " + z.IsCompleted);
        await z;
        Console.WriteLine("z done");
        await Run("w", "b");
        Console.WriteLine("end");
    }
}
