using System;

enum Kind { Audio, Video }
record Stat(string Id, Kind Kind, double Value, bool Active, int? Port, string? Label);
record Empty();
record Wrapper(Stat Inner, int[] Raw);

public static class Program
{
    public static void Main()
    {
        var s = new Stat("o1", Kind.Video, 1.5, true, null, null);
        Console.WriteLine(s);
        Console.WriteLine(s with { Port = 443, Label = "x" });
        Console.WriteLine(new Empty());
        Console.WriteLine(new Empty() == new Empty());
        var w = new Wrapper(s, new[] { 1, 2 });
        Console.WriteLine(w.Inner.Value);
        Console.WriteLine($"{s.Kind} {s.Value:F2}");
        Console.WriteLine(new Stat("a", Kind.Audio, 0.1 + 0.2, false, 0, "") == new Stat("a", Kind.Audio, 0.1 + 0.2, false, 0, ""));
    }
}
