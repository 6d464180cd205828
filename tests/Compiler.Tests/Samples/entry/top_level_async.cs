using System;
using System.Threading.Tasks;

Console.WriteLine("starting");
var results = await Task.WhenAll(Square(3), Square(4));
Console.WriteLine(string.Join(",", results));
await Task.Delay(5);
var local = new Counter();
local.Hit(); local.Hit();
Console.WriteLine("hits " + local.Hits);

static async Task<int> Square(int x)
{
    await Task.Delay(x);
    return x * x;
}

class Counter
{
    public int Hits { get; private set; }
    public void Hit() => Hits++;
}
