using System;

[Flags]
enum Perm { None = 0, Read = 1, Write = 2, Execute = 4, ReadWrite = Read | Write, All = Read | Write | Execute }

[Flags]
enum Opt { A = 1, B = 2, C = 8 }

public static class Program
{
    public static void Main()
    {
        var p = Perm.Read | Perm.Execute;
        Console.WriteLine(p);
        Console.WriteLine(Perm.Read | Perm.Write);
        Console.WriteLine(Perm.All);
        Console.WriteLine(Perm.None);
        Console.WriteLine((Perm)8);
        Console.WriteLine((Perm)12);
        Console.WriteLine(p.HasFlag(Perm.Read) + " " + p.HasFlag(Perm.Write));
        Console.WriteLine((p & Perm.Execute) != 0);
        p &= ~Perm.Read;
        Console.WriteLine(p + " " + (int)p);
        Console.WriteLine(Opt.A | Opt.C);
        Console.WriteLine((Opt)0);
        Console.WriteLine((Opt)3 + " / " + (Opt)4);
        Console.WriteLine(Enum.Parse<Perm>("Read, Write"));
    }
}
