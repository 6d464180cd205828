using System;
using System.Collections.Generic;
using System.Threading.Tasks;

sealed class Door
{
    private TaskCompletionSource<bool> opened = new TaskCompletionSource<bool>();
    public event Func<string, Task>? Knock;
    public Task WhenOpen => opened.Task;

    public async Task Visit(string who)
    {
        if (Knock != null) await Knock(who);
        Console.WriteLine(who + " waits at the door");
        await opened.Task;
        Console.WriteLine(who + " walks in");
    }

    public void Open() { Console.WriteLine("door opens"); opened.TrySetResult(true); Console.WriteLine("door is open"); }
    public void Reset() => opened = new TaskCompletionSource<bool>();
}

public static class Program
{
    public static async Task Main()
    {
        var door = new Door();
        var log = new List<string>();
        door.Knock += async who => { log.Add("knock " + who); await Task.Delay(1); log.Add("answered " + who); };
        var v1 = door.Visit("ana");
        await Task.Delay(100);
        var v2 = door.Visit("bo");
        await Task.Delay(100);
        Console.WriteLine(string.Join(", ", log));
        door.Open();
        await Task.WhenAll(v1, v2);
        Console.WriteLine("both in: " + (v1.IsCompletedSuccessfully && v2.IsCompletedSuccessfully));
        door.Reset();
        var v3 = door.Visit("cy");
        await Task.Delay(100);
        Console.WriteLine("cy done? " + v3.IsCompleted);
        door.Open();
        await v3;
    }
}
