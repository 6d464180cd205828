using System;
using System.Threading.Tasks;

public static class Program
{
    static async Task Step(int i)
    {
        await Task.Delay(10);
        Console.WriteLine("step " + i);
        if (i == 2) throw new InvalidOperationException("step " + i + " exploded");
    }

    public static async Task Main()
    {
        for (int i = 0; i < 5; i++) await Step(i);
        Console.WriteLine("never");
    }
}
