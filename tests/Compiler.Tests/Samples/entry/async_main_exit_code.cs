using System;
using System.Threading.Tasks;

public static class Program
{
    static async Task<bool> Check(string name, int ms)
    {
        await Task.Delay(ms);
        Console.WriteLine("checked " + name);
        return name != "db";
    }

    public static async Task<int> Main(string[] args)
    {
        var web = await Check("web", 5);
        var db = await Check("db", 5);
        Console.WriteLine($"web={web} db={db} args={args.Length}");
        return web && db ? 0 : 3;
    }
}
