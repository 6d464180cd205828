using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

class Source
{
    public virtual string Label => "source";
    public virtual IEnumerable<int> Items(int n)
    {
        for (int i = 0; i < n; i++) yield return i;
    }
    public virtual async Task<int> TotalAsync(int n)
    {
        await Task.Delay(10);
        return n * 10;
    }
}

class Doubled : Source
{
    public override string Label => "doubled " + base.Label;
    public override IEnumerable<int> Items(int n)
    {
        IEnumerable<int> Inner()
        {
            foreach (var x in base.Items(n)) yield return x * 2;
        }
        foreach (var x in Inner()) yield return x + 1;
        yield return base.Label.Length;
    }
    public override async Task<int> TotalAsync(int n)
    {
        Func<int, Task<int>> twice = async k => await base.TotalAsync(k) * 2;
        var a = await twice(n);
        var b = await base.TotalAsync(n + 1);
        Func<string> label = () => base.Label;
        Console.WriteLine(label() + ": " + a + " " + b);
        return a + b;
    }
}

public static class Program
{
    public static async Task Main()
    {
        Source s = new Doubled();
        Console.WriteLine(s.Label);
        Console.WriteLine(string.Join(",", s.Items(4)));
        var t = s.TotalAsync(3);
        Console.WriteLine(t.IsCompleted);
        Console.WriteLine(await t);
    }
}
