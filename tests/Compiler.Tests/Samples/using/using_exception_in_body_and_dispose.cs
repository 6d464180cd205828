using System;

class Tracker : IDisposable
{
    private readonly string name;
    private readonly bool throwOnDispose;
    public Tracker(string name, bool throwOnDispose = false) { this.name = name; this.throwOnDispose = throwOnDispose; }
    public void Dispose()
    {
        Console.WriteLine("dispose " + name);
        if (throwOnDispose) throw new InvalidOperationException("dispose of " + name + " failed");
    }
}

public static class Program
{
    static int Early()
    {
        using var t = new Tracker("early");
        for (int i = 0; i < 10; i++) if (i == 2) return i;
        return -1;
    }

    public static void Main()
    {
        Console.WriteLine(Early());
        try
        {
            using (new Tracker("outer"))
            using (new Tracker("inner", throwOnDispose: true))
            {
                Console.WriteLine("body");
            }
        }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        try
        {
            using (new Tracker("both", throwOnDispose: true)) throw new FormatException("body failed");
        }
        catch (Exception e) { Console.WriteLine("winner: " + e.GetType().Name + " " + e.Message); }
    }
}
