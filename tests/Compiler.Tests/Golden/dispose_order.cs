using System;

class Res : IDisposable
{
    private readonly string name;
    public Res(string name) { this.name = name; Console.WriteLine("open " + name); }
    public void Use() => Console.WriteLine("use " + name);
    public void Dispose() => Console.WriteLine("dispose " + name);
}

public static class Program
{
    static void Declarations()
    {
        using var a = new Res("a");
        using var b = new Res("b");
        a.Use(); b.Use();
        Console.WriteLine("end of method");
    }

    public static void Main()
    {
        using (var r = new Res("r1"))
        {
            r.Use();
        }
        using (Res x = new Res("x"), y = new Res("y"))
        {
            Console.WriteLine("inside both");
        }
        Declarations();
        try
        {
            using (var t = new Res("thrower")) throw new InvalidOperationException("fail inside");
        }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        Res? nothing = null;
        using (nothing) { Console.WriteLine("null resource ok"); }
    }
}
