using System;
using System.Collections.Generic;

public enum Phase { Idle, Running, Done }

public sealed class Holder<T>
{
    public T Value { get; private set; } = default!;
    public bool IsDefault => EqualityComparer<T>.Default.Equals(Value, default!);
    public void Set(T v) => Value = v;
    public void Reset() => Value = default!;
}

public static class Program
{
    static T Pick<T>(bool first, T a) => first ? a : default!;
    static T? Maybe<T>(IList<T> xs, int i) where T : struct => i < xs.Count ? xs[i] : default(T?);
    static string Show<T>(T value) => value is null ? "null" : value.ToString()!;

    public static void Main()
    {
        Console.WriteLine(Pick(false, 42) + " " + Pick(false, 2.5) + " " + Show(Pick(false, "s")) + " " + Pick(false, true));
        Console.WriteLine(Pick(false, 'x') == '\0');
        Console.WriteLine(Pick(false, Phase.Done) == Phase.Idle);
        Console.WriteLine(Maybe(new List<int> { 7 }, 0) + " " + (Maybe(new List<int> { 7 }, 3) == null));
        var h = new Holder<int>();
        Console.WriteLine(h.Value + " " + h.IsDefault);
        h.Set(5);
        Console.WriteLine(h.Value + " " + h.IsDefault);
        h.Reset();
        Console.WriteLine(h.Value + " " + h.IsDefault);
        var hs = new Holder<string>();
        Console.WriteLine((hs.Value == null) + " " + hs.IsDefault);
        var hd = new Holder<double>();
        hd.Set(0.0);
        Console.WriteLine(hd.IsDefault);
    }
}
