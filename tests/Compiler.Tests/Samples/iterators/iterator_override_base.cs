using System;
using System.Collections.Generic;
using System.Linq;

class Source
{
    public virtual string Label => "source";
    public virtual IEnumerable<int> Items()
    {
        yield return 1;
        yield return 2;
    }
}

sealed class Scaled : Source
{
    public override string Label => "scaled " + base.Label;
    public override IEnumerable<int> Items()
    {
        Console.WriteLine("enumerating " + base.Label);
        foreach (var x in base.Items()) yield return x * 10;
        yield return 99;
    }
}

public static class Program
{
    public static void Main()
    {
        Source s = new Scaled();
        Console.WriteLine(s.Label);
        var items = s.Items();
        Console.WriteLine("not started yet");
        Console.WriteLine(string.Join(",", items));
        Console.WriteLine(items.Sum());
    }
}
