using System;
using System.Collections.Generic;
using System.Linq;

public enum Direction { Inbound, Outbound }
[Flags] public enum Media { None = 0, Audio = 1, Video = 2, Screen = 4 }

public static class Fmt
{
    public static string Show<T>(T value) => $"{typeof(T).Name}={value}";
    public static string List<T>(IEnumerable<T> items) => "[" + string.Join("; ", items) + "]";
    public static string Describe<T>(T value) where T : struct => value.ToString() + (value.Equals(default(T)) ? " (default)" : "");
    public static string Line<T>(string label, T value) => label + ": " + value;
    public static T Pick<T>(bool first, T a, T b) => first ? a : b;
}

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(Fmt.Show(Direction.Outbound));
        Console.WriteLine(Fmt.Show(Media.Audio | Media.Video));
        Console.WriteLine(Fmt.Show('z'));
        Console.WriteLine(Fmt.Show(0.1f));
        Console.WriteLine(Fmt.Show(true));
        Console.WriteLine(Fmt.Show(12));
        Console.WriteLine(Fmt.Show("text"));
        Console.WriteLine(Fmt.List(new[] { Direction.Inbound, Direction.Outbound }));
        Console.WriteLine(Fmt.List(new List<Media> { Media.None, Media.Screen, Media.Audio | Media.Screen }));
        Console.WriteLine(Fmt.List("abc"));
        Console.WriteLine(Fmt.List(new[] { 1.5f, 2f }));
        Console.WriteLine(Fmt.Describe(Direction.Inbound) + " / " + Fmt.Describe(Media.Video) + " / " + Fmt.Describe(0) + " / " + Fmt.Describe('a'));
        Console.WriteLine(Fmt.Line("dir", Fmt.Pick(false, Direction.Inbound, Direction.Outbound)));
        Console.WriteLine(Fmt.Line("first", Fmt.Pick(true, 'x', 'y')));
        var byDir = new Dictionary<Direction, int> { [Direction.Inbound] = 3, [Direction.Outbound] = 5 };
        foreach (var kv in byDir) Console.WriteLine(kv);
        Console.WriteLine(Fmt.List(byDir));
        Console.WriteLine(Fmt.List(byDir.Keys));
    }
}
