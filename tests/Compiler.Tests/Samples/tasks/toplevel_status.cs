using System;
using System.Threading.Tasks;

var pending = Compute(3);
Console.WriteLine($"pending: {pending.Status}");
Console.WriteLine($"result: {await pending}, now {pending.Status}");
var failed = Task.FromException(new TimeoutException("late"));
Console.WriteLine(failed.IsFaulted + " " + failed.Exception!.InnerException!.GetType().Name);
return await pending > 5 ? 0 : 1;

static async Task<int> Compute(int x)
{
    await Task.Yield();
    return x * x;
}
