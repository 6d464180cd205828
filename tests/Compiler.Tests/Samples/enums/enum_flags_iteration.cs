using System;
using System.Collections.Generic;
using System.Linq;

[Flags]
enum Caps { None = 0, Audio = 1, Video = 2, Data = 4, Screen = 8 }

public static class Program
{
    static IEnumerable<Caps> Split(Caps c) => Enum.GetValues<Caps>().Where(f => f != Caps.None && (c & f) == f);

    public static void Main()
    {
        var c = Caps.Audio | Caps.Screen;
        Console.WriteLine(string.Join("+", Split(c)));
        Console.WriteLine(Split(Caps.None).Count());
        var all = Enum.GetValues<Caps>().Aggregate(Caps.None, (a, b) => a | b);
        Console.WriteLine(all + " = " + (int)all);
        c |= Caps.Video;
        c ^= Caps.Audio;
        Console.WriteLine(c);
        Console.WriteLine((c & Caps.Data) == Caps.None);
        var parsed = Enum.TryParse<Caps>("Video, Data", out var p) ? p : Caps.None;
        Console.WriteLine(parsed + " " + (int)parsed);
        Console.WriteLine(((Caps)16).ToString() + " " + ((Caps)17));
    }
}
